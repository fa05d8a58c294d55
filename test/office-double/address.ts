// A1 addresses for the double: 'A1', 'B2:D9', "'Sheet 1'!A1:B2", 'A:B', '3:5'. All results are 0-based.
import { colLetter, colNumber } from '../../src/core/a1';
import { RichApiError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

function invalid(address: string): RichApiError {
  return new RichApiError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format: '${address}'`,
  );
}

function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(s: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const corner: Corner = {};
  if (m[1]) {
    const c = colNumber(m[1]);
    if (c < 1 || c > MAX_COLS) return null;
    corner.col = c - 1;
  }
  if (m[2]) {
    const r = Number(m[2]);
    if (r < 1 || r > MAX_ROWS) return null;
    corner.row = r - 1;
  }
  return corner;
}

/** Parses one area (no commas). Whole columns and rows are allowed. */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, ref } = splitSheet(address.trim());
  const parts = ref.split(':');
  if (parts.length > 2) throw invalid(address);
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) throw invalid(address);
  const wholeCols = a.row === undefined && b.row === undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  if (
    !wholeCols &&
    !wholeRows &&
    (a.row === undefined || a.col === undefined || b.row === undefined || b.col === undefined)
  ) {
    throw invalid(address);
  }
  if (parts.length === 1 && (wholeCols || wholeRows)) throw invalid(address);
  const r0 = wholeCols ? 0 : Math.min(a.row!, b.row!);
  const r1 = wholeCols ? MAX_ROWS - 1 : Math.max(a.row!, b.row!);
  const c0 = wholeRows ? 0 : Math.min(a.col!, b.col!);
  const c1 = wholeRows ? MAX_COLS - 1 : Math.max(a.col!, b.col!);
  return { sheet, rect: { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } };
}

/** Parses a comma-separated list of areas, as Worksheet.getRanges takes. */
export function parseAreas(address: string): ParsedAddress[] {
  const list = address.split(',').map((s) => s.trim());
  if (!list.length || list.some((s) => !s)) throw invalid(address);
  return list.map(parseAddress);
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellRef(row: number, col: number): string {
  return `${colLetter(col + 1)}${row + 1}`;
}

export function rectRef(rect: Rect): string {
  const first = cellRef(rect.row, rect.col);
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${cellRef(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

/** The address Excel reports: sheet-qualified, e.g. Sheet1!A1:B2 or 'My sheet'!C3. */
export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectRef(rect)}`;
}
