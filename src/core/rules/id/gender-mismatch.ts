// id.gender-mismatch: the 性别 column disagrees with the parity of the ID's sequence digit (odd = male).
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';
import { genderOf, parsedIds, usableBirth, zhEn } from './shared';

export const idGenderMismatch: Rule = {
  code: 'id.gender-mismatch',
  severity: 'error',
  title: { 'zh-CN': '性别与身份证不符', 'en-US': 'Gender does not match ID' },
  message(p, locale) {
    const male = p.idSex === 'M';
    return zhEn(locale,
      `性别填写为“${p.gender}”，但身份证号码“${p.value}”第 ${p.pos} 位为${male ? '奇数，应为男' : '偶数，应为女'}`,
      `Gender is "${p.gender}", but digit ${p.pos} of ID number "${p.value}" is ${male ? 'odd: male' : 'even: female'}`);
  },
  run(ctx) {
    const ids = parsedIds(ctx);
    const out: Finding[] = [];
    ctx.trainees.forEach((t, i) => {
      const p = ids[i];
      if (!p.sex || !usableBirth(p, ctx.today)) return;
      const g = genderOf(t.gender);
      if (!g || g === p.sex) return;
      const pos = p.kind === 'legacy15' ? 15 : 17;
      out.push(findingAt(idGenderMismatch, t, 'gender', { gender: t.gender, idSex: p.sex, value: p.normalized, pos }));
    });
    return out;
  },
};
