// The reviewer's overview of a run: one row per roster with its verdict, worst first.
import * as path from 'path';
import { ruleByCode } from '../../core';
import type { Locale } from '../../core';
import { displayWidth } from '../text-width';

export type Verdict = 'unreadable' | 'return' | 'pass';

export interface SummaryRow {
  file: string;
  institution: string;
  sheet: string;
  trainees: number;
  errors: number;
  warnings: number;
  /** the three rules with the most findings, most first */
  top: { code: string; count: number }[];
  verdict: Verdict;
  /** why the file could not be read (verdict unreadable) */
  reason?: string;
  /** the marked copy, when one was written */
  out?: string;
}

const VERDICT_TEXT: Record<Verdict, { zh: string; en: string }> = {
  unreadable: { zh: '无法读取', en: 'unreadable' },
  return: { zh: '退回修改', en: 'send back' },
  pass: { zh: '通过', en: 'pass' },
};

const VERDICT_RANK: Record<Verdict, number> = { unreadable: 0, return: 1, pass: 2 };

export function verdictText(v: Verdict, locale: Locale): string {
  return locale === 'en-US' ? VERDICT_TEXT[v].en : VERDICT_TEXT[v].zh;
}

/** The rules with the most findings (ties by code), at most n. */
export function topRules(byRule: Record<string, number>, n = 3): { code: string; count: number }[] {
  return Object.entries(byRule)
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1))
    .slice(0, n);
}

/** Worst first: unreadable, then send back (most errors first), then pass (most warnings first); then by file. */
export function sortSummary(rows: SummaryRow[]): SummaryRow[] {
  return [...rows].sort(
    (a, b) =>
      VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
      b.errors - a.errors ||
      b.warnings - a.warnings ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
}

/** "身份证校验码错误×6，身份证号码重复×2" */
export function topText(top: SummaryRow['top'], locale: Locale): string {
  const en = locale === 'en-US';
  return top.map((t) => `${ruleByCode(t.code)?.title[locale] ?? t.code}×${t.count}`).join(en ? ', ' : '，');
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** The summary as a text table, headed by the counts of each verdict. */
export function summaryText(rows: readonly SummaryRow[], locale: Locale): string {
  const en = locale === 'en-US';
  const head = en
    ? ['Verdict', 'File', 'Institution', 'Sheet', 'Trainees', 'Errors', 'Warnings', 'Main problems']
    : ['结论', '文件', '培训机构', '工作表', '人数', '错误', '警告', '主要问题'];
  const body = rows.map((r) => [
    verdictText(r.verdict, locale),
    path.basename(r.file),
    r.institution,
    r.sheet,
    r.verdict === 'unreadable' ? '' : String(r.trainees),
    r.verdict === 'unreadable' ? '' : String(r.errors),
    r.verdict === 'unreadable' ? '' : String(r.warnings),
    r.verdict === 'unreadable' ? (r.reason ?? '') : topText(r.top, locale),
  ]);
  const numeric = new Set([4, 5, 6]);
  const widths = head.map((h, c) =>
    Math.max(displayWidth(h), ...body.map((row) => (c === 7 ? 0 : displayWidth(row[c])))),
  );
  const line = (cells: string[]) =>
    cells
      .map((s, c) => (c === cells.length - 1 ? s : pad(s, widths[c], numeric.has(c))))
      .join('  ')
      .trimEnd();
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  const title = en
    ? `Summary: ${rows.length} rosters — ${count('pass')} pass, ${count('return')} to send back, ${count('unreadable')} unreadable`
    : `汇总：共 ${rows.length} 份花名册，通过 ${count('pass')} 份，退回修改 ${count('return')} 份，无法读取 ${count('unreadable')} 份`;
  return [title, line(head), ...body.map(line)].join('\n') + '\n';
}
