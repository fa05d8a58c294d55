// Text of a cell value, as a clerk would read it.
import type { CellValue } from '../types';

/**
 * Formats a number without float junk: 13800138000 stays 13800138000 (never 1.38e10),
 * 0.1 + 0.2 becomes 0.3. Integers of any size are written out in full.
 */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString();
  return String(parseFloat(v.toPrecision(15)));
}

/** The trimmed text of a cell value: '' for empty, numbers without float junk, booleans as TRUE/FALSE. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return formatNumber(value);
  return value ? 'TRUE' : 'FALSE';
}

/** True for null, undefined, '' and strings of only white space. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i++) {
    if (!isSpaceCode(value.charCodeAt(i))) return false;
  }
  return true;
}

/** White space and invisible format characters (NBSP, ideographic space, zero-width space, BOM). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

/** ASCII and full-width digits as their value; -1 for anything else. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** True for a cell showing one of Excel's error values (#REF!, #N/A, #VALUE!, #DIV/0! …). */
export function isExcelError(value: CellValue | undefined): boolean {
  return (
    typeof value === 'string' && value.length <= 14 && value.charCodeAt(0) === 35 && EXCEL_ERROR.test(value.trim())
  );
}
