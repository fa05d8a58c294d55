// rate.no-rule: the policy sets no rate for this certificate and level (for any category, or for the catalog's).
import { CERT_TYPE_EN } from '../../cert/cert-type';
import { LEVEL_EN, LEVEL_ZH } from '../../cert/level';
import { findingAt, type Rule } from '../rule';
import type { CertType, Finding, Level } from '../../types';

export const rateNoRule: Rule = {
  code: 'rate.no-rule',
  severity: 'warning',
  title: { 'zh-CN': '政策无对应补贴标准', 'en-US': 'No rate in the policy' },
  message(p, locale) {
    const level = Number(p.level) as Level | 0;
    const cat = String(p.category ?? '');
    if (locale === 'en-US') {
      const what = `${CERT_TYPE_EN[p.certType as CertType] ?? p.certType}${level ? `, ${LEVEL_EN[level]}` : ''}${cat ? `, category ${cat}` : ''}`;
      return `Policy "${p.policy}" sets no rate for ${what}: the amount cannot be checked`;
    }
    const what = `${p.certType}${level ? `（${LEVEL_ZH[level]}）` : ''}${cat ? `、${cat}类职业` : ''}`;
    return `政策“${p.policy}”未规定${what}的补贴标准，无法核对金额`;
  },
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const rates = ctx.facts.rates;
    const out: Finding[] = [];
    ctx.trainees.forEach((t, i) => {
      if (rates[i].status !== 'no-rule') return;
      const r = rows[i];
      out.push(
        findingAt(rateNoRule, t, 'certType', { certType: r.cert ?? t.certType, level: r.level ?? 0, category: r.entry?.category ?? '', policy: ctx.policy.name }),
      );
    });
    return out;
  },
};
