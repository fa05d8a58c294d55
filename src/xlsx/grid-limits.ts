// The Grid a reader builds, bounded so that memory follows the cells that exist rather than the
// used range: one stray value at XFD1048576 in a 60-row roster must not make a 1,048,576 × 16,384
// grid. Readers hand over each row (dense up to its last near cell) and the cells far right of
// their row; build() then makes the dense Grid the core expects:
// - as it always was, when the used range is not much larger than the cells in it;
// - else bounded: the columns of the rows' dense parts, the rows up to the first long run of empty
//   rows; the cells left out are counted in a note (gridNotes) instead of being read.
// More rows with content than limits().maxRows, or a bounded grid still too large, is refused.
import { a1 } from '../core';
import type { CellValue, Grid, LayoutNote } from '../core';
import { InputError } from '../core';
import { limits, type Limits } from './limits';

/** a cell this many columns right of the row's previous one is held apart (a "far" cell) */
export const ROW_GAP = 64;
/** when bounding, the roster ends before this many consecutive empty rows */
export const EMPTY_ROWS_GAP = 1000;
/** the dense grid may always hold this many cells, else up to CELLS_PER_VALUE per cell read */
const CELL_BUDGET = 4_000_000;
const CELLS_PER_VALUE = 8;
/** far cells kept (beyond that only counted) */
const MAX_FAR = 10_000;

interface Row {
  r: number;
  values: CellValue[];
  texts: string[];
  formats: string[];
}

interface FarCell {
  r: number;
  col: number;
  v: CellValue;
  text: string;
  fmt: string;
}

const notesOf = new WeakMap<Grid, LayoutNote[]>();

/** What the reader noted while building a grid (cells left out), in Chinese; [] when nothing. */
export function gridNotes(grid: Grid): LayoutNote[] {
  return notesOf.get(grid) ?? [];
}

export class GridCollector {
  private readonly rows: Row[] = [];
  private readonly far: FarCell[] = [];
  private dropped = 0;
  private firstDropped = '';
  private cells = 0;
  private sorted = true;
  private lastFormats: string[] = [];
  private readonly lim: Readonly<Limits>;

  /** where names the sheet in messages: 「花名册」 of /path/file.xlsx */
  constructor(
    private readonly where: string,
    lim?: Readonly<Limits>,
  ) {
    this.lim = lim ?? limits();
  }

  /** Whether a cell at col belongs to the row's dense part (else give it to addFar). */
  isNear(rowLength: number, col: number): boolean {
    return col <= this.lim.maxCols && col - rowLength <= ROW_GAP;
  }

  /** A cell held apart from its row (far right of the row's other cells, or beyond maxCols). */
  addFar(r: number, col: number, v: CellValue, text: string, fmt: string): void {
    this.cells++;
    if (col <= this.lim.maxCols && this.far.length < MAX_FAR) this.far.push({ r, col, v, text, fmt });
    else this.drop(r, col);
  }

  /**
   * One cell of row r being built in values/texts/formats (dense arrays, index 0 = column A): set in
   * place, the gap before it padded with empty cells, or held apart (addFar) when it is far out.
   */
  place(
    values: CellValue[],
    texts: string[],
    formats: string[],
    r: number,
    col: number,
    v: CellValue,
    text: string,
    fmt: string,
  ): void {
    if (!this.isNear(values.length, col)) {
      this.addFar(r, col, v, text, fmt);
      return;
    }
    while (values.length < col - 1) {
      values.push(null);
      texts.push('');
      formats.push('');
    }
    values[col - 1] = v;
    texts[col - 1] = text;
    formats[col - 1] = fmt;
  }

  /** A row's near cells (dense arrays, index 0 = column A); rows with nothing are not given. */
  addRow(r: number, values: CellValue[], texts: string[], formats: string[]): void {
    if (this.rows.length >= this.lim.maxRows) {
      throw new InputError(
        `${this.where}：有内容的行超过 ${this.lim.maxRows.toLocaleString('en-US')} 行（上限），不予核验；请拆分花名册`,
        `${this.where}: more than ${this.lim.maxRows.toLocaleString('en-US')} rows with content (the limit); split the roster`,
      );
    }
    if (this.rows.length && r <= this.rows[this.rows.length - 1].r) this.sorted = false;
    for (const v of values) if (v !== null) this.cells++;
    // rows formatted alike (as a roster's rows are) share one array: build() copies it before changing a cell
    if (sameStrings(formats, this.lastFormats)) formats = this.lastFormats;
    else this.lastFormats = formats;
    this.rows.push({ r, values, texts, formats });
  }

