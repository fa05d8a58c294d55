// ledger.overlap: the training period shares at least one day with another subsidised training of the
// person (both ends inclusive: the end day of one and the start day of the next overlap).
import { formatDate } from '../../values';
import { periodsOverlap } from '../entry';
import { findingAt } from '../../rules/rule';
import { zhEn } from '../../rules/id/shared';
import { whereParams, type LedgerRule } from './shared';

export const overlap: LedgerRule = {
  code: 'ledger.overlap',
  severity: 'error',
  title: { 'zh-CN': '培训时间重叠', 'en-US': 'Overlapping training' },
  message(p, locale) {
    return zhEn(locale,
      `培训时间 ${p.start} 至 ${p.end} 与此人另一次补贴培训重叠（同一天也算重叠）：${p.where}`,
      `The training ${p.start} to ${p.end} overlaps another subsidised training of this person (a shared day counts): ${p.whereEn}`);
  },
  check({ trainee, self, others }) {
    const hits = others.filter((o) => periodsOverlap(self, o));
    if (!hits.length || !self.ref.start || !self.ref.end) return [];
    const field = trainee.cells.start ? 'start' : trainee.cells.period ? 'period' : 'id';
    return [findingAt(overlap, trainee, field, { start: formatDate(self.ref.start), end: formatDate(self.ref.end), ...whereParams(hits) })];
  },
};
