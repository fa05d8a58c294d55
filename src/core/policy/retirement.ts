// Statutory retirement age (法定退休年龄) under the gradual rise decided by the NPC Standing Committee
// on 2024-09-13 (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定, in force 2025-01-01,
// see shared/DOMAIN.md and docs/rules.md):
// - men, former age 60, and women, former age 55: one month later for every four months of birth from
//   January 1965 (men) / January 1970 (women), up to 63 / 58 — born January–April 1965, a man retires
//   at 60 years and 1 month;
// - women, former age 50: one month later for every two months of birth from January 1975, up to 55.
// Ages are held in months so the steps stay exact; the appendix tables of the decision are the tests.
import type { CalDate } from '../types';

/** The groups the decision distinguishes. A roster shows a woman's sex, never her group. */
export type RetirementGroup = 'male' | 'female55' | 'female50';

export interface Schedule {
  /** former retirement age in years */
  former: number;
  /** first birth year affected (January of it) */
  fromYear: number;
  /** months of birth per month of delay */
  every: number;
  /** the final delay in months (3 or 5 years) */
  maxDelay: number;
}

export const RETIREMENT_SCHEDULES: Readonly<Record<RetirementGroup, Readonly<Schedule>>> = {
  male: { former: 60, fromYear: 1965, every: 4, maxDelay: 36 },
  female55: { former: 55, fromYear: 1970, every: 4, maxDelay: 36 },
  female50: { former: 50, fromYear: 1975, every: 2, maxDelay: 60 },
};

/** The statutory retirement age in months for someone of `group` born in year y, month m (1–12). */
export function retirementAgeMonths(group: RetirementGroup, y: number, m: number): number {
  const s = RETIREMENT_SCHEDULES[group];
  const base = s.former * 12;
  const since = (y - s.fromYear) * 12 + (m - 1);
  if (since < 0) return base;
  return base + Math.min(s.maxDelay, Math.floor(since / s.every) + 1);
}

/** Age in whole months on a date (the month is complete on the day-of-month of birth). */
export function ageInMonths(birth: CalDate, on: CalDate): number {
  let months = (on.y - birth.y) * 12 + (on.m - birth.m);
  if (on.d < birth.d) months--;
  return months;
}

/** 55岁 / 56岁2个月 — an age in months as written in the decision's tables. */
export function formatAgeMonths(months: number, locale: 'zh-CN' | 'en-US'): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (locale === 'en-US') return m ? `${y} years ${m} month${m > 1 ? 's' : ''}` : `${y} years`;
  return m ? `${y}岁${m}个月` : `${y}岁`;
}
