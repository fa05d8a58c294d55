// class.size: more trainees in one roster than the policy's class size (80).
import { text } from '../../i18n';
import type { Rule } from '../rule';

type P = { count: number; max: number };

export const classSize: Rule<P> = {
  code: 'class.size',
  severity: 'warning',
  title: { 'zh-CN': '班级人数超限', 'en-US': 'Class too large' },
  message(p, locale) {
    return text(locale, {
      zh: `本花名册共${p.count}人，超过每班${p.max}人的上限`,
      en: `${p.count} trainees in this roster, more than the class limit of ${p.max}`,
    });
  },
  examples: [{ count: 81, max: 80 }],
  run(ctx) {
    const count = ctx.trainees.length;
    const max = ctx.policy.classSizeMax;
    if (count <= max) return [];
    const row = ctx.layout.dataRows[0] ?? ctx.trainees[0].row;
    return [{ code: classSize.code, severity: classSize.severity, row, col: 0, params: { count, max } }];
  },
};
