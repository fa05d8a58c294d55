// hours.below-minimum: fewer class hours than the policy's minimum for the certificate type
// (培训合格证 at least 40). Unreadable hours are reported here too.
import { text } from '../../i18n';
import type { CertType, Finding } from '../../types';
import { findingAt, type Rule } from '../rule';

type P = { problem: 'unreadable' | 'below'; value?: string; hours?: number; min: number; certType: CertType };

export const hoursBelowMinimum: Rule<P> = {
  code: 'hours.below-minimum',
  severity: 'error',
  title: { 'zh-CN': '课时不足', 'en-US': 'Too few class hours' },
  message(p, locale) {
    if (p.problem === 'unreadable') {
      return text(locale, {
        zh: `课时“${p.value}”无法识别为数字（${p.certType}不少于${p.min}课时）`,
        en: `Class hours "${p.value}" cannot be read as a number (${p.certType} needs at least ${p.min})`,
      });
    }
    return text(locale, {
      zh: `课时${p.hours}，少于${p.certType}要求的${p.min}课时`,
      en: `${p.hours} class hours, below the minimum of ${p.min} for ${p.certType}`,
    });
  },
  examples: [
    { problem: 'unreadable', value: '四十', min: 40, certType: '培训合格证' },
    { problem: 'below', hours: 32, min: 40, certType: '培训合格证' },
  ],
  run(ctx) {
    const minHours = ctx.policy.minHours;
    const rows = ctx.facts.policyRows;
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      const cert = rows[i].cert;
      const min = cert ? minHours[cert] : undefined;
      if (min === undefined || t.hours === null) return;
      if (Number.isNaN(t.hours)) {
        const c = t.cells.hours;
        const value = c?.text ?? (c?.value == null ? '' : String(c.value));
        out.push(findingAt(hoursBelowMinimum, t, 'hours', { problem: 'unreadable', value, min, certType: cert as CertType }));
      } else if (t.hours < min) {
        out.push(findingAt(hoursBelowMinimum, t, 'hours', { problem: 'below', hours: t.hours, min, certType: cert as CertType }));
      }
    });
    return out;
  },
};
