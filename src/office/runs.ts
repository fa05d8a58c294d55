// Pure planning of marks: which cells, which colour, and the fewest range-area addresses that cover them.
import { a1, colLetter, type Finding, type Severity } from '../core';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A cell to mark: 1-based row and column, its worst severity, the reasons in finding order. */
export interface MarkCell {
  row: number;
  col: number;
  severity: Severity;
  messages: string[];
}

export interface CellPos {
  row: number;
  col: number;
}

/** Merges findings by cell (findings with col 0 concern a whole row and go to the report only). */
export function markCells(findings: Finding[]): MarkCell[] {
  const byCell = new Map<string, MarkCell>();
  for (const f of findings) {
    if (f.col < 1 || f.row < 1) continue;
    const key = `${f.row}:${f.col}`;
    const text = f.message ?? f.code;
    const cell = byCell.get(key);
    if (!cell) byCell.set(key, { row: f.row, col: f.col, severity: f.severity, messages: [text] });
    else {
      if (RANK[f.severity] < RANK[cell.severity]) cell.severity = f.severity;
      if (!cell.messages.includes(text)) cell.messages.push(text);
    }
  }
  return sortByColumn([...byCell.values()]);
}

export function sortByColumn<T extends CellPos>(cells: T[]): T[] {
  return cells.sort((a, b) => a.col - b.col || a.row - b.row);
}

/** A vertical run of cells in one column: rows row0..row1 (1-based, inclusive). */
export interface Run {
  col: number;
  row0: number;
  row1: number;
}

/** Contiguous cells of one column become one run. The input need not be sorted. */
export function runsOf(cells: CellPos[]): Run[] {
  const sorted = sortByColumn(cells.map((c) => ({ row: c.row, col: c.col })));
  const runs: Run[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && c.row === last.row1 + 1) last.row1 = c.row;
    else if (!last || last.col !== c.col || c.row > last.row1) runs.push({ col: c.col, row0: c.row, row1: c.row });
  }
  return runs;
}

export function runAddress(run: Run): string {
  return run.row0 === run.row1 ? a1(run.row0, run.col) : `${colLetter(run.col)}${run.row0}:${colLetter(run.col)}${run.row1}`;
}

/** Joins addresses with commas into lists no longer than maxChars each (one getRanges call a list). */
export function joinAddresses(addresses: string[], maxChars: number): string[] {
  const lists: string[] = [];
  let current = '';
  for (const addr of addresses) {
    if (current && current.length + 1 + addr.length > maxChars) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${addr}` : addr;
  }
  if (current) lists.push(current);
  return lists;
}

/** Joins run addresses with commas into lists no longer than maxChars each. */
export function addressLists(runs: Run[], maxChars: number): string[] {
  return joinAddresses(runs.map(runAddress), maxChars);
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}
