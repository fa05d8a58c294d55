// occ.unknown: the occupation is not in the catalog.
import { findNationalOccupation } from '../../catalog/national';
import { suggestOccupation } from '../../catalog/suggest';
import { text } from '../../i18n';
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';

type P = { name: string; suggestion: string; nationalCode: string; sample: 0 | 1 };

export const occupationUnknown: Rule<P> = {
  code: 'occ.unknown',
  severity: 'error',
  title: { 'zh-CN': '职业（工种）不在目录中', 'en-US': 'Occupation not in the catalog' },
  message(p, locale) {
    const { name, suggestion: sugg, nationalCode: code } = p;
    const sample = p.sample === 1;
    return text(locale, {
      zh:
        `职业（工种）“${name}”不在${sample ? '示例' : ''}目录中` +
        (sugg ? `，是否为“${sugg}”？` : '') +
        (code ? `（“${name}”是2022年版职业分类大典中的职业，编码${code}，但不在本目录）` : ''),
      en:
        `Occupation "${name}" is not in the ${sample ? 'sample ' : ''}catalog` +
        (sugg ? `; did you mean "${sugg}"?` : '') +
        (code ? ` ("${name}" is in the 2022 national classification as ${code}, but not in this catalog)` : ''),
    });
  },
  examples: [
    { name: '电工（初级）', suggestion: '电工', nationalCode: '', sample: 1 },
    { name: '美容师', suggestion: '', nationalCode: '4-10-03-01', sample: 0 },
  ],
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const out: Finding<P>[] = [];
    const sample = ctx.catalog.sample ? 1 : 0;
    const { codes, texts } = ctx.facts.columns.texts('occupation');
    // per distinct occupation: its national code and the catalog's suggestion, looked up on its first unknown row
    const known: ({ suggestion: string; nationalCode: string } | undefined)[] = new Array(texts.length);
    ctx.trainees.forEach((t, i) => {
      const c = codes[i];
      const name = texts[c];
      if (!name || rows[i].entry) return;
      const found = (known[c] ??= {
        nationalCode: findNationalOccupation(name)?.code ?? '',
        suggestion: suggestOccupation(ctx.catalog, name) ?? '',
      });
      out.push(
        findingAt(occupationUnknown, t, 'occupation', {
          name,
          suggestion: found.suggestion,
          nationalCode: found.nationalCode,
          sample,
        }),
      );
    });
    return out;
  },
};
