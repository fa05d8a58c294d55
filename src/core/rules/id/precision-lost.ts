// id.precision-lost: the ID was stored as a number (Excel keeps 15 significant digits) or shows as
// 4.10102E+17: the last digits are gone and must be re-typed as text.
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { unusualIds } from './shared';

type P = { value: string };

export const idPrecisionLost: Rule<P> = {
  code: 'id.precision-lost',
  severity: 'error',
  title: { 'zh-CN': '身份证号码精度丢失', 'en-US': 'ID number digits lost' },
  message(p, locale) {
    return text(locale, {
      zh: `身份证号码以数字形式存储（显示为 ${p.value}），后几位已丢失，请设置为文本格式后重新录入`,
      en:
        `The ID number was stored as a number (shown as ${p.value}); its last digits are lost. ` +
        'Format the cell as text and re-enter the number.',
    });
  },
  examples: [{ value: '4.10102E+17' }],
  run(ctx) {
    const out: Finding<P>[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (p.kind === 'damaged') out.push(findingAt(idPrecisionLost, t, 'id', { value: p.raw.trim() }));
    }
    return out;
  },
};
