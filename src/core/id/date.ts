// Calendar arithmetic on CalDate: no Date objects, no time zones.
import type { CalDate } from '../types';

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m];
}

/** True when y-m-d is a real Gregorian calendar date (19870230 is not). */
export function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: CalDate, b: CalDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * Age in full years (周岁) on the given day: the birthday itself counts. Someone born on 29 February
 * turns a year older on 1 March in common years.
 */
export function ageOn(birth: CalDate, on: CalDate): number {
  let age = on.y - birth.y;
  if (on.m < birth.m || (on.m === birth.m && on.d < birth.d)) age--;
  return age;
}

/** YYYYMMDD, zero-padded. */
export function formatDigits(c: CalDate): string {
  return String(c.y).padStart(4, '0') + String(c.m).padStart(2, '0') + String(c.d).padStart(2, '0');
}

/** YYYY-MM-DD, zero-padded. */
export function formatIso(c: CalDate): string {
  return `${String(c.y).padStart(4, '0')}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
}
