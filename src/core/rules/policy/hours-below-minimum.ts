// hours.below-minimum: fewer class hours than the policy's minimum for the certificate type
// (培训合格证 at least 40). Unreadable hours are reported here too.
import { findingAt, type Rule } from '../rule';
import type { Finding } from '../../types';

export const hoursBelowMinimum: Rule = {
  code: 'hours.below-minimum',
  severity: 'error',
  title: { 'zh-CN': '课时不足', 'en-US': 'Too few class hours' },
  message(p, locale) {
    if (p.problem === 'unreadable') {
      return locale === 'en-US'
        ? `Class hours "${p.value}" cannot be read as a number (${p.certType} needs at least ${p.min})`
        : `课时“${p.value}”无法识别为数字（${p.certType}不少于${p.min}课时）`;
    }
    return locale === 'en-US'
      ? `${p.hours} class hours, below the minimum of ${p.min} for ${p.certType}`
      : `课时${p.hours}，少于${p.certType}要求的${p.min}课时`;
  },
  run(ctx) {
    const minHours = ctx.policy.minHours;
    const rows = ctx.facts.policyRows;
    const out: Finding[] = [];
    ctx.trainees.forEach((t, i) => {
      const cert = rows[i].cert;
      const min = cert ? minHours[cert] : undefined;
      if (min === undefined || t.hours === null) return;
      if (Number.isNaN(t.hours)) {
        const c = t.cells.hours;
        const value = c?.text ?? (c?.value == null ? '' : String(c.value));
        out.push(findingAt(hoursBelowMinimum, t, 'hours', { problem: 'unreadable', value, min, certType: cert as string }));
      } else if (t.hours < min) {
        out.push(findingAt(hoursBelowMinimum, t, 'hours', { problem: 'below', hours: t.hours, min, certType: cert as string }));
      }
    });
    return out;
  },
};