  private drop(r: number, col: number): void {
    if (!this.dropped || r < 0) this.firstDropped ||= a1(r, col);
    this.dropped++;
  }

  /** The dense Grid (origin A1); notes on it when cells were left out. */
  build(): Grid {
    if (!this.sorted) this.rows.sort((a, b) => a.r - b.r);
    let width = 0;
    for (const row of this.rows) if (row.values.length > width) width = row.values.length;
    let lastRow = this.rows.length ? this.rows[this.rows.length - 1].r : 0;
    let farWidth = width;
    for (const f of this.far) {
      if (f.col > farWidth) farWidth = f.col;
      if (f.r > lastRow) lastRow = f.r;
    }
    const budget = Math.max(CELL_BUDGET, CELLS_PER_VALUE * this.cells);
    let rowLimit = lastRow;
    let colLimit = farWidth;
    if (lastRow * farWidth > budget) {
      // bounded: the columns of the rows' dense parts; the rows up to a long run of empty ones
      colLimit = width;
      const starts = [...this.rows.map((x) => x.r), ...this.far.filter((f) => f.col <= colLimit).map((f) => f.r)].sort(
        (a, b) => a - b,
      );
      rowLimit = starts[0] ?? 0;
      for (let k = 1; k < starts.length && starts[k] - rowLimit <= EMPTY_ROWS_GAP; k++) rowLimit = starts[k];
      if (rowLimit * colLimit > budget) {
        throw new InputError(
          `${this.where}：内容分布范围过大（${rowLimit.toLocaleString('en-US')} 行 × ${colLimit} 列，只有 ${this.cells.toLocaleString('en-US')} 个单元格有值），不予核验`,
          `${this.where}: the content spreads too far (${rowLimit} rows × ${colLimit} columns for ${this.cells} cells with values)`,
        );
      }
    }
    const values: CellValue[][] = [];
    const texts: string[][] = [];
    const formats: string[][] = [];
    const pad = (n: number): void => {
      while (values.length < n) {
        values.push([]);
        texts.push([]);
        formats.push([]);
      }
    };
    for (const row of this.rows) {
      if (row.r > rowLimit) {
        for (let c = 0; c < row.values.length; c++) if (row.values[c] !== null) this.drop(row.r, c + 1);
        continue;
      }
      pad(row.r - 1);
      if (values.length >= row.r) {
        // a row given twice (out-of-order XML): the later cells win, as when they were assigned
        const vr = values[row.r - 1],
          tr = texts[row.r - 1],
          fr = (formats[row.r - 1] = formats[row.r - 1].slice());
        row.values.forEach((v, c) => {
          if (v !== null) {
            vr[c] = v;
            tr[c] = row.texts[c];
            fr[c] = row.formats[c];
          }
        });
        continue;
      }
      values.push(row.values.length > colLimit ? row.values.slice(0, colLimit) : row.values);
      texts.push(row.texts.length > colLimit ? row.texts.slice(0, colLimit) : row.texts);
      formats.push(row.formats.length > colLimit ? row.formats.slice(0, colLimit) : row.formats);
    }
    for (const f of this.far) {
      if (f.r > rowLimit || f.col > colLimit) {
        this.drop(f.r, f.col);
        continue;
      }
      pad(f.r);
      const vr = values[f.r - 1],
        tr = texts[f.r - 1],
        fr = (formats[f.r - 1] = formats[f.r - 1].slice());
      while (vr.length < f.col - 1) {
        vr.push(null);
        tr.push('');
        fr.push('');
      }
      vr[f.col - 1] = f.v;
      tr[f.col - 1] = f.text;
      fr[f.col - 1] = f.fmt;
    }
    let maxCol = 0;
    for (const vr of values) if (vr.length > maxCol) maxCol = vr.length;
    for (let k = 0; k < values.length; k++) {
      const vr = values[k],
        tr = texts[k],
        fr = formats[k];
      while (vr.length < maxCol) vr.push(null);
      while (tr.length < maxCol) tr.push('');
      // a shared formats array is padded once, for every row sharing it (all are padded alike)
      while (fr.length < maxCol) fr.push('');
    }
    const grid: Grid = { originRow: 1, originCol: 1, values, texts, formats };
    if (this.dropped) {
      notesOf.set(grid, [{ code: 'cells.outside', count: this.dropped, example: this.firstDropped }]);
    }
    return grid;
  }
}

function sameStrings(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
