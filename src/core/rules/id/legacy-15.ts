// id.legacy-15: a 15-digit number, retired in 2013; the message gives the 18-character form.
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';
import { unusualIds, zhEn } from './shared';

export const idLegacy15: Rule = {
  code: 'id.legacy-15',
  severity: 'warning',
  title: { 'zh-CN': '15 位旧身份证号码', 'en-US': 'Retired 15-digit ID' },
  message(p, locale) {
    const asText = Number(p.numeric) === 1;
    return zhEn(locale,
      `身份证号码“${p.value}”为已停用的 15 位号码，应为 18 位：${p.upgraded}${asText ? '（请将单元格设置为文本格式后录入）' : ''}`,
      `ID number "${p.value}" is a retired 15-digit number; the 18-character form is ${p.upgraded}${asText ? ' (format the cell as text before typing it)' : ''}`);
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (p.kind !== 'legacy15' || !p.upgraded) continue;
      out.push(findingAt(idLegacy15, t, 'id', { value: p.normalized, upgraded: p.upgraded, numeric: p.numeric ? 1 : 0 }));
    }
    return out;
  },
};
