// Finding recorded marks again after the clerk edited the sheet (pure; no Office.js). Excel moves a cell's
// value, fill and note together when rows or columns are inserted or deleted and when rows are sorted, so a
// mark is where its value and its row are now, not necessarily at the recorded address. The candidates found here are only a guess:
// the caller touches a cell only when it still carries our own fill (and our note, where we wrote one).
import type { CellValue } from '../core';
import type { MarkEntry } from './state';

/** the values of a block of the sheet: row 1-based of values[0] is originRow, likewise columns */
export interface ValueBlock {
  originRow: number;
  originCol: number;
  values: CellValue[][];
}

export function valueText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/** FNV-1a, 32 bits, as 8 hex digits */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A key of a row's non-empty values in order (an inserted empty column leaves it unchanged). */
export function rowKeyOf(line: CellValue[] | undefined): string {
  return fnv(
    (line ?? [])
      .filter((v) => v !== null && v !== '')
      .map(valueText)
      .join('\u0001'),
  );
}

export function cellText(block: ValueBlock, row: number, col: number): string {
  return valueText(block.values[row - block.originRow]?.[col - block.originCol]);
}

export function rowKeyAt(block: ValueBlock, row: number): string {
  return rowKeyOf(block.values[row - block.originRow]);
}

export interface Located {
  entry: MarkEntry;
  row: number;
  col: number;
}

/**
 * Where each entry's cell is now. Passes in order, each cell given to one entry at most: (1) the same value
 * and row key at the recorded address; (2) the same value and row key in the same row, nearest column (a
 * column inserted: an empty column leaves the row key as it was); (3) the same value and row key, nearest
 * row in the column (rows inserted, deleted, sorted); (4) the same value in the same row, nearest column (a
 * column deleted, which changes every row key); (5) the same value, nearest in the column (another cell of
 * the row was edited); (6) the recorded address (the clerk corrected the value itself). Entries written
 * before values were recorded keep their address. Entries whose cell is gone (its row deleted) are in
 * `missing`.
 */
export function locateMarks(entries: MarkEntry[], block: ValueBlock): { found: Located[]; missing: MarkEntry[] } {
  const byColumn = new Map<number, Map<string, number[]>>();
  const index = (col: number): Map<string, number[]> => {
    let m = byColumn.get(col);
    if (m) return m;
    m = new Map();
    block.values.forEach((line, i) => {
      const t = valueText(line[col - block.originCol]);
      if (!t) return;
      const rows = m!.get(t);
      if (rows) rows.push(block.originRow + i);
      else m!.set(t, [block.originRow + i]);
    });
    byColumn.set(col, m);
    return m;
  };
  const taken = new Set<string>();
  const at = new Map<MarkEntry, { row: number; col: number }>();
  const claim = (e: MarkEntry, row: number, col = e.col) => {
    taken.add(`${row}:${col}`);
    at.set(e, { row, col });
  };
  /** the column of the row holding the entry's value, nearest its recorded column, not yet taken */
  const inRow = (e: MarkEntry): number | null => {
    let best: number | null = null;
    (block.values[e.row - block.originRow] ?? []).forEach((v, i) => {
      const col = block.originCol + i;
      if (!e.value || valueText(v) !== e.value || taken.has(`${e.row}:${col}`)) return;
      if (best === null || Math.abs(col - e.col) < Math.abs(best - e.col)) best = col;
    });
    return best;
  };
  const nearest = (e: MarkEntry, rows: number[], ok: (row: number) => boolean): number | null => {
    let best: number | null = null;
    for (const r of rows) {
      if (taken.has(`${r}:${e.col}`) || !ok(r)) continue;
      if (best === null || Math.abs(r - e.row) < Math.abs(best - e.row)) best = r;
    }
    return best;
  };
  const open = (list: MarkEntry[]) => list.filter((e) => !at.has(e));

  for (const e of entries) if (e.value === null && !taken.has(`${e.row}:${e.col}`)) claim(e, e.row);
  for (const e of open(entries)) {
    if (
      cellText(block, e.row, e.col) === e.value &&
      rowKeyAt(block, e.row) === e.rowKey &&
      !taken.has(`${e.row}:${e.col}`)
    ) {
      claim(e, e.row);
    }
  }
  for (const e of open(entries)) {
    const c = rowKeyAt(block, e.row) === e.rowKey ? inRow(e) : null;
    if (c !== null) claim(e, e.row, c);
  }
  for (const e of open(entries)) {
    const r = nearest(e, index(e.col).get(e.value!) ?? [], (row) => rowKeyAt(block, row) === e.rowKey);
    if (r !== null) claim(e, r);
  }
  for (const e of open(entries)) {
    const c = inRow(e);
    if (c !== null) claim(e, e.row, c);
  }
  for (const e of open(entries)) {
    const r = nearest(e, index(e.col).get(e.value!) ?? [], () => true);
    if (r !== null) claim(e, r);
  }
  for (const e of open(entries)) if (!taken.has(`${e.row}:${e.col}`)) claim(e, e.row);
  const found: Located[] = [];
  const missing: MarkEntry[] = [];
  for (const e of entries) {
    const p = at.get(e);
    if (p) found.push({ entry: e, ...p });
    else missing.push(e);
  }
  return { found, missing };
}
