// hours.below-minimum: fewer class hours than the policy's minimum for the certificate type
// (培训合格证 at least 40). Unreadable hours are value.unreadable's.
import { text } from '../../i18n';
import type { CertType, Finding } from '../../types';
import { findingAt, type Rule } from '../rule';

type P = { hours: number; min: number; certType: CertType };

export const hoursBelowMinimum: Rule<P> = {
  code: 'hours.below-minimum',
  severity: 'error',
  title: { 'zh-CN': '课时不足', 'en-US': 'Too few class hours' },
  message(p, locale) {
    return text(locale, {
      zh: `课时${p.hours}，少于${p.certType}要求的${p.min}课时`,
      en: `${p.hours} class hours, below the minimum of ${p.min} for ${p.certType}`,
    });
  },
  examples: [{ hours: 32, min: 40, certType: '培训合格证' }],
  run(ctx) {
    const minHours = ctx.policy.minHours;
    const rows = ctx.facts.policyRows;
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      const cert = rows[i].cert;
      const min = cert ? minHours[cert] : undefined;
      // unreadable hours are value.unreadable's
      if (min === undefined || t.hours === null || Number.isNaN(t.hours)) return;
      if (t.hours < min) {
        out.push(findingAt(hoursBelowMinimum, t, 'hours', { hours: t.hours, min, certType: cert as CertType }));
      }
    });
    return out;
  },
};
