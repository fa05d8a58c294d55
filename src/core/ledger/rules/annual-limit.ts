// ledger.annual-limit: this claim would be the person's (limit + 1)-th subsidy in the calendar year of
// its training end, counting the ledger and the other rosters of the run (3 a year pass, a 4th fails).
// With policy.limits.lifetime set, the lifetime total is checked too (window: lifetime).
import type { Finding } from '../../types';
import { findingAt } from '../../rules/rule';
import { text } from '../../i18n';
import { DEFAULT_PER_YEAR, EXAMPLE_WHERE, whereParams, type LedgerRule, type WhereParams } from './shared';

type P = WhereParams & { window: 'year' | 'lifetime'; year?: number; count: number; limit: number };

export const annualLimit: LedgerRule<P> = {
  code: 'ledger.annual-limit',
  severity: 'error',
  title: { 'zh-CN': '超过补贴次数上限', 'en-US': 'Too many subsidies' },
  message(p, locale) {
    if (p.window === 'lifetime') {
      return text(locale, {
        zh:
          `此人已享受培训补贴 ${p.others} 次，本次为第 ${p.count} 次，超过累计 ${p.limit} 次的上限。` +
          `已有记录：${p.where.zh}`,
        en:
          `This person already received ${p.others} training subsidies; this claim would be number ${p.count}, ` +
          `over the lifetime limit of ${p.limit}. Earlier records: ${p.where.en}`,
      });
    }
    return text(locale, {
      zh:
        `此人 ${p.year} 年已享受培训补贴 ${p.others} 次，本次为当年第 ${p.count} 次，` +
        `超过每年 ${p.limit} 次的上限（按培训结束日期计年）。已有记录：${p.where.zh}`,
      en:
        `This person already received ${p.others} training subsidies in ${p.year}; this claim would be number ` +
        `${p.count} that year, over the limit of ${p.limit} a year (counted by training end date). ` +
        `Earlier records: ${p.where.en}`,
    });
  },
  examples: [
    { ...EXAMPLE_WHERE, window: 'year', year: 2021, count: 4, limit: 3, others: 3 },
    { ...EXAMPLE_WHERE, window: 'lifetime', count: 2, limit: 1 },
  ],
  check({ policy, trainee, self, others }) {
    const out: Finding<P>[] = [];
    const perYear = policy.limits.perYear ?? DEFAULT_PER_YEAR;
    if (self.year !== null) {
      const same = others.filter((o) => o.year === self.year);
      if (same.length + 1 > perYear) {
        const field = trainee.cells.end ? 'end' : trainee.cells.period ? 'period' : 'id';
        const params: P = {
          window: 'year',
          year: self.year,
          count: same.length + 1,
          limit: perYear,
          ...whereParams(same),
        };
        out.push(findingAt(annualLimit, trainee, field, params));
      }
    }
    const lifetime = policy.limits.lifetime;
    if (lifetime !== undefined && others.length + 1 > lifetime) {
      const params: P = { window: 'lifetime', count: others.length + 1, limit: lifetime, ...whereParams(others) };
      out.push(findingAt(annualLimit, trainee, 'id', params));
    }
    return out;
  },
};
