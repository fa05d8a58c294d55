// id.gender-mismatch: the 性别 column disagrees with the parity of the ID's sequence digit (odd = male).
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { genderOf, SEX_M } from './shared';

type P = { gender: string; idSex: 'M' | 'F'; value: string; pos: number };

export const idGenderMismatch: Rule<P> = {
  code: 'id.gender-mismatch',
  severity: 'error',
  title: { 'zh-CN': '性别与身份证不符', 'en-US': 'Gender does not match ID' },
  message(p, locale) {
    const male = p.idSex === 'M';
    return text(locale, {
      zh: `性别填写为“${p.gender}”，但身份证号码“${p.value}”第 ${p.pos} 位为${male ? '奇数，应为男' : '偶数，应为女'}`,
      en: `Gender is "${p.gender}", but digit ${p.pos} of ID number "${p.value}" is ${male ? 'odd: male' : 'even: female'}`,
    });
  },
  examples: [
    { gender: '女', idSex: 'M', value: '410102199003071230', pos: 17 },
    { gender: '男', idSex: 'F', value: '610104620927690', pos: 15 },
  ],
  run(ctx) {
    // sexes and births from the shared table; the ParsedId is built only for a finding
    const { births, sexes } = ctx.facts.ids;
    const { codes, texts } = ctx.facts.columns.texts('gender');
    const genders = texts.map(genderOf);
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      if (sexes[i] === 0 || births[i] === 0) return;
      const g = genders[codes[i]];
      const idSex = sexes[i] === SEX_M ? 'M' : 'F';
      if (!g || g === idSex) return;
      const p = ctx.facts.idAt(i);
      const pos = p.kind === 'legacy15' ? 15 : 17;
      out.push(findingAt(idGenderMismatch, t, 'gender', { gender: t.gender, idSex, value: p.normalized, pos }));
    });
    return out;
  },
};
