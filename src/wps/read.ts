// Reading a block of an ET sheet: values in one Value2 read of the whole block; number formats one read per
// column (a column of mixed formats reads as null and is then read cell by cell); displayed text only where
// it can differ from the value (numbers), one Range.Text per numeric cell. Calls are counted by the caller.
import { a1, colLetter } from '../core';
import type { CellValue, Grid } from '../core';
import type { Progress } from '../core';
import type { EtRange, EtScalar, EtWorksheet } from './et';
import { abortError } from './stats';

export interface Block {
  /** 1-based */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function blockOf(range: EtRange): Block {
  return { row: range.Row, col: range.Column, rows: range.Rows.Count, cols: range.Columns.Count };
}

function cellValue(v: EtScalar): CellValue {
  return v === undefined || v === null || v === '' ? null : v;
}

/** Value2 of a block as rows (a one-cell range gives a scalar) */
export function readValues(ws: EtWorksheet, b: Block): CellValue[][] {
  const range = ws.Range(blockAddress(b));
  const raw = range.Value2;
  const rows = Array.isArray(raw) ? (raw as EtScalar[][]) : [[raw as EtScalar]];
  return rows.map((line) => line.map(cellValue));
}

export function blockAddress(b: Block): string {
  return b.rows === 1 && b.cols === 1
    ? a1(b.row, b.col)
    : `${a1(b.row, b.col)}:${a1(b.row + b.rows - 1, b.col + b.cols - 1)}`;
}

function columnAddress(b: Block, j: number): string {
  const col = colLetter(b.col + j);
  return b.rows === 1 ? `${col}${b.row}` : `${col}${b.row}:${col}${b.row + b.rows - 1}`;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
}

/** values, displayed text and number formats of a block */
export function readGridBlock(ws: EtWorksheet, b: Block, opts: ReadOptions = {}): Grid {
  const check = () => {
    if (opts.signal?.aborted) throw abortError();
  };
  check();
  const values = readValues(ws, b);
  const formats: string[][] = values.map((line) => line.map(() => 'General'));
  for (let j = 0; j < b.cols; j++) {
    check();
    const f = ws.Range(columnAddress(b, j)).NumberFormat;
    if (typeof f === 'string') {
      for (const line of formats) line[j] = f;
      continue;
    }
    for (let i = 0; i < b.rows; i++) formats[i][j] = ws.Range(a1(b.row + i, b.col + j)).NumberFormat ?? 'General';
  }
  // the text reads are the long part (one call per number): cancellable and reported by row
  const texts: string[][] = values.map((line, i) => {
    check();
    if (i % 200 === 199) opts.onProgress?.({ done: i + 1, total: b.rows, stage: 'read' });
    return line.map((v, j) => {
      if (v === null) return '';
      if (typeof v === 'string') return v;
      if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
      return ws.Range(a1(b.row + i, b.col + j)).Text ?? '';
    });
  });
  opts.onProgress?.({ done: b.rows, total: b.rows, stage: 'read' });
  return { originRow: b.row, originCol: b.col, values, texts, formats };
}
