// Pure planning of the Office.js writes of marks: the colour in Office's form and the fewest range-area
// addresses that cover the cells (which cells and why is core/marks' decision).
import { a1, colLetter } from '../core';
import { SEVERITY_RGB } from '../core';
import type { Severity } from '../core';

/** The severity fills of core/marks as '#RRGGBB', the form Range.format.fill.color takes. */
export const SEVERITY_FILL = Object.fromEntries(
  Object.entries(SEVERITY_RGB).map(([s, rgb]) => [s, `#${rgb}`]),
) as Record<Severity, string>;

export interface CellPos {
  row: number;
  col: number;
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
  return run.row0 === run.row1
    ? a1(run.row0, run.col)
    : `${colLetter(run.col)}${run.row0}:${colLetter(run.col)}${run.row1}`;
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
