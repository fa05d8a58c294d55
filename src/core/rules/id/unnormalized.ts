// id.unnormalized: a valid ID wearing full-width characters, spaces, invisible characters or a
// lowercase x. Only when the ID has no error of its own; the message gives the clean form.
import { NORM_FULLWIDTH, NORM_INVISIBLE, NORM_LOWER_X, NORM_SPACE } from '../../id';
import type { Finding, Locale } from '../../types';
import { findingAt, type Rule } from '../rule';
import { hasIdError, unusualIds, zhEn } from './shared';

const PARTS: Array<[number, string, string]> = [
  [NORM_FULLWIDTH, '全角字符', 'full-width characters'],
  [NORM_SPACE, '空格', 'spaces'],
  [NORM_INVISIBLE, '不可见字符', 'invisible characters'],
  [NORM_LOWER_X, '小写 x', 'a lowercase x'],
];

function describe(flags: number, locale: Locale): string {
  const parts = PARTS.filter(([bit]) => (flags & bit) !== 0).map(([, zh, en]) => (locale === 'zh-CN' ? zh : en));
  if (!parts.length) return locale === 'zh-CN' ? '多余字符' : 'extra characters';
  return parts.join(locale === 'zh-CN' ? '、' : ', ');
}

export const idUnnormalized: Rule = {
  code: 'id.unnormalized',
  severity: 'warning',
  title: { 'zh-CN': '身份证号码含多余字符', 'en-US': 'ID number needs cleaning' },
  message(p, locale) {
    const what = describe(Number(p.flags), locale);
    return zhEn(locale,
      `身份证号码含${what}，应为 ${p.clean}`,
      `The ID number contains ${what}; it should read ${p.clean}`);
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (p.normFlags === 0 || p.numeric) continue;
      if (p.kind !== 'citizen' && p.kind !== 'permit' && p.kind !== 'foreign') continue;
      if (hasIdError(ctx, i, p)) continue;
      out.push(findingAt(idUnnormalized, t, 'id', { clean: p.normalized, flags: p.normFlags }));
    }
    return out;
  },
};
