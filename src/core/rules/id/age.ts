// id.age: outside the policy's working-age range (周岁) at training start (or end, when no start).
import { formatIso } from '../../id';
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { NO_AGE } from '../../facts';
import { ageCheck, SEX_F } from './shared';

type P = { age: number; min: number; max: number; date: string; basis: 'start' | 'end'; femaleMax: 0 | 1 };

export const idAge: Rule<P> = {
  code: 'id.age',
  severity: 'error',
  title: { 'zh-CN': '年龄超出范围', 'en-US': 'Age out of range' },
  message(p, locale) {
    const fromEnd = p.basis === 'end';
    const female = p.femaleMax === 1;
    return text(locale, {
      zh: `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计，年龄 ${p.age} 周岁，`
        + `不在 ${p.min}–${p.max} 周岁${female ? '（女性）' : ''}范围内`,
      en: `Aged ${p.age} on the training ${fromEnd ? 'end' : 'start'} date ${p.date}; `
        + `outside the range ${p.min}–${p.max}${female ? ' (women)' : ''}`,
    });
  },
  examples: [
    { age: 15, min: 16, max: 60, date: '2021-03-01', basis: 'start', femaleMax: 0 },
    { age: 51, min: 16, max: 50, date: '2021-03-20', basis: 'end', femaleMax: 1 },
  ],
  run(ctx) {
    // ages and sexes from the check's facts: no ParsedId, and no AgeResult unless out of range
    const { ages, ids: { sexes } } = ctx.facts;
    const { min, max, maxFemale } = ctx.policy.age;
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      const age = ages[i];
      if (age === NO_AGE) return;
      if (age >= min && age <= (sexes[i] === SEX_F && maxFemale !== undefined ? maxFemale : max)) return;
      const a = ageCheck(ctx, i);
      if (!a || a.ok) return;
      out.push(findingAt(idAge, t, 'id', {
        age: a.age, min: a.min, max: a.max, date: formatIso(a.on), basis: a.basis, femaleMax: a.femaleMax ? 1 : 0,
      }));
    });
    return out;
  },
};
