// Calendar dates: Excel 1900-system serials and the text forms clerks type. Integer arithmetic only,
// never a Date object, so no time zone can shift a day.
import type { CalDate, CellValue, DateValue } from '../types';
import { digitValue, isSpaceCode } from './text';

/** Serial of 1970-01-01 in Excel's 1900 date system. */
const SERIAL_1970 = 25569;
/** Largest serial Excel accepts (9999-12-31). */
const SERIAL_MAX = 2958465;
/** What may follow a date: a time of day ("00:00:00", "8:30", "T00:00:00.000Z"). */
const TIME_TAIL = /^[T\s]*\d{1,2}:\d{1,2}(:\d{1,2}(\.\d+)?)?\s*(Z|[AP]M)?\s*$/i;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** True for a real calendar day in the years 1900–9999. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1900 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function daysFromCivil(d: CalDate): number {
  const y = d.m <= 2 ? d.y - 1 : d.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = d.m > 2 ? d.m - 3 : d.m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day count since 1970-01-01 (civil_from_days). */
export function civilFromDays(days: number): CalDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * An Excel serial (1900 system) as a calendar date; the time of day (fraction) is ignored.
 * Serial 1 = 1900-01-01; 60 is Excel's fake 1900-02-29 and gives null, as do serials out of range.
 */
export function serialToDate(serial: number): CalDate | null {
  if (!Number.isFinite(serial)) return null;
  const s = Math.floor(serial);
  if (s < 1 || s > SERIAL_MAX || s === 60) return null;
  // Before the fake leap day serials are one day "ahead".
  return civilFromDays(s < 60 ? s - SERIAL_1970 + 1 : s - SERIAL_1970);
}

/** The Excel serial (1900 system) of a calendar date. */
export function dateToSerial(d: CalDate): number {
  const s = daysFromCivil(d) + SERIAL_1970;
  return s < 61 ? s - 1 : s;
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDates(a: CalDate, b: CalDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** 2021-03-01 (or with another separator: formatDate(d, '.') → 2021.03.01). */
export function formatDate(d: CalDate, sep = '-'): string {
  return `${d.y}${sep}${pad2(d.m)}${sep}${pad2(d.d)}`;
}

function isDateSep(c: number): boolean {
  // . / - 年 月 日 号 。 ． ／ － 、
  return (
    c === 46 ||
    c === 47 ||
    c === 45 ||
    c === 0x5e74 ||
    c === 0x6708 ||
    c === 0x65e5 ||
    c === 0x53f7 ||
    c === 0x3002 ||
    c === 0xff0e ||
    c === 0xff0f ||
    c === 0xff0d ||
    c === 0x3001
  );
}

/**
 * Reads a date typed as text: 2021.3.1, 2021/03/01, 2021-03-01, 2021年3月1日, 20210301, with full-width
 * digits and a trailing time of day allowed. Year first, four digits. Null when it is not a real date.
 */
export function parseDateText(s: string): CalDate | null {
  const n = s.length;
  let g0 = 0,
    g1 = 0,
    g2 = 0;
  let l0 = 0,
    l1 = 0,
    l2 = 0;
  let k = 0; // index of the group being read
  let cur = 0,
    len = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const dv = digitValue(c);
    if (dv >= 0) {
      if (len === 0 && k === 3) break; // a fourth number: the time of day
      if (++len > 8) return null;
      cur = cur * 10 + dv;
      continue;
    }
    if (isDateSep(c) || isSpaceCode(c)) {
      if (len > 0) {
        if (k === 0) {
          g0 = cur;
          l0 = len;
        } else if (k === 1) {
          g1 = cur;
          l1 = len;
        } else {
          g2 = cur;
          l2 = len;
        }
        k++;
        cur = 0;
        len = 0;
      }
      continue;
    }
    if (k === 2 && len > 0) {
      g2 = cur;
      l2 = len;
      k = 3;
      len = 0;
    }
    break;
  }
  if (len > 0) {
    if (k === 0) {
      g0 = cur;
      l0 = len;
    } else if (k === 1) {
      g1 = cur;
      l1 = len;
    } else if (k === 2) {
      g2 = cur;
      l2 = len;
    }
    k++;
  }
  if (i < n && !(k === 3 && TIME_TAIL.test(s.slice(i)))) return null;
  if (k === 1 && l0 === 8) {
    g2 = g0 % 100;
    g1 = Math.floor(g0 / 100) % 100;
    g0 = Math.floor(g0 / 10000);
  } else if (k !== 3 || l0 !== 4 || l1 > 2 || l2 > 2) {
    return null;
  }
  return isValidDate(g0, g1, g2) ? { y: g0, m: g1, d: g2 } : null;
}

const EMPTY_DATE: DateValue = Object.freeze({ raw: '', date: null, invalid: false }) as DateValue;

/** An empty date value (shared, frozen). */
export function emptyDate(): DateValue {
  return EMPTY_DATE;
}

/**
 * A date cell: an Excel serial, an 8-digit number 20210301, or text (see parseDateText).
 * text is the cell's displayed text, used as `raw` when given.
 */
export function parseDate(value: CellValue | undefined, text?: string): DateValue {
  if (value === null || value === undefined || value === '') return EMPTY_DATE;
  if (typeof value === 'number') {
    let date: CalDate | null;
    if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) {
      const y = Math.floor(value / 10000),
        m = Math.floor(value / 100) % 100,
        d = value % 100;
      date = isValidDate(y, m, d) ? { y, m, d } : null;
    } else {
      date = serialToDate(value);
    }
    const shown = text ? text.trim() : '';
    return { raw: shown || (date ? formatDate(date) : String(value)), date, invalid: date === null };
  }
  if (typeof value === 'boolean') return { raw: value ? 'TRUE' : 'FALSE', date: null, invalid: true };
  const raw = value.trim();
  if (raw === '') return EMPTY_DATE;
  const date = parseDateText(raw);
  return { raw, date, invalid: date === null };
}
