// Command-line arguments of `roster-check validate`.
import { colNumber } from '../core';
import type { MappingOverride } from '../core';
import { ALL_FIELDS, type Field } from '../core';
import { langArg, ledgerArg, tokenize } from './options';
import { UsageError } from './usage-error';

export { UsageError };

export type Lang = 'zh' | 'en';

export interface ValidateArgs {
  files: string[];
  sheet?: string;
  policy: string;
  catalog?: string;
  format: 'text' | 'json' | 'jsonl';
  out?: string;
  map: MappingOverride;
  lang: Lang;
  /** the subsidy ledger: .xlsx/.csv file, folder, SQLite file or postgres:// URL (--ledger, else ROSTER_CHECK_LEDGER) */
  ledger?: string;
  /** keep the ledger in this SQLite file (imported once, refreshed when the files change) */
  ledgerDb?: string;
  /** one marked copy per roster in this folder (NAME.marked.xlsx) */
  outDir?: string;
  /** the run's summary as .xlsx or .csv */
  summaryOut?: string;
  /** print only the summary */
  quiet: boolean;
  /** worker threads (default: the number of cores) */
  jobs?: number;
}

export const DEFAULT_POLICY = 'zhengzhou-2021';

/** Chinese names accepted in --map besides the field codes. */
const FIELD_ALIASES: Record<string, Field> = {
  序号: 'seq',
  姓名: 'name',
  性别: 'gender',
  身份证: 'id',
  身份证号码: 'id',
  身份证号: 'id',
  电话: 'phone',
  联系电话: 'phone',
  职业: 'occupation',
  工种: 'occupation',
  类别: 'category',
  目录类别: 'category',
  证书类型: 'certType',
  证书: 'certType',
  等级: 'level',
  证书编号: 'certNo',
  开始日期: 'start',
  结束日期: 'end',
  培训起止时间: 'period',
  课时: 'hours',
  人员类别: 'personType',
  班级: 'class',
  批次: 'class',
  补贴金额: 'amount',
  金额: 'amount',
  备注: 'remark',
};

function parseField(s: string): Field | undefined {
  const t = s.trim();
  const exact = ALL_FIELDS.find((f) => f === t) ?? ALL_FIELDS.find((f) => f.toLowerCase() === t.toLowerCase());
  return exact ?? FIELD_ALIASES[t];
}

/** "id=D", "id=4", "id=-" (unmap); several may be joined by commas. */
export function parseMap(spec: string, into: MappingOverride): void {
  for (const part of spec.split(/[,，]/).filter((p) => p.trim())) {
    const m = /^([^=＝]+)[=＝](.*)$/.exec(part.trim());
    const field = m ? parseField(m[1]) : undefined;
    if (!m || !field) {
      throw new UsageError(
        `--map ${part}：格式应为 字段=列，例如 --map id=D；字段可为 ${ALL_FIELDS.join(', ')}`,
        `--map ${part}: expected field=COLUMN, e.g. --map id=D; fields: ${ALL_FIELDS.join(', ')}`,
      );
    }
    const c = m[2].trim();
    const col = c === '' || c === '-' || c === '0' ? 0 : /^\d+$/.test(c) ? Number(c) : colNumber(c);
    if (c !== '' && c !== '-' && c !== '0' && !col) {
      throw new UsageError(
        `--map ${part}：“${c}”不是列号（应为 A、B、…、AA 或数字）`,
        `--map ${part}: "${c}" is not a column (A, B, …, AA or a number)`,
      );
    }
    into[field] = col;
  }
}

/** argv after `validate`. */
export function parseValidateArgs(argv: string[]): ValidateArgs {
  const t = tokenize(argv, {
    command: 'validate',
    values: [
      'sheet',
      'policy',
      'catalog',
      'format',
      'out',
      'map',
      'lang',
      'ledger',
      'ledger-db',
      'out-dir',
      'summary-out',
      'jobs',
    ],
    repeatable: ['map'],
    flags: ['quiet'],
  });
  const format = t.values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'jsonl') {
    throw new UsageError(
      `--format 只能是 text、json 或 jsonl（收到“${format}”）`,
      `--format must be text, json or jsonl (got "${format}")`,
    );
  }
  const jobsText = t.values.jobs;
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) {
    throw new UsageError(
      `--jobs 应为 1 到 64 的整数（收到“${jobsText}”）`,
      `--jobs must be a whole number from 1 to 64 (got "${jobsText}")`,
    );
  }
  const summaryOut = t.values['summary-out'];
  if (summaryOut !== undefined && !/\.(xlsx|csv)$/i.test(summaryOut)) {
    throw new UsageError(
      `--summary-out 应为 .xlsx 或 .csv 文件（收到“${summaryOut}”）`,
      `--summary-out must be an .xlsx or .csv file (got "${summaryOut}")`,
    );
  }
  const map: MappingOverride = {};
  for (const m of t.lists.map ?? []) parseMap(m, map);
  const a: ValidateArgs = {
    files: t.positionals,
    sheet: t.values.sheet,
    policy: t.values.policy ?? DEFAULT_POLICY,
    catalog: t.values.catalog,
    format,
    out: t.values.out,
    map,
    lang: langArg(t.values.lang),
    ledger: ledgerArg(t.values.ledger),
    ledgerDb: t.values['ledger-db'],
    outDir: t.values['out-dir'],
    summaryOut,
    quiet: t.flags.quiet ?? false,
    jobs,
  };
  if (a.files.length === 0)
    throw new UsageError('缺少要核验的花名册文件（用 --help 查看用法）', 'no roster file given (see --help)');
  return a;
}
