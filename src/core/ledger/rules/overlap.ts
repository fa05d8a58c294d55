// ledger.overlap: the training period shares at least one day with another subsidised training of the
// person (both ends inclusive: the end day of one and the start day of the next overlap).
import { formatDate } from '../../values';
import { periodsOverlap } from '../entry';
import { findingAt } from '../../rules/rule';
import { text } from '../../i18n';
import { EXAMPLE_WHERE, whereParams, type LedgerRule, type WhereParams } from './shared';

type P = WhereParams & { start: string; end: string };

export const overlap: LedgerRule<P> = {
  code: 'ledger.overlap',
  severity: 'error',
  title: { 'zh-CN': '培训时间重叠', 'en-US': 'Overlapping training' },
  message(p, locale) {
    return text(locale, {
      zh: `培训时间 ${p.start} 至 ${p.end} 与此人另一次补贴培训重叠（同一天也算重叠）：${p.where.zh}`,
      en:
        `The training ${p.start} to ${p.end} overlaps another subsidised training of this person (a shared day counts): ` +
        p.where.en,
    });
  },
  examples: [{ ...EXAMPLE_WHERE, start: '2021-03-10', end: '2021-03-30' }],
  check({ trainee, self, others }) {
    const hits = others.filter((o) => periodsOverlap(self, o));
    if (!hits.length || !self.ref.start || !self.ref.end) return [];
    const field = trainee.cells.start ? 'start' : trainee.cells.period ? 'period' : 'id';
    const params = { start: formatDate(self.ref.start), end: formatDate(self.ref.end), ...whereParams(hits) };
    return [findingAt(overlap, trainee, field, params)];
  },
};
