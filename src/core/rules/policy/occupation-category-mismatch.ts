// occ.category-mismatch: the roster's declared category differs from the catalog's.
import { normalizeCategory } from '../../catalog/normalize';
import { text } from '../../i18n';
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';

type P = { declared: string; name: string; catalog: string };

export const occupationCategoryMismatch: Rule<P> = {
  code: 'occ.category-mismatch',
  severity: 'error',
  title: { 'zh-CN': '目录类别与目录不符', 'en-US': 'Category differs from the catalog' },
  message(p, locale) {
    return text(locale, {
      zh: `目录类别填“${p.declared}”，但目录中“${p.name}”为${p.catalog}类（按${p.catalog}类计算补贴）`,
      en:
        `Category "${p.declared}" differs from the catalog: "${p.name}" is category ${p.catalog} ` +
        `(the subsidy is computed for ${p.catalog})`,
    });
  },
  examples: [{ declared: 'A类', name: '焊工', catalog: 'B' }],
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const { codes, texts } = ctx.facts.columns.texts('category');
    // each distinct 类别 text normalized once
    const declared = texts.map((s) => (s ? normalizeCategory(s) : null));
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      const entry = rows[i].entry;
      const category = codes[i];
      if (!texts[category] || !entry) return;
      if (declared[category] === entry.category) return;
      out.push(
        findingAt(occupationCategoryMismatch, t, 'category', {
          declared: t.category,
          name: entry.name,
          catalog: entry.category,
        }),
      );
    });
    return out;
  },
};
