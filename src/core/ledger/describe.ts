// Where another claim is, in words a reviewer can act on: the ledger row or the other roster's row,
// the institution and the dates.
import { text } from '../i18n';
import type { CalDate, Locale } from '../types';
import { formatDate } from '../values';
import type { ClaimRef } from './entry';

function d(date: CalDate | null): string {
  return date ? formatDate(date) : '?';
}

function period(ref: ClaimRef, en: boolean): string {
  if (!ref.start && !ref.end) return en ? 'training dates not recorded' : '培训日期未记载';
  return en ? `training ${d(ref.start)} to ${d(ref.end)}` : `培训 ${d(ref.start)} 至 ${d(ref.end)}`;
}

/**
 * 补贴台账 台账.xlsx 第 12 行（张三，来源：A.xlsx 第 5 行，培训机构：某某学校，培训 2021-03-01 至 2021-03-20，拨付 2021-05-10）
 * or 花名册 B.xlsx 第 7 行（…）.
 */
export function describeRef(ref: ClaimRef, locale: Locale): string {
  const en = locale !== 'zh-CN';
  const parts: string[] = [];
  if (ref.name) parts.push(ref.name);
  if (ref.kind === 'ledger' && ref.source) {
    const sr = ref.sourceRow ? (en ? ` row ${ref.sourceRow}` : ` 第 ${ref.sourceRow} 行`) : '';
    parts.push(en ? `from ${ref.source}${sr}` : `来源：${ref.source}${sr}`);
  }
  if (ref.institution) parts.push(en ? `institution: ${ref.institution}` : `培训机构：${ref.institution}`);
  parts.push(period(ref, en));
  if (ref.paidOn) parts.push(en ? `paid ${d(ref.paidOn)}` : `拨付 ${d(ref.paidOn)}`);
  const row = ref.row ? (en ? ` row ${ref.row}` : ` 第 ${ref.row} 行`) : '';
  if (en) {
    const what = ref.kind === 'ledger' ? `ledger ${ref.file}${row}` : `roster ${ref.file}${row}`;
    return `${what} (${parts.join(', ')})`;
  }
  // in the add-in the ledger is the sheet 补贴台账 itself: don't say it twice
  const ledgerName = ref.file === '补贴台账' ? '补贴台账' : `补贴台账 ${ref.file}`;
  const what = ref.kind === 'ledger' ? `${ledgerName}${row}` : `花名册 ${ref.file}${row}`;
  return `${what}（${parts.join('，')}）`;
}

/** Several references: joined with '；' (zh) or '; ' (en), at most `max` shown. */
export function describeRefs(refs: ClaimRef[], locale: Locale, max = 5): string {
  const shown = refs.slice(0, max).map((r) => describeRef(r, locale));
  const more = refs.length - shown.length;
  return text(locale, {
    zh: shown.join('；') + (more > 0 ? `；另有 ${more} 条` : ''),
    en: shown.join('; ') + (more > 0 ? `; and ${more} more` : ''),
  });
}
