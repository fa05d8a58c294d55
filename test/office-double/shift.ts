// Moving cells the way Excel does when rows are inserted or deleted and when a range is sorted. A cell's
// whole state (value, number format, fill, font, note, link) is one CellState in the model, so it travels
// with the cell, as it does in Excel. That a note is the cell's and goes where the cell goes is how the file
// format keeps it: ECMA-376 Part 1, 18.7.3 comment, `ref` "the A1 style reference to the cell that the
// comment is associated with. May only reference a single cell, not a range of cells, since comments are
// on a per cell basis", and the note's box is drawn with <x:MoveWithCells/> (Annex L.5.5.2, the VML Excel
// writes for a note). Office.js's Note (ExcelApi 1.18) says nothing of moves; the Range.insert/delete
// remarks below say the other cells are shifted, and a note is one of a cell's properties.
// - Range.insert (ExcelApi 1.1): "Inserts a cell or a range of cells into the worksheet in place of this
//   range, and shifts the other cells to make space." (@types/office-js, Range.insert)
// - Range.delete (ExcelApi 1.1): "Deletes the cells associated with the range." with shift Up or Left.
// - Range.insert(shift: Excel.InsertShiftDirection | "Down" | "Right") and Range.delete(shift:
//   Excel.DeleteShiftDirection | "Up" | "Left"), both values of each enum "[Api set: ExcelApi 1.1]"
//   (@types/office-js): a column inserted or deleted (shift Right/Left) moves the cells right of it, in its
//   rows, with their values, formats, notes and comments, as rows do downwards.
// - Range.sort / RangeSort.apply (ExcelApi 1.2): "Performs a sort operation." on the rows of the range.
// Merged areas below the change move with it; an area cut by the change is not modelled (refused).
import { MAX_COLS, type Rect } from './address';
import { RichApiError } from './errors';
import { checkWritable, type CellState, type SheetModel } from './model';

function within(col: number, rect: Rect): boolean {
  return col >= rect.col && col < rect.col + rect.cols;
}

/** pick gives a cell's new row (or with byColumn its new column), null to stay, 'drop' to delete it */
function moveCells(
  sheet: SheetModel,
  pick: (row: number, col: number) => number | null | 'drop',
  byColumn = false,
): void {
  const moved: [number, CellState][] = [];
  for (const [k, cell] of [...sheet.cells]) {
    const row = Math.floor(k / MAX_COLS);
    const col = k % MAX_COLS;
    const to = pick(row, col);
    if (to === null) continue;
    sheet.cells.delete(k);
    if (to !== 'drop') moved.push([byColumn ? row * MAX_COLS + to : to * MAX_COLS + col, cell]);
  }
  for (const [k, cell] of moved) sheet.cells.set(k, cell);
}

function checkMerges(sheet: SheetModel, rect: Rect): void {
  for (const m of sheet.merges) {
    const crossesTop = m.row < rect.row && m.row + m.rows > rect.row;
    if (crossesTop && m.col < rect.col + rect.cols && m.col + m.cols > rect.col) {
      throw new RichApiError('InvalidOperation', "This operation can't be done on part of a merged cell.");
    }
  }
}

/** shift 'Down': the cells at and below the range, in its columns, move down by its height */
export function insertDown(sheet: SheetModel, rect: Rect): void {
  checkWritable(sheet);
  checkMerges(sheet, rect);
  moveCells(sheet, (row, col) => (row >= rect.row && within(col, rect) ? row + rect.rows : null));
  for (const m of sheet.merges) if (m.row >= rect.row && within(m.col, rect)) m.row += rect.rows;
}

/** shift 'Up': the range's cells go, the cells below it in its columns move up by its height */
export function deleteUp(sheet: SheetModel, rect: Rect): void {
  checkWritable(sheet);
  checkMerges(sheet, rect);
  moveCells(sheet, (row, col) => {
    if (!within(col, rect) || row < rect.row) return null;
    return row < rect.row + rect.rows ? 'drop' : row - rect.rows;
  });
  sheet.merges = sheet.merges.filter(
    (m) => !(within(m.col, rect) && m.row >= rect.row && m.row < rect.row + rect.rows),
  );
  for (const m of sheet.merges) if (m.row >= rect.row + rect.rows && within(m.col, rect)) m.row -= rect.rows;
}

