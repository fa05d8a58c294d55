// hours.below-minimum: fewer class hours than the policy's minimum for the certificate type
// (培训合格证 at least 40). Unreadable hours are value.unreadable's.
import { findingAt, type Rule } from '../rule';
import type { Finding } from '../../types';
import { policyRows } from './resolve';

export const hoursBelowMinimum: Rule = {
  code: 'hours.below-minimum',
  severity: 'error',
  title: { 'zh-CN': '课时不足', 'en-US': 'Too few class hours' },
  message(p, locale) {
    return locale === 'en-US'
      ? `${p.hours} class hours, below the minimum of ${p.min} for ${p.certType}`
      : `课时${p.hours}，少于${p.certType}要求的${p.min}课时`;
  },
  run(ctx) {
    const minHours = ctx.policy.minHours;
    const rows = policyRows(ctx);
    const out: Finding[] = [];
    ctx.trainees.forEach((t, i) => {
      const cert = rows[i].cert;
      const min = cert ? minHours[cert] : undefined;
      // unreadable hours are value.unreadable's
      if (min === undefined || t.hours === null || Number.isNaN(t.hours)) return;
      if (t.hours < min) {
        out.push(findingAt(hoursBelowMinimum, t, 'hours', { problem: 'below', hours: t.hours, min, certType: cert as string }));
      }
    });
    return out;
  },
};
