// The 校验结果 table as plain data in the user's language: headers, one row per finding, a summary.
// The adapters only lay it out (xlsx XML, Office.js ranges); they decide nothing of its content.
import { a1, colLetter } from '../a1';
import { t, text, type Text } from '../i18n';
import { fieldLabel } from '../layout/headers';
import type { Finding, Locale, RosterLayout, Severity } from '../types';
import { clip, CELL_TEXT_LIMIT, markedCell, rowMarkColumn } from './cells';
import { SEVERITY_ORDER, severityLabel } from './severity';

const HEADERS: Text[] = [
  t('行', 'Row'),
  t('列', 'Column'),
  t('单元格', 'Cell'),
  t('字段', 'Field'),
  t('规则代码', 'Rule'),
  t('严重程度', 'Severity'),
  t('说明', 'Message'),
  t('相关行', 'Related rows'),
];

/** Where a results row links to in the roster sheet. */
export interface ResultLink {
  /** the text shown: 'D5', or '9:9' for a row with no column to mark */
  text: string;
  row: number;
  /** the column, or null for the whole row */
  col: number | null;
}

export interface ResultRow {
  /** the sheet row of the finding; null for the roster as a whole */
  row: number | null;
  /** the column letter; '' for a whole-row finding */
  column: string;
  link: ResultLink | null;
  /** the roster's own header of the column, else the field's name in the locale */
  field: string;
  code: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  /** the related rows, comma separated */
  related: string;
}

/** One line of the summary block: a label and, maybe, a value; `severity` lines are filled like marks. */
export interface SummaryLine {
  label: string;
  value: string | number | null;
  bold?: boolean;
  severity?: Severity;
}

export interface ResultsTable {
  headers: string[];
  rows: ResultRow[];
  /** the line shown under the headers when there are no findings, else null */
  empty: string | null;
  /** the summary block (a blank label is a spacer line) */
  summary: SummaryLine[];
}

/**
 * The file's name is not in the table: the add-in cannot know it, and the two adapters write the
 * same table for the same roster.
 */
export interface ResultsOptions {
  locale: Locale;
  /** the roster sheet's name */
  sheet: string;
}

const L = {
  summary: t('汇总', 'Summary'),
  total: t('合计', 'Total'),
  byRule: t('规则代码', 'Rule'),
  count: t('数量', 'Count'),
  sheet: t('工作表', 'Sheet'),
  none: t('未发现问题', 'No findings'),
  colon: t('：', ': '),
};

function resultRow(f: Finding, layout: RosterLayout, rowCol: number | null, locale: Locale): ResultRow {
  const headerOfCol = new Map(layout.columns.map((c) => [c.col, c.header]));
  const headerOfField = new Map(layout.columns.map((c) => [c.field as string, c.header]));
  const at = markedCell(f, rowCol);
  let link: ResultLink | null = null;
  if (at) link = { text: a1(at.row, at.col), row: at.row, col: at.col };
  else if (f.row > 0) link = { text: `${f.row}:${f.row}`, row: f.row, col: null };
  const field =
    (f.col > 0 ? headerOfCol.get(f.col) : undefined) ??
    (f.field ? (headerOfField.get(f.field) ?? fieldLabel(f.field, locale)) : '');
  return {
    row: f.row > 0 ? f.row : null,
    column: f.col > 0 ? colLetter(f.col) : '',
    link,
    field,
    code: f.code,
    severity: f.severity,
    severityLabel: severityLabel(f.severity, locale),
    message: clip(f.message ?? f.code, CELL_TEXT_LIMIT),
    related: f.related?.length ? f.related.join(', ') : '',
  };
}

/** The results table for the findings of a check (in the order given). */
export function resultsTable(findings: Finding[], layout: RosterLayout, opts: ResultsOptions): ResultsTable {
  const { locale } = opts;
  const rowCol = rowMarkColumn(layout);
  const say = (x: Text) => text(locale, x);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const f of findings) {
    counts[f.severity]++;
    byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1);
  }
  const summary: SummaryLine[] = [{ label: say(L.summary), value: null, bold: true }];
  summary.push({ label: `${say(L.sheet)}${say(L.colon)}${opts.sheet}`, value: null });
  for (const s of SEVERITY_ORDER) summary.push({ label: severityLabel(s, locale), value: counts[s], severity: s });
  summary.push({ label: say(L.total), value: findings.length, bold: true });
  summary.push({ label: '', value: null });
  summary.push({ label: say(L.byRule), value: say(L.count), bold: true });
  const rules = [...byRule.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [code, n] of rules) summary.push({ label: code, value: n });
  return {
    headers: HEADERS.map(say),
    rows: findings.map((f) => resultRow(f, layout, rowCol, locale)),
    empty: findings.length ? null : say(L.none),
    summary,
  };
}