function inRows(row: number, rect: Rect): boolean {
  return row >= rect.row && row < rect.row + rect.rows;
}

function checkColumnMerges(sheet: SheetModel, rect: Rect): void {
  for (const m of sheet.merges) {
    const crossesLeft = m.col < rect.col && m.col + m.cols > rect.col;
    if (crossesLeft && m.row < rect.row + rect.rows && m.row + m.rows > rect.row) {
      throw new RichApiError('InvalidOperation', "This operation can't be done on part of a merged cell.");
    }
  }
}

/** shift 'Right': the cells at and right of the range, in its rows, move right by its width */
export function insertRight(sheet: SheetModel, rect: Rect): void {
  checkWritable(sheet);
  checkColumnMerges(sheet, rect);
  moveCells(sheet, (row, col) => (col >= rect.col && inRows(row, rect) ? col + rect.cols : null), true);
  for (const m of sheet.merges) if (m.col >= rect.col && inRows(m.row, rect)) m.col += rect.cols;
}

/** shift 'Left': the range's cells go, the cells right of it in its rows move left by its width */
export function deleteLeft(sheet: SheetModel, rect: Rect): void {
  checkWritable(sheet);
  checkColumnMerges(sheet, rect);
  moveCells(
    sheet,
    (row, col) => {
      if (!inRows(row, rect) || col < rect.col) return null;
      return col < rect.col + rect.cols ? 'drop' : col - rect.cols;
    },
    true,
  );
  sheet.merges = sheet.merges.filter(
    (m) => !(inRows(m.row, rect) && m.col >= rect.col && m.col < rect.col + rect.cols),
  );
  for (const m of sheet.merges) if (m.col >= rect.col + rect.cols && inRows(m.row, rect)) m.col -= rect.cols;
}

export interface SortField {
  /** column offset within the range */
  key: number;
  ascending?: boolean;
}

function compare(a: CellState | undefined, b: CellState | undefined): number {
  const va = a?.value ?? null;
  const vb = b?.value ?? null;
  // blanks last, numbers before text, then text by code point (Excel's order without locale collation)
  if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
  if (typeof va === 'number' && typeof vb === 'number') return va - vb;
  if (typeof va === 'number') return -1;
  if (typeof vb === 'number') return 1;
  return String(va) < String(vb) ? -1 : String(va) > String(vb) ? 1 : 0;
}

/** sorts the rows of the range by the fields (stable); whole cells move, within the range's columns */
export function sortRows(sheet: SheetModel, rect: Rect, fields: SortField[], hasHeaders: boolean): void {
  checkWritable(sheet);
  const first = rect.row + (hasHeaders ? 1 : 0);
  const rows: { cells: (CellState | undefined)[] }[] = [];
  for (let r = first; r < rect.row + rect.rows; r++) {
    const cells: (CellState | undefined)[] = [];
    for (let c = rect.col; c < rect.col + rect.cols; c++) cells.push(sheet.get(r, c));
    rows.push({ cells });
  }
  rows.sort((a, b) => {
    for (const f of fields) {
      const blankA = (a.cells[f.key]?.value ?? null) === null;
      const blankB = (b.cells[f.key]?.value ?? null) === null;
      if (blankA || blankB) {
        if (blankA !== blankB) return blankA ? 1 : -1;
        continue;
      }
      const d = compare(a.cells[f.key], b.cells[f.key]);
      if (d) return f.ascending === false ? -d : d;
    }
    return 0;
  });
  rows.forEach((line, i) =>
    line.cells.forEach((cell, j) => {
      const k = (first + i) * MAX_COLS + rect.col + j;
      if (cell) sheet.cells.set(k, cell);
      else sheet.cells.delete(k);
    }),
  );
}
