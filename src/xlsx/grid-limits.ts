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

/**
 * The row a reader is building, in arrays reused for every row (index 0 = column A; what lies past
 * length is left from an earlier row): GridCollector.addCells keeps copies of the row's size.
 */
export class RowCells {
  readonly values: CellValue[] = [];
  readonly texts: string[] = [];
  readonly formats: string[] = [];
  length = 0;
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
  /** the rows given, in order: their numbers, values, texts and formats */
  private rowNumbers: number[] = [];
  private rowValues: CellValue[][] = [];
  private rowTexts: string[][] = [];
  private rowFormats: string[][] = [];
  /** rows given (the lists may be longer: reserve()) */
  private count = 0;
  private readonly far: FarCell[] = [];
  private dropped = 0;
  private firstDropped = '';
  private cells = 0;
  private sorted = true;
  private lastFormats: string[] = [];
  /** the longest row given */
  private widest = 0;
  private readonly lim: Readonly<Limits>;

  /** where names the sheet in messages: 「花名册」 of /path/file.xlsx */
  constructor(
    private readonly where: string,
    lim?: Readonly<Limits>,
  ) {
    this.lim = lim ?? limits();
  }

  /** The rows given so far. */
  get rows(): number {
    return this.count;
  }

  /**
   * Room for about n rows in all, when a reader can tell (a sheet's size): the row lists are made once at
   * that size instead of grown by half again and again (each time a fresh copy: at 100,000 rows some 6 MB
   * of fresh memory thrown away). More rows than that still fit; build() trims what is left over.
   */
  reserve(n: number): void {
    const size = Math.min(Math.ceil(n), this.lim.maxRows);
    if (!(size > this.rowValues.length)) return;
    const grow = <T>(list: T[]): T[] => {
      const out = new Array<T>(size);
      for (let k = 0; k < this.count; k++) out[k] = list[k];
      return out;
    };
    this.rowNumbers = grow(this.rowNumbers);
    this.rowValues = grow(this.rowValues);
    this.rowTexts = grow(this.rowTexts);
    this.rowFormats = grow(this.rowFormats);
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
   * One cell of row r being built in row: set in place, the gap before it padded with empty cells, or
   * held apart (addFar) when it is far out.
   */
  place(row: RowCells, r: number, col: number, v: CellValue, text: string, fmt: string): void {
    if (!this.isNear(row.length, col)) {
      this.addFar(r, col, v, text, fmt);
      return;
    }
    const { values, texts, formats } = row;
    while (row.length < col - 1) {
      values[row.length] = null;
      texts[row.length] = '';
      formats[row.length] = '';
      row.length++;
    }
    values[col - 1] = v;
    texts[col - 1] = text;
    formats[col - 1] = fmt;
    if (col > row.length) row.length = col;
  }

  /**
   * The row built in row (place), when it has cells; row is emptied for the next. The row is kept as
   * wide as the widest before it, empty cells added (as build() would add them): its arrays are made
   * once, to the size they end up with.
   */
  addCells(r: number, row: RowCells): void {
    const n = row.length;
    if (!n) return;
    row.length = 0;
    const { values, texts, formats } = row;
    const w = Math.max(n, this.widest);
    for (let c = n; c < w; c++) {
      values[c] = null;
      texts[c] = '';
      formats[c] = '';
    }
    const fr = sameStrings(formats, this.lastFormats, w) ? this.lastFormats : formats.slice(0, w);
    this.addRow(r, values.slice(0, w), texts.slice(0, w), fr);
  }

  /** A row's near cells (dense arrays, index 0 = column A); rows with nothing are not given. */
  addRow(r: number, values: CellValue[], texts: string[], formats: string[]): void {
    const count = this.count;
    if (count >= this.lim.maxRows) {
      throw new InputError(
        `${this.where}：有内容的行超过 ${this.lim.maxRows.toLocaleString('en-US')} 行（上限），不予核验；请拆分花名册`,
        `${this.where}: more than ${this.lim.maxRows.toLocaleString('en-US')} rows with content (the limit); split the roster`,
      );
    }
    if (count && r <= this.rowNumbers[count - 1]) this.sorted = false;
    if (values.length > this.widest) this.widest = values.length;
    for (let c = 0; c < values.length; c++) if (values[c] !== null) this.cells++;
    // rows formatted alike (as a roster's rows are) share one array: build() copies it before changing a cell
    if (sameStrings(formats, this.lastFormats, formats.length)) formats = this.lastFormats;
    else this.lastFormats = formats;
    this.rowNumbers[count] = r;
    this.rowValues[count] = values;
    this.rowTexts[count] = texts;
    this.rowFormats[count] = formats;
    this.count = count + 1;
  }

  private drop(r: number, col: number): void {
    if (!this.dropped || r < 0) this.firstDropped ||= a1(r, col);
    this.dropped++;
  }

  /** The dense Grid (origin A1); notes on it when cells were left out. */
  build(): Grid {
    const n = this.count;
    // what reserve() made room for and no row took
    for (const list of [this.rowNumbers, this.rowValues, this.rowTexts, this.rowFormats]) list.length = n;
    const { rowNumbers, rowValues, rowTexts, rowFormats, far } = this;
    // the rows by number (a stable sort: of a row given twice, the later cells win)
    const order = this.sorted ? null : Array.from(rowNumbers.keys()).sort((a, b) => rowNumbers[a] - rowNumbers[b]);
    let width = 0;
    for (let k = 0; k < n; k++) if (rowValues[k].length > width) width = rowValues[k].length;
    let lastRow = n ? rowNumbers[order ? order[n - 1] : n - 1] : 0;
    let farWidth = width;
    for (let k = 0; k < far.length; k++) {
      if (far[k].col > farWidth) farWidth = far[k].col;
      if (far[k].r > lastRow) lastRow = far[k].r;
    }
    const budget = Math.max(CELL_BUDGET, CELLS_PER_VALUE * this.cells);
    let rowLimit = lastRow;
    let colLimit = farWidth;
    if (lastRow * farWidth > budget) {
      // bounded: the columns of the rows' dense parts; the rows up to a long run of empty ones
      colLimit = width;
      const starts = [...rowNumbers, ...far.filter((f) => f.col <= colLimit).map((f) => f.r)].sort((a, b) => a - b);
      rowLimit = starts[0] ?? 0;
      for (let k = 1; k < starts.length && starts[k] - rowLimit <= EMPTY_ROWS_GAP; k++) rowLimit = starts[k];
      if (rowLimit * colLimit > budget) {
        throw new InputError(
          `${this.where}：内容分布范围过大（${rowLimit.toLocaleString('en-US')} 行 × ${colLimit} 列，只有 ${this.cells.toLocaleString('en-US')} 个单元格有值），不予核验`,
          `${this.where}: the content spreads too far (${rowLimit} rows × ${colLimit} columns for ${this.cells} cells with values)`,
        );
      }
    }
    let values: CellValue[][] = [];
    let texts: string[][] = [];
    let formats: string[][] = [];
    const pad = (n: number): void => {
      while (values.length < n) {
        values.push([]);
        texts.push([]);
        formats.push([]);
      }
    };
    if (!order && lastRow === n && !far.length) {
      // rows 1 to n, each given once, nothing far or left out (a roster): the rows as they were given
      values = rowValues;
      texts = rowTexts;
      formats = rowFormats;
    } else {
      for (let k = 0; k < n; k++) {
        const i = order ? order[k] : k;
        const r = rowNumbers[i];
        const rv = rowValues[i];
        if (r > rowLimit) {
          for (let c = 0; c < rv.length; c++) if (rv[c] !== null) this.drop(r, c + 1);
          continue;
        }
        pad(r - 1);
        if (values.length >= r) {
          // a row given twice (out-of-order XML): the later cells win, as when they were assigned
          const vr = values[r - 1],
            tr = texts[r - 1],
            fr = (formats[r - 1] = formats[r - 1].slice());
          for (let c = 0; c < rv.length; c++) {
            if (rv[c] !== null) {
              vr[c] = rv[c];
              tr[c] = rowTexts[i][c];
              fr[c] = rowFormats[i][c];
            }
          }
          continue;
        }
        values.push(rv.length > colLimit ? rv.slice(0, colLimit) : rv);
        texts.push(rowTexts[i].length > colLimit ? rowTexts[i].slice(0, colLimit) : rowTexts[i]);
        formats.push(rowFormats[i].length > colLimit ? rowFormats[i].slice(0, colLimit) : rowFormats[i]);
      }
    }
    for (let k = 0; k < far.length; k++) {
      const f = far[k];
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
    for (let k = 0; k < values.length; k++) if (values[k].length > maxCol) maxCol = values[k].length;
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

/** Whether a[0, n) is b. */
function sameStrings(a: string[], b: string[], n: number): boolean {
  if (b.length !== n) return false;
  if (a === b) return true; // addCells hands addRow the shared array itself
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
