// id.age: outside the policy's working-age range (周岁) at training start (or end, when no start).
import { formatIso } from '../../id';
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';
import { NO_AGE } from '../../facts';
import { ageCheck, SEX_F, zhEn } from './shared';

export const idAge: Rule = {
  code: 'id.age',
  severity: 'error',
  title: { 'zh-CN': '年龄超出范围', 'en-US': 'Age out of range' },
  message(p, locale) {
    const fromEnd = p.basis === 'end';
    const female = Number(p.femaleMax) === 1;
    return zhEn(locale,
      `按培训${fromEnd ? '结束' : '开始'}日期 ${p.date} 计，年龄 ${p.age} 周岁，不在 ${p.min}–${p.max} 周岁${female ? '（女性）' : ''}范围内`,
      `Aged ${p.age} on the training ${fromEnd ? 'end' : 'start'} date ${p.date}; outside the range ${p.min}–${p.max}${female ? ' (women)' : ''}`);
  },
  run(ctx) {
    // ages and sexes from the check's facts: no ParsedId, and no AgeResult unless out of range
    const { ages, ids: { sexes } } = ctx.facts;
    const { min, max, maxFemale } = ctx.policy.age;
    const out: Finding[] = [];
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
