// Money: yuan as typed by a clerk → integer fen.
import type { CellValue } from '../types';

/** Currency marks, thousands separators, units and spaces that may surround an amount. */
const AMOUNT_NOISE = /[\s,，￥¥]|元\/人|\/人|元整|元|人民币|RMB|CNY/gi;
const AMOUNT_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const NON_ASCII = /[\u0080-\uffff]/;

/** Yuan as a number → fen, rounding half away from zero at the third decimal without float junk. */
export function yuanNumberToFen(v: number): number {
  if (!Number.isFinite(v)) return NaN;
  const a = Math.abs(v) * 100;
  let f = Math.round(a);
  // 1500.005 * 100 = 150000.49999999997: settle near-halves on the decimal digits
  if (Math.abs(a - f) > 0.49999) f = Math.round(parseFloat(a.toPrecision(12)));
  return v < 0 ? -f : f;
}

/**
 * A money cell in yuan → integer fen: 1500, 1500.5, "1,500.00", "1500元", "￥1500", full-width digits.
 * null for an empty cell, NaN for anything unreadable.
 */
export function parseYuanToFen(value: CellValue | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return yuanNumberToFen(value);
  if (typeof value === 'boolean') return NaN;
  let s = value.replace(AMOUNT_NOISE, '');
  if (s === '') return value.trim() === '' ? null : NaN;
  if (NON_ASCII.test(s)) s = s.normalize('NFKC').replace(AMOUNT_NOISE, '');
  const m = AMOUNT_TEXT.exec(s);
  if (!m || (m[2] === '' && !m[3])) return NaN;
  const dec = m[3] ?? '';
  let fen = (m[2] === '' ? 0 : parseInt(m[2], 10)) * 100;
  fen += dec.length === 0 ? 0 : dec.length === 1 ? (dec.charCodeAt(0) - 48) * 10 : parseInt(dec.slice(0, 2), 10);
  if (dec.length > 2 && dec.charCodeAt(2) >= 53) fen += 1;
  if (!Number.isSafeInteger(fen)) return NaN;
  return m[1] === '-' ? -fen : fen;
}

/** Fen → yuan with two decimals: 150050 → "1500.50", -5 → "-0.05". */
export function formatFen(fen: number): string {
  if (!Number.isFinite(fen)) return String(fen);
  const a = Math.abs(Math.round(fen));
  const c = a % 100;
  return `${fen < 0 && a > 0 ? '-' : ''}${Math.floor(a / 100)}.${c < 10 ? '0' : ''}${c}`;
}
