// Reading and writing cell values the way Excel does: '' clears, null in an input array leaves the cell,
// strings that look like numbers become numbers and '=…' becomes a formula unless the cell is formatted as text.
import { MAX_COLS } from './address';
import { RichApiError } from './errors';
import type { CellState, RangeRef } from './model';
import { displayText, type Scalar } from './text';

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function evalFormula(f: string): Scalar {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(f.trim());
  if (m) return (m[2] ?? m[1]).replace(/""/g, '"');
  return '#NAME?';
}

export function writeValue(cell: CellState, v: unknown): void {
  if (v === null || v === undefined) return;
  delete cell.formula;
  if (v === '') {
    cell.value = null;
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string')
    throw new RichApiError('InvalidArgument', 'A cell value must be a string, number or boolean');
  if (v.length > 32767) throw new RichApiError('InvalidArgument', 'A cell holds at most 32,767 characters');
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (v.startsWith('=') && v.length > 1) {
    cell.formula = v;
    cell.value = evalFormula(v);
    return;
  }
  if (NUMERIC.test(v.trim())) {
    cell.value = Number(v);
    return;
  }
  cell.value = v;
}

export function writeFormula(cell: CellState, v: unknown): void {
  if (typeof v === 'string' && v.startsWith('=')) {
    cell.formula = v;
    cell.value = evalFormula(v);
  } else writeValue(cell, v);
}

/** checks that a 2-D input is the size of the range (a single value is applied to every cell) */
export function checkInput(input: unknown, rows: number, cols: number): void {
  if (!Array.isArray(input)) return;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new RichApiError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
}

export function inputAt(input: unknown, r: number, c: number): unknown {
  return Array.isArray(input) ? (input[r] as unknown[])[c] : input;
}

export function forEachCell(ref: RangeRef, f: (row: number, col: number, r: number, c: number) => void): void {
  const { row, col, rows, cols } = ref.rect;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) f(row + r, col + c, r, c);
}

/** the cells of the range that exist in the model (fast for whole-sheet or whole-column ranges) */
export function forEachExisting(ref: RangeRef, f: (row: number, col: number) => void): void {
  const { row, col, rows, cols } = ref.rect;
  if (rows * cols <= ref.sheet.cells.size) return forEachCell(ref, (r, c) => f(r, c));
  for (const k of [...ref.sheet.cells.keys()]) {
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    if (r >= row && r < row + rows && c >= col && c < col + cols) f(r, c);
  }
}

export function readGrid<T>(ref: RangeRef, f: (cell: CellState | undefined) => T): T[][] {
  const out: T[][] = [];
  const { row, col, rows, cols } = ref.rect;
  for (let r = 0; r < rows; r++) {
    const line: T[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = f(ref.sheet.get(row + r, col + c));
    out.push(line);
  }
  return out;
}

export const readers: Record<string, (cell: CellState | undefined) => unknown> = {
  values: (cell) => cell?.value ?? '',
  text: (cell) => (cell ? displayText(cell.value, cell.numberFormat) : ''),
  numberFormat: (cell) => cell?.numberFormat ?? 'General',
  formulas: (cell) => cell?.formula ?? cell?.value ?? '',
  valueTypes: (cell) => {
    const v = cell?.value;
    if (v === null || v === undefined || v === '') return 'Empty';
    return typeof v === 'number'
      ? 'Double'
      : typeof v === 'boolean'
        ? 'Boolean'
        : v.startsWith('#')
          ? 'Error'
          : 'String';
  },
};
