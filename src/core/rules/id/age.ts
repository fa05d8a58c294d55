// id.age: outside the working age (法定劳动年龄) at training start (or end, when no start): the policy's
// fixed range, or 16 up to the statutory retirement age by sex and birth month (policy/retirement.ts).
// A woman's former retirement age (50 for workers, 55 for cadres) is not on the roster: past the cadre
// bound is an error, between the two bounds a warning that says which it depends on.
import { NO_AGE } from '../../facts';
import { text } from '../../i18n';
import { formatIso } from '../../id';
import { formatAgeMonths, RETIREMENT_SCHEDULES } from '../../policy/retirement';
import type { Finding, Locale } from '../../types';
import { findingAt, type Rule } from '../rule';
import { ageCheck, SEX_F, SEX_M } from './shared';

type P = {
  /** range: the policy's fixed range; young/retired/depends: the statutory working age */
  kind: 'range' | 'young' | 'retired' | 'depends';
  age: number;
  min: number;
  max: number;
  date: string;
  basis: 'start' | 'end';
  femaleMax: 0 | 1;
  /** statutory upper bound: sex (1 woman), birth year and month, age and retirement age(s) in months */
  female?: 0 | 1;
  birthY?: number;
  birthM?: number;
  ageMonths?: number;
  retire?: number;
  retireAlt?: number;
};

/**
 * The youngest statutory retirement age in whole years by sex: a man's former age (60), a woman's
 * youngest former age (50, workers); below it no one is past working age. Without a readable sex
 * ageCheck cannot tell an upper bound at all, so anyone old enough passes.
 */
function youngestRetirement(sex: number): number {
  if (sex === SEX_M) return RETIREMENT_SCHEDULES.male.former;
  if (sex === SEX_F) return Math.min(RETIREMENT_SCHEDULES.female50.former, RETIREMENT_SCHEDULES.female55.former);
  return Infinity;
}

function statutoryMessage(p: P, locale: Locale, on: string): string {
  const female = p.female === 1;
  const age = formatAgeMonths(p.ageMonths ?? 0, locale);
  const retire = formatAgeMonths(p.retire ?? 0, locale);
  const bornZh = `${p.birthY}年${p.birthM}月出生的${female ? '女性' : '男性'}`;
  const bornEn = `Born in ${p.birthY}-${String(p.birthM).padStart(2, '0')}, ${female ? 'a woman' : 'a man'}`;
  if (p.kind === 'depends') {
    const alt = formatAgeMonths(p.retireAlt ?? 0, locale);
    return text(locale, {
      zh:
        `${bornZh}，法定退休年龄为${retire}（原50周岁退休的女职工）或${alt}（原55周岁退休的女干部）；${on}已${age}：` +
        '若为女职工则已超出法定劳动年龄，若为女干部则未超出，请核实其原法定退休年龄',
      en:
        `${bornEn} retires at ${retire} (women workers, former age 50) or ${alt} (women cadres, former age 55); ` +
        `${on} aged ${age}: past working age if a worker, within it if a cadre — check which applies`,
    });
  }
  return text(locale, {
    zh: `${bornZh}，法定退休年龄为${retire}；${on}已${age}，超出法定劳动年龄`,
    en: `${bornEn} reaches the statutory retirement age of ${retire}; ${on} aged ${age}, past working age`,
  });
}

export const idAge: Rule<P> = {
  code: 'id.age',
  severity: 'error',
  title: { 'zh-CN': '年龄超出范围', 'en-US': 'Age out of range' },
  message(p, locale) {
    const fromEnd = p.basis === 'end';
    if (p.kind === 'retired' || p.kind === 'depends') {
      const on = text(locale, {
        zh: `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计`,
        en: `on the training ${fromEnd ? 'end' : 'start'} date ${p.date}`,
      });
      return statutoryMessage(p, locale, on);
    }
    if (p.kind === 'young') {
      return text(locale, {
        zh: `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计，年龄 ${p.age} 周岁，未满法定劳动年龄 ${p.min} 周岁`,
        en: `Aged ${p.age} on the training ${fromEnd ? 'end' : 'start'} date ${p.date}; under the working age of ${p.min}`,
      });
    }
    const female = p.femaleMax === 1;
    return text(locale, {
      zh:
        `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计，年龄 ${p.age} 周岁，` +
        `不在 ${p.min}–${p.max} 周岁${female ? '（女性）' : ''}范围内`,
      en:
        `Aged ${p.age} on the training ${fromEnd ? 'end' : 'start'} date ${p.date}; ` +
        `outside the range ${p.min}–${p.max}${female ? ' (women)' : ''}`,
    });
  },
  examples: [
    { kind: 'range', age: 15, min: 16, max: 60, date: '2021-03-01', basis: 'start', femaleMax: 0 },
    { kind: 'range', age: 51, min: 16, max: 50, date: '2021-03-20', basis: 'end', femaleMax: 1 },
    { kind: 'young', age: 15, min: 16, max: 0, date: '2025-03-01', basis: 'start', femaleMax: 0 },
    {
      kind: 'retired',
      age: 62,
      min: 16,
      max: 0,
      date: '2022-08-01',
      basis: 'start',
      femaleMax: 0,
      female: 0,
      birthY: 1960,
      birthM: 5,
      ageMonths: 747,
      retire: 720,
    },
    {
      kind: 'depends',
      age: 52,
      min: 16,
      max: 0,
      date: '2024-06-01',
      basis: 'start',
      femaleMax: 0,
      female: 1,
      birthY: 1972,
      birthM: 3,
      ageMonths: 627,
      retire: 600,
      retireAlt: 667,
    },
  ],
  run(ctx) {
    // ages and sexes from the check's facts: no ParsedId, and no AgeResult unless possibly out of range
    const {
      ages,
      ids: { sexes },
    } = ctx.facts;
    const w = ctx.policy.workingAge;
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      const age = ages[i];
      if (age === NO_AGE) return;
      if (
        w.kind === 'range' &&
        age >= w.min &&
        age <= (sexes[i] === SEX_F && w.maxFemale !== undefined ? w.maxFemale : w.max)
      )
        return;
      if (w.kind === 'statutory' && age >= w.min && age < youngestRetirement(sexes[i])) return;
      const a = ageCheck(ctx, i);
      if (!a || a.ok) return;
      const params: P = {
        kind: a.kind,
        age: a.age,
        min: a.min,
        max: a.max,
        date: formatIso(a.on),
        basis: a.basis,
        femaleMax: a.femaleMax ? 1 : 0,
      };
      if (a.ageMonths !== undefined) {
        Object.assign(params, {
          female: sexes[i] === SEX_F ? 1 : 0,
          birthY: a.birthY,
          birthM: a.birthM,
          ageMonths: a.ageMonths,
          retire: a.retire,
        });
        if (a.retireAlt !== undefined) params.retireAlt = a.retireAlt;
      }
      out.push(findingAt(idAge, t, 'id', params, { severity: a.severity }));
    });
    return out;
  },
};
