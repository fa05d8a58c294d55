// id.legacy-15: a 15-digit number, retired in 2013; the message gives the 18-character form.
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { unusualIds } from './shared';

type P = { value: string; upgraded: string; numeric: 0 | 1 };

export const idLegacy15: Rule<P> = {
  code: 'id.legacy-15',
  severity: 'warning',
  title: { 'zh-CN': '15 位旧身份证号码', 'en-US': 'Retired 15-digit ID' },
  message(p, locale) {
    const asText = p.numeric === 1;
    return text(locale, {
      zh:
        `身份证号码“${p.value}”为已停用的 15 位号码，应为 18 位：${p.upgraded}` +
        (asText ? '（请将单元格设置为文本格式后录入）' : ''),
      en:
        `ID number "${p.value}" is a retired 15-digit number; the 18-character form is ${p.upgraded}` +
        (asText ? ' (format the cell as text before typing it)' : ''),
    });
  },
  examples: [
    { value: '610104620927690', upgraded: '610104196209276908', numeric: 0 },
    { value: '610104620927690', upgraded: '610104196209276908', numeric: 1 },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (p.kind !== 'legacy15' || !p.upgraded) continue;
      const numeric = p.numeric ? 1 : 0;
      out.push(findingAt(idLegacy15, t, 'id', { value: p.normalized, upgraded: p.upgraded, numeric }));
    }
    return out;
  },
};
