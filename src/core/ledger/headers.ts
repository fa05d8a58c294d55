// Ledger columns: the roster fields a ledger shares (matched by the roster header table) plus the
// ledger's own (拨付日期, 培训机构, 来源花名册 …), matched here by their real spellings.
import { text } from '../i18n';
import { matchHeader, normalizeHeader } from '../layout/headers';
import type { CellValue, Field, Locale } from '../types';
import type { LedgerOnlyField } from './types';

export type LedgerField =
  | Extract<Field, 'id' | 'name' | 'occupation' | 'certType' | 'level' | 'start' | 'end' | 'period' | 'amount'>
  | LedgerOnlyField;

const ROSTER_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'id',
  'name',
  'occupation',
  'certType',
  'level',
  'start',
  'end',
  'period',
  'amount',
]);

interface LedgerHeaderRule {
  field: LedgerOnlyField;
  keys: string[];
  exact?: string[];
}

/** Checked in order, before the roster table: 花名册指纹 and 花名册行号 before 花名册. */
const LEDGER_RULES: LedgerHeaderRule[] = [
  { field: 'fingerprint', keys: ['花名册指纹', '指纹', 'FINGERPRINT', 'SHA256', 'SHA-256'] },
  { field: 'sourceRow', keys: ['花名册行号', '来源行号', '原行号', '原表行号'] },
  {
    field: 'paidOn',
    keys: [
      '拨付日期',
      '拨付时间',
      '拨款日期',
      '发放日期',
      '发放时间',
      '支付日期',
      '支付时间',
      '付款日期',
      '兑付日期',
      '到账日期',
    ],
  },
  { field: 'recordedOn', keys: ['登记日期', '登记时间', '入账日期', '入账时间'] },
  { field: 'institution', keys: ['培训机构', '机构名称', '培训单位', '承训机构', '承训单位', '申报单位', '定点机构'] },
  {
    field: 'source',
    keys: ['来源花名册', '来源文件', '花名册名称', '花名册文件', '花名册', '申报批次', '批次', '文件名'],
    exact: ['来源', 'SOURCE'],
  },
];

export interface LedgerHeaderMatch {
  field: LedgerField;
  /** lower is a better match */
  rank: number;
  /** a combined column (证书名称及等级): the level is the other half of its cells (layout/combined.ts) */
  also?: 'level';
}

/** The ledger field a header cell names, or null. */
export function matchLedgerHeader(value: CellValue | undefined): LedgerHeaderMatch | null {
  if (typeof value !== 'string') return null;
  const key = normalizeHeader(value);
  if (key === '' || key.length > 16 || key.includes(':')) return null;
  for (const rule of LEDGER_RULES) {
    if (rule.exact && rule.exact.includes(key)) return { field: rule.field, rank: 0 };
    for (let i = 0; i < rule.keys.length; i++) {
      if (key.includes(rule.keys[i])) return { field: rule.field, rank: (key === rule.keys[i] ? 0 : 100) + i };
    }
  }
  const m = matchHeader(value);
  if (!m || !ROSTER_FIELDS.has(m.field)) return null;
  return m.also === 'level'
    ? { field: m.field as LedgerField, rank: m.rank, also: 'level' }
    : { field: m.field as LedgerField, rank: m.rank };
}

/** The columns of a ledger sheet written by this tool, in order, with their headers. */
export const LEDGER_COLUMNS: ReadonlyArray<{ field: LedgerField; header: string; en: string }> = [
  { field: 'id', header: '身份证号码', en: 'ID number' },
  { field: 'name', header: '姓名', en: 'Name' },
  { field: 'occupation', header: '职业(工种)', en: 'Occupation' },
  { field: 'certType', header: '证书类型', en: 'Certificate type' },
  { field: 'level', header: '等级', en: 'Level' },
  { field: 'start', header: '培训开始日期', en: 'Training start' },
  { field: 'end', header: '培训结束日期', en: 'Training end' },
  { field: 'amount', header: '补贴金额(元)', en: 'Amount (yuan)' },
  { field: 'paidOn', header: '拨付日期', en: 'Date paid' },
  { field: 'institution', header: '培训机构', en: 'Institution' },
  { field: 'source', header: '来源花名册', en: 'Source roster' },
  { field: 'sourceRow', header: '花名册行号', en: 'Roster row' },
  { field: 'fingerprint', header: '花名册指纹', en: 'Roster fingerprint' },
  { field: 'recordedOn', header: '登记日期', en: 'Date recorded' },
];

/** The name of the ledger sheet in the reviewer's workbook. */
export const LEDGER_SHEET = '补贴台账';

/** The header of a ledger field as this tool writes it. */
export function ledgerHeader(field: LedgerField, locale: Locale = 'zh-CN'): string {
  const c = LEDGER_COLUMNS.find((x) => x.field === field);
  if (c) return text(locale, { zh: c.header, en: c.en });
  return field === 'period' ? text(locale, { zh: '培训起止时间', en: 'Training period' }) : field;
}
