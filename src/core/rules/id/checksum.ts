// id.checksum: the 18th character does not match the GB 11643-1999 check character.
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { unusualIds } from './shared';

type P = { value: string; actual: string; expected: string };

export const idChecksum: Rule<P> = {
  code: 'id.checksum',
  severity: 'error',
  title: { 'zh-CN': '身份证校验码错误', 'en-US': 'ID check character wrong' },
  message(p, locale) {
    return text(locale, {
      zh: `身份证号码“${p.value}”校验码错误：末位为 ${p.actual}，应为 ${p.expected}，请核对号码`,
      en: `ID number "${p.value}": check character is ${p.actual}, expected ${p.expected}; check the number`,
    });
  },
  examples: [{ value: '410102199003071231', actual: '1', expected: '0' }],
  run(ctx) {
    const out: Finding<P>[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (p.kind === 'legacy15' || p.checksumOk || !p.key) continue;
      const actual = p.normalized.charAt(17);
      out.push(findingAt(idChecksum, t, 'id', { value: p.normalized, actual, expected: p.checkExpected }));
    }
    return out;
  },
};
