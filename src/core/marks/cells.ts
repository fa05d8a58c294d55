// Which cell each finding marks, and the note each marked cell gets.
import { t, text } from '../i18n';
import { ruleByCode } from '../rules';
import type { Finding, Locale, RosterLayout, Severity } from '../types';
import { severityRank } from './severity';

/** Excel keeps at most this many characters in a cell or a note. */
export const CELL_TEXT_LIMIT = 32767;

const NOTE_TITLE = t('花名册核验：', 'Roster check:');
/** Between our reasons and the note the cell already had (which follows, unchanged). */
export const NOTE_JOIN = '\n\n';
const ELLIPSIS = '…';

/** A marked cell: 1-based sheet row and column, its worst severity, its note. */
export interface CellMark {
  row: number;
  col: number;
  severity: Severity;
  /** one line per distinct reason, in finding order */
  reasons: string[];
  /** the note text: a title line, then one bullet per reason (at most CELL_TEXT_LIMIT characters) */
  note: string;
}

/**
 * The column a whole-row finding (col 0) marks: the 序号 column, else the roster's first mapped
 * column; null when the layout maps no column (then the finding is in the results table only).
 */
export function rowMarkColumn(layout: RosterLayout): number | null {
  const seq = layout.columns.find((c) => c.field === 'seq');
  if (seq) return seq.col;
  return layout.columns.length ? Math.min(...layout.columns.map((c) => c.col)) : null;
}

/** The cell a finding marks, or null (a finding on the roster as a whole, row 0). */
export function markedCell(f: Finding, rowCol: number | null): { row: number; col: number } | null {
  if (f.row < 1) return null;
  if (f.col > 0) return { row: f.row, col: f.col };
  return rowCol === null ? null : { row: f.row, col: rowCol };
}

/** "规则标题：说明" (the message alone when the code is not a rule's, or the message is the title). */
export function reasonLine(f: Finding, locale: Locale): string {
  const message = f.message ?? f.code;
  const title = ruleByCode(f.code)?.title[locale];
  if (!title || title === message) return message;
  return `${title}${text(locale, t('：', ': '))}${message}`;
}

/** Cuts a text to at most max characters, ending in an ellipsis when cut. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max < 1) return '';
  // do not split a surrogate pair
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return s.slice(0, end) + ELLIPSIS;
}

/** A marked cell's note: the title line, then one bullet per reason. */
export function noteText(reasons: string[], locale: Locale, max = CELL_TEXT_LIMIT): string {
  return clip([text(locale, NOTE_TITLE), ...reasons.map((r) => `• ${r}`)].join('\n'), max);
}

/**
 * Our note put before the note the cell already had. The user's text is never cut: ours is
 * shortened so the whole fits Excel's limit.
 */
export function mergeNote(ours: string, previous: string | null): string {
  if (previous === null || previous === '') return ours;
  return clip(ours, CELL_TEXT_LIMIT - previous.length - NOTE_JOIN.length) + NOTE_JOIN + previous;
}

/** The marked cells, sorted by row then column. */
export function cellMarks(findings: Finding[], layout: RosterLayout, locale: Locale): CellMark[] {
  const rowCol = rowMarkColumn(layout);
  const byCell = new Map<string, { row: number; col: number; severity: Severity; reasons: string[] }>();
  for (const f of findings) {
    const at = markedCell(f, rowCol);
    if (!at) continue;
    const key = `${at.row}:${at.col}`;
    const line = reasonLine(f, locale);
    const cell = byCell.get(key);
    if (!cell) byCell.set(key, { ...at, severity: f.severity, reasons: [line] });
    else {
      if (severityRank(f.severity) < severityRank(cell.severity)) cell.severity = f.severity;
      if (!cell.reasons.includes(line)) cell.reasons.push(line);
    }
  }
  return [...byCell.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => ({ ...c, note: noteText(c.reasons, locale) }));
}
