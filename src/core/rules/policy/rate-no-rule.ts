// rate.no-rule: the policy sets no rate for this certificate and level (for any category, or for the catalog's).
import { CERT_TYPE_EN } from '../../cert/cert-type';
import { LEVEL_EN, LEVEL_ZH } from '../../cert/level';
import { text } from '../../i18n';
import type { CertType, Finding, Level } from '../../types';
import { findingAt, type Rule } from '../rule';

/** level 0: none; category '': unknown or not needed */
type P = { certType: string; level: Level | 0; category: string; policy: string };

export const rateNoRule: Rule<P> = {
  code: 'rate.no-rule',
  severity: 'warning',
  title: { 'zh-CN': '政策无对应补贴标准', 'en-US': 'No rate in the policy' },
  message(p, locale) {
    const { level, category: cat } = p;
    const cert = CERT_TYPE_EN[p.certType as CertType] ?? p.certType;
    const zhWhat = `${p.certType}${level ? `（${LEVEL_ZH[level]}）` : ''}${cat ? `、${cat}类职业` : ''}`;
    const enWhat = `${cert}${level ? `, ${LEVEL_EN[level]}` : ''}${cat ? `, category ${cat}` : ''}`;
    return text(locale, {
      zh: `政策“${p.policy}”未规定${zhWhat}的补贴标准，无法核对金额`,
      en: `Policy "${p.policy}" sets no rate for ${enWhat}: the amount cannot be checked`,
    });
  },
  examples: [
    { certType: '职业技能等级证书', level: 2, category: 'A', policy: 'test' },
    { certType: '特种作业操作证书', level: 0, category: '', policy: 'test' },
  ],
  run(ctx) {
    const rows = ctx.facts.policyRows;
    const rates = ctx.facts.rates;
    const out: Finding<P>[] = [];
    ctx.trainees.forEach((t, i) => {
      if (rates[i].status !== 'no-rule') return;
      const r = rows[i];
      const category = r.entry?.category ?? '';
      const params: P = { certType: r.cert ?? t.certType, level: r.level ?? 0, category, policy: ctx.policy.name };
      out.push(findingAt(rateNoRule, t, 'certType', params));
    });
    return out;
  },
};
