// id.checksum: the 18th character does not match the GB 11643-1999 check character.
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';
import { unusualIds, zhEn } from './shared';

export const idChecksum: Rule = {
  code: 'id.checksum',
  severity: 'error',
  title: { 'zh-CN': '身份证校验码错误', 'en-US': 'ID check character wrong' },
  message(p, locale) {
    return zhEn(locale,
      `身份证号码“${p.value}”校验码错误：末位为 ${p.actual}，应为 ${p.expected}，请核对号码`,
      `ID number "${p.value}": check character is ${p.actual}, expected ${p.expected}; check the number`);
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (p.kind === 'legacy15' || p.checksumOk || !p.key) continue;
      out.push(findingAt(idChecksum, t, 'id', { value: p.normalized, actual: p.normalized.charAt(17), expected: p.checkExpected }));
    }
    return out;
  },
};
