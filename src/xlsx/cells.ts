// ExcelJS cell values → the core's CellValue, and the text Excel would display for them.
import type { CellValue } from '../core';

const MS_PER_DAY = 86400000;

/** A JS Date (ExcelJS gives UTC midnight for date-only cells) → 1900-system serial, in UTC, never local time. */
export function dateToSerial(d: Date): number {
  return msToSerial(d.getTime());
}

function msToSerial(ms: number): number {
  const serial = ms / MS_PER_DAY + 25569;
  // keep a time of day when there is one, but do not let float noise show up as one
  return Math.round(serial * 1e6) / 1e6;
}

/** The time (UTC ms) ExcelJS gives a stored serial of a date cell: whole milliseconds, 1904 system moved. */
export function serialMs(stored: number, date1904: boolean): number {
  return Math.round((stored - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY);
}

/**
 * A date cell's stored serial as the grid keeps it: as ExcelJS reads it (a Date, serialMs), then back to a
 * serial as dateToSerial does, without building the Date; null when no Date can hold it.
 */
export function dateCellSerial(stored: number, date1904: boolean): number | null {
  // a whole day of the 1900 system comes back as it was: (stored − 25569) × 86,400,000, its quotient by the
  // same, and × 1e6 are exact integers below 2^53 within a Date's range (|ms| ≤ 8.64e15), so the roundings
  // change nothing (−0 comes back +0)
  if (!date1904 && Number.isInteger(stored) && Math.abs(stored - 25569) <= 1e8) return stored === 0 ? 0 : stored;
  const ms = serialMs(stored, date1904);
  return Math.abs(ms) <= 8.64e15 ? msToSerial(ms) : null;
}

/** 1900-system serial → yyyy-mm-dd (UTC arithmetic). */
export function serialToIso(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * MS_PER_DAY));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

interface RichTextRun {
  text?: string;
}

function richText(runs: unknown): string {
  return Array.isArray(runs) ? (runs as RichTextRun[]).map((r) => r?.text ?? '').join('') : '';
}

/**
 * The value a cell counts by: formula cells by their result, rich text joined, hyperlinks by their
 * text, errors as their text (#N/A), dates as serial numbers.
 */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('richText' in o) return richText(o.richText);
    if ('formula' in o || 'sharedFormula' in o) return toCellValue(o.result);
    if ('error' in o) return String(o.error);
    if ('hyperlink' in o || 'text' in o) {
      const t = o.text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in (t as object))
        return richText((t as { richText: unknown }).richText);
      return t == null ? null : String(t);
    }
  }
  return String(v);
}

function isDateFormat(fmt: string): boolean {
  // strip quoted text, escapes and colours before looking for date tokens
  const f = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ymd]/i.test(f) && !/^[#0.,%]+$/.test(f);
}

/** Excel's General format: at most 11 characters, scientific beyond that (410102199003071230 → 4.10102E+17). */
export function generalText(n: number): string {
  // an integer of up to 11 digits is shown in full, as below (String gives no exponent below 1e21; a
  // negative one of 11 digits, 12 characters, is what the rounding to fit gives)
  if (Number.isInteger(n) && n > -1e11 && n < 1e11) return String(n);
  if (!Number.isFinite(n)) return String(n);
  const plain = String(n);
  if (plain.length <= 11 && !/e/i.test(plain)) return plain;
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e11) {
    // a long fraction: round to fit 11 characters
    const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
    const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
    return String(Number(n.toFixed(decimals)));
  }
  const exp = n.toExponential(5); // 4.10102e+17
  const m = /^(-?\d(?:\.\d+)?)e([+-])(\d+)$/.exec(exp);
  if (!m) return plain;
  const mantissa = m[1].includes('.') ? m[1].replace(/0+$/, '').replace(/\.$/, '') : m[1];
  return `${mantissa}E${m[2]}${m[3].padStart(2, '0')}`;
}

/** An integer as Excel shows it with a '0' format: 15 significant digits, then zeros. */
function integerText(n: number): string {
  if (Math.abs(n) < 1e15) return String(Math.round(n));
  const [mant, exp] = n.toPrecision(15).split('e');
  const digits = mant.replace('.', '').replace('-', '');
  const e = Number(exp);
  return (n < 0 ? '-' : '') + digits.padEnd(e + 1, '0');
}

/** The text a cell shows, close enough to Excel's for the core to see a damaged ID or a date. */
export function displayText(raw: unknown, value: CellValue, numFmt: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const inner =
    raw && typeof raw === 'object' && !(raw instanceof Date) && 'result' in (raw as object)
      ? (raw as { result: unknown }).result
      : raw;
  const fmt = numFmt.trim();
  if (inner instanceof Date || (fmt && isDateFormat(fmt))) return serialToIso(value);
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') return generalText(value);
  const fixed = /0\.(0+)/.exec(fmt);
  if (fixed) return value.toFixed(fixed[1].length);
  if (/^[#,]*0$/.test(fmt.replace(/[,]/g, ''))) return integerText(value);
  return generalText(value);
}
