// id.age: outside the working age (法定劳动年龄) at training start (or end, when no start): the policy's
// fixed range, or 16 up to the statutory retirement age by sex and birth month (policy/retirement.ts).
// A woman's former retirement age (50 for workers, 55 for cadres) is not on the roster: past the cadre
// bound is an error, between the two bounds a warning that says which it depends on.
import { formatIso } from '../../id';
import { formatAgeMonths } from '../../policy/retirement';
import type { Finding, Locale, MessageParams } from '../../types';
import { findingAt, type Rule } from '../rule';
import { ageCheckAt, idTable, SEX_F, zhEn } from './shared';

function statutoryMessage(p: MessageParams, locale: Locale, on: string): string {
  const female = Number(p.female) === 1;
  const age = formatAgeMonths(Number(p.ageMonths), locale);
  const retire = formatAgeMonths(Number(p.retire), locale);
  const bornZh = `${p.birthY}年${p.birthM}月出生的${female ? '女性' : '男性'}`;
  const bornEn = `Born in ${p.birthY}-${String(p.birthM).padStart(2, '0')}, ${female ? 'a woman' : 'a man'}`;
  if (p.kind === 'depends') {
    const alt = formatAgeMonths(Number(p.retireAlt), locale);
    return zhEn(locale,
      `${bornZh}，法定退休年龄为${retire}（原50周岁退休的女职工）或${alt}（原55周岁退休的女干部）；${on}已${age}：` +
        '若为女职工则已超出法定劳动年龄，若为女干部则未超出，请核实其原法定退休年龄',
      `${bornEn} retires at ${retire} (women workers, former age 50) or ${alt} (women cadres, former age 55); ` +
        `${on} aged ${age}: past working age if a worker, within it if a cadre — check which applies`);
  }
  return zhEn(locale,
    `${bornZh}，法定退休年龄为${retire}；${on}已${age}，超出法定劳动年龄`,
    `${bornEn} reaches the statutory retirement age of ${retire}; ${on} aged ${age}, past working age`);
}

export const idAge: Rule = {
  code: 'id.age',
  severity: 'error',
  title: { 'zh-CN': '年龄超出范围', 'en-US': 'Age out of range' },
  message(p, locale) {
    const fromEnd = p.basis === 'end';
    if (p.kind === 'retired' || p.kind === 'depends') {
      const on = zhEn(locale, `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计`, `on the training ${fromEnd ? 'end' : 'start'} date ${p.date}`);
      return statutoryMessage(p, locale, on);
    }
    if (p.kind === 'young') {
      return zhEn(locale,
        `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计，年龄 ${p.age} 周岁，未满法定劳动年龄 ${p.min} 周岁`,
        `Aged ${p.age} on the training ${fromEnd ? 'end' : 'start'} date ${p.date}; under the working age of ${p.min}`);
    }
    const female = Number(p.femaleMax) === 1;
    return zhEn(locale,
      `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计，年龄 ${p.age} 周岁，不在 ${p.min}–${p.max} 周岁${female ? '（女性）' : ''}范围内`,
      `Aged ${p.age} on the training ${fromEnd ? 'end' : 'start'} date ${p.date}; outside the range ${p.min}–${p.max}${female ? ' (women)' : ''}`);
  },
  run(ctx) {
    // births and sexes from the shared table: no ParsedId is built for a plain ID
    const { births, sexes } = idTable(ctx);
    const out: Finding[] = [];
    ctx.trainees.forEach((t, i) => {
      const a = ageCheckAt(ctx, t, births[i], sexes[i]);
      if (!a || a.ok) return;
      const params: MessageParams = {
        kind: a.kind, age: a.age, min: a.min, max: a.max, date: formatIso(a.on), basis: a.basis, femaleMax: a.femaleMax ? 1 : 0,
      };
      if (a.ageMonths !== undefined) {
        Object.assign(params, { female: sexes[i] === SEX_F ? 1 : 0, birthY: a.birthY ?? 0, birthM: a.birthM ?? 0, ageMonths: a.ageMonths, retire: a.retire ?? 0 });
        if (a.retireAlt !== undefined) params.retireAlt = a.retireAlt;
      }
      out.push(findingAt(idAge, t, 'id', params, { severity: a.severity }));
    });
    return out;
  },
};
