// Class hours: a number, or text such as "80课时", "80 学时", "80h".
import type { CellValue } from '../types';

const HOURS_TEXT = /^(\d+(?:\.\d+)?)(?:个?课时|学时|小时|h|H)?$/;
const SPACES = /\s+/g;
const NON_ASCII_DIGIT = /[０-９．]/;

/** Class hours: null for an empty cell, NaN for anything unreadable or negative. */
export function parseHours(value: CellValue | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : NaN;
  if (typeof value === 'boolean') return NaN;
  let s = value.replace(SPACES, '');
  if (s === '') return null;
  if (NON_ASCII_DIGIT.test(s)) s = s.normalize('NFKC');
  const m = HOURS_TEXT.exec(s);
  return m ? parseFloat(m[1]) : NaN;
}
