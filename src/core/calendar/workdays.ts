// Chinese working days: weekends, official public holidays and make-up working days (调休), from the
// maintained `chinese-days` library (State Council holiday notices, 2004 onward).
//
// Convention for a notice period (公示期) of n working days starting on `start`: if `start` is a working
// day it is day 1; otherwise the first working day after it is day 1. The period ends on day n.
//
// Library boundary: the library parses 'YYYY-MM-DD' as UTC midnight but reads it back with local-time
// getters, which shifts the day by one in time zones west of UTC. 'YYYY/MM/DD' is parsed and read back in
// local time, so the day survives in every zone; each answer's echoed date is checked against the
// question all the same. No Date object is built here: dates are CalDate and strings.
import type { CalDate } from '../types';
import { civilFromDays, daysFromCivil, formatDate } from '../values';

export interface DayInfo {
  date: CalDate;
  work: boolean;
  /** the holiday or make-up day (e.g. 国庆节), or '' for an ordinary weekday or weekend */
  holiday: string;
}

let library: typeof import('./holidays') | undefined;

/** Asks the library about one day (required on the first question: see holidays.ts). */
export function dayInfo(d: CalDate): DayInfo {
  const iso = formatDate(d, '-');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  library ??= require('./holidays') as typeof import('./holidays');
  const detail = library.getDayDetail(formatDate(d, '/'));
  if (detail.date !== iso) throw new Error(`chinese-days answered for ${detail.date} when asked about ${iso}`);
  const parts = detail.name.split(',');
  return { date: d, work: detail.work, holiday: parts.length >= 2 ? parts[1] : '' };
}

/** True on a Chinese working day: a weekday that is not a public holiday, or a make-up working day. */
export function isWorkingDay(d: CalDate): boolean {
  return dayInfo(d).work;
}

/** The day n calendar days after d (n may be negative). */
export function addDays(d: CalDate, n: number): CalDate {
  return civilFromDays(daysFromCivil(d) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: CalDate): number {
  return (((daysFromCivil(d) + 4) % 7) + 7) % 7;
}

/** d itself when it is a working day, else the next working day. */
export function firstWorkingDayFrom(d: CalDate): CalDate {
  let day = d;
  for (let i = 0; i < 60 && !isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

/**
 * The last day of a period of n working days starting on `start` (see the convention above):
 * addWorkingDays(2025-09-29, 3) → 2025-10-09 (国庆 and 中秋 2025-10-01…08 skipped).
 */
export function addWorkingDays(start: CalDate, n: number): CalDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer: ${n}`);
  let day = firstWorkingDayFrom(start);
  for (let counted = 1; counted < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted++;
  }
  return day;
}

/** Working days from a to b, both included (0 when b is before a). */
export function countWorkingDays(a: CalDate, b: CalDate): number {
  let n = 0;
  for (let x = daysFromCivil(a), end = daysFromCivil(b); x <= end; x++) if (isWorkingDay(civilFromDays(x))) n++;
  return n;
}

/**
 * True when the library knows the official holidays of the year. New Year's Day is a holiday every year,
 * so a working 1 January means the year's holiday notice is not in the data yet (dates are then only
 * weekday-based and must be checked by hand).
 */
export function hasHolidayData(year: number): boolean {
  return !dayInfo({ y: year, m: 1, d: 1 }).work;
}
