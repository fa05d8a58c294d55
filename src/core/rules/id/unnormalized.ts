// id.unnormalized: a valid ID wearing full-width characters, spaces, invisible characters or a
// lowercase x. Only when the ID has no error of its own; the message gives the clean form.
import { NORM_FULLWIDTH, NORM_INVISIBLE, NORM_LOWER_X, NORM_SPACE } from '../../id';
import type { Finding, Locale, Text } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { hasIdError, unusualIds } from './shared';

type P = { clean: string; flags: number };

const PARTS: Array<[number, Text]> = [
  [NORM_FULLWIDTH, { zh: '全角字符', en: 'full-width characters' }],
  [NORM_SPACE, { zh: '空格', en: 'spaces' }],
  [NORM_INVISIBLE, { zh: '不可见字符', en: 'invisible characters' }],
  [NORM_LOWER_X, { zh: '小写 x', en: 'a lowercase x' }],
];

function describe(flags: number, locale: Locale): string {
  const parts = PARTS.filter(([bit]) => (flags & bit) !== 0).map(([, t]) => text(locale, t));
  if (!parts.length) return text(locale, { zh: '多余字符', en: 'extra characters' });
  return parts.join(text(locale, { zh: '、', en: ', ' }));
}

export const idUnnormalized: Rule<P> = {
  code: 'id.unnormalized',
  severity: 'warning',
  title: { 'zh-CN': '身份证号码含多余字符', 'en-US': 'ID number needs cleaning' },
  message(p, locale) {
    const what = describe(p.flags, locale);
    return text(locale, {
      zh: `身份证号码含${what}，应为 ${p.clean}`,
      en: `The ID number contains ${what}; it should read ${p.clean}`,
    });
  },
  examples: [
    { clean: '410102199003071230', flags: NORM_FULLWIDTH | NORM_SPACE },
    { clean: '41010219900307123X', flags: NORM_LOWER_X },
    { clean: '410102199003071230', flags: 0 },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
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
