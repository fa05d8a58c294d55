// A training period in one cell: "2021.03.01-2021.03.20", "2021.3.1—2021.3.20", "2021.03.01至2021.03.20".
import type { CellValue, DateValue } from '../types';
import { emptyDate, formatDate, parseDate, parseDateText } from './date';

export interface PeriodValue {
  start: DateValue;
  end: DateValue;
}

/** Separators that can only mean "to": 至 到 ~ ～ — – ― ⁓ 〜 and line breaks. */
function isRangeSep(c: number): boolean {
  return (
    c === 0x81f3 ||
    c === 0x5230 ||
    c === 126 ||
    c === 0xff5e ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2015 ||
    c === 0x2053 ||
    c === 0x301c ||
    c === 10 ||
    c === 13
  );
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0xff0d || c === 0x2212;
}

/**
 * Splits a period text into its start and end texts, or null when it holds no range.
 * A hyphen is ambiguous (2021-03-01-2021-03-20): with an odd number of hyphens the middle one splits.
 */
export function splitPeriod(s: string): [string, string] | null {
  const n = s.length;
  let hyphens = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isRangeSep(c)) {
      let j = i + 1;
      while (j < n && isRangeSep(s.charCodeAt(j))) j++;
      return [s.slice(0, i).trim(), s.slice(j).trim()];
    }
    if (isHyphen(c)) hyphens++;
  }
  if (hyphens % 2 === 0) return null;
  const want = (hyphens - 1) / 2;
  for (let i = 0, h = 0; i < n; i++) {
    if (isHyphen(s.charCodeAt(i)) && h++ === want) return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
  }
  return null;
}

/**
 * Reads a period cell into start and end. When the cell holds no readable range, start carries the
 * whole text as invalid and end is empty. An end without a year (2021.03.01-03.20) takes the start's year.
 */
export function parsePeriod(value: CellValue | undefined, text?: string): PeriodValue {
  if (value === null || value === undefined || value === '') return { start: emptyDate(), end: emptyDate() };
  if (typeof value !== 'string') {
    const one = parseDate(value, text);
    return { start: { raw: one.raw, date: null, invalid: true }, end: emptyDate() };
  }
  const raw = value.trim();
  if (raw === '') return { start: emptyDate(), end: emptyDate() };
  const parts = splitPeriod(raw);
  if (!parts || parts[0] === '' || parts[1] === '')
    return { start: { raw, date: null, invalid: true }, end: emptyDate() };
  const start = parseDateText(parts[0]);
  let end = parseDateText(parts[1]);
  if (!end && start) {
    const withYear = parseDateText(`${start.y}.${parts[1]}`);
    if (withYear) end = withYear;
  }
  return {
    start: { raw: parts[0], date: start, invalid: start === null },
    end: { raw: parts[1], date: end, invalid: end === null },
  };
}

/** "2021.03.01-2021.03.20" for display. */
export function formatPeriod(p: PeriodValue): string {
  const a = p.start.date ? formatDate(p.start.date, '.') : p.start.raw;
  const b = p.end.date ? formatDate(p.end.date, '.') : p.end.raw;
  return `${a}-${b}`;
}
