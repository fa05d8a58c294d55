// class.size: more trainees in one class than the policy's class size (80). A roster often lists several
// classes: by its 班级/开班批次/期数 column when it has one, else by occupation + certificate + level +
// training period (rules/policy/classes.ts).
import { text } from '../../i18n';
import type { Finding } from '../../types';
import type { Rule } from '../rule';
import { classesOf } from './classes';

type P = { count: number; max: number; label?: string };

export const classSize: Rule<P> = {
  code: 'class.size',
  severity: 'warning',
  title: { 'zh-CN': '班级人数超限', 'en-US': 'Class too large' },
  message(p, locale) {
    if (!p.label) {
      return text(locale, {
        zh: `本花名册共${p.count}人，超过每班${p.max}人的上限`,
        en: `${p.count} trainees in this roster, more than the class limit of ${p.max}`,
      });
    }
    return text(locale, {
      zh: `班级“${p.label}”共${p.count}人，超过每班${p.max}人的上限`,
      en: `Class ${p.label}: ${p.count} trainees, more than the class limit of ${p.max}`,
    });
  },
  examples: [
    { count: 81, max: 80 },
    { count: 85, max: 80, label: '2021第2期' },
  ],
  run(ctx) {
    const max = ctx.policy.classSizeMax;
    if (ctx.trainees.length <= max) return [];
    const classes = classesOf(ctx.trainees, ctx.facts.columns);
    const out: Finding<P>[] = [];
    for (const c of classes) {
      if (c.members.length <= max) continue;
      const first = ctx.trainees[c.members[0]];
      const label = classes.length === 1 && !c.byColumn ? '' : c.label;
      const count = c.members.length;
      out.push({
        code: classSize.code,
        severity: classSize.severity,
        row: first.row,
        col: 0,
        params: label ? { count, max, label } : { count, max },
      });
    }
    return out;
  },
};
