// occ.unknown: the occupation is not in the catalog.
import { findNationalOccupation } from '../../catalog/national';
import { suggestOccupation } from '../../catalog/suggest';
import { findingAt, type Rule } from '../rule';
import type { Finding } from '../../types';

export const occupationUnknown: Rule = {
  code: 'occ.unknown',
  severity: 'error',
  title: { 'zh-CN': '职业（工种）不在目录中', 'en-US': 'Occupation not in the catalog' },
  message(p, locale) {
    const name = String(p.name);
    const sugg = String(p.suggestion ?? '');
    const code = String(p.nationalCode ?? '');
    const sample = p.sample === 1;
    if (locale === 'en-US') {
      let m = `Occupation "${name}" is not in the ${sample ? 'sample ' : ''}catalog`;
      if (sugg) m += `; did you mean "${sugg}"?`;
      if (code) m += ` ("${name}" is in the 2022 national classification as ${code}, but not in this catalog)`;
      return m;
    }
    let m = `职业（工种）“${name}”不在${sample ? '示例' : ''}目录中`;
    if (sugg) m += `，是否为“${sugg}”？`;
    if (code) m += `（“${name}”是2022年版职业分类大典中的职业，编码${code}，但不在本目录）`;
    return m;
  },
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const out: Finding[] = [];
    const national = new Map<string, string>();
    const sample = ctx.catalog.sample ? 1 : 0;
    ctx.trainees.forEach((t, i) => {
      if (!t.occupation || rows[i].entry) return;
      let code = national.get(t.occupation);
      if (code === undefined) {
        code = findNationalOccupation(t.occupation)?.code ?? '';
        national.set(t.occupation, code);
      }
      const suggestion = suggestOccupation(ctx.catalog, t.occupation) ?? '';
      out.push(findingAt(occupationUnknown, t, 'occupation', { name: t.occupation, suggestion, nationalCode: code, sample }));
    });
    return out;
  },
};
