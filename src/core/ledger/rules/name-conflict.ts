// ledger.name-conflict: the identity number is recorded elsewhere (ledger or another roster of the run)
// under a different name — one number, one person.
import { findingAt } from '../../rules/rule';
import { text } from '../../i18n';
import { EXAMPLE_WHERE, whereParams, type LedgerRule, type WhereParams } from './shared';

type P = WhereParams & { name: string; names: string };

export const nameConflict: LedgerRule<P> = {
  code: 'ledger.name-conflict',
  severity: 'error',
  title: { 'zh-CN': '同一身份证号码姓名不一致', 'en-US': 'ID recorded under another name' },
  message(p, locale) {
    return text(locale, {
      zh: `身份证号码在别处登记的姓名为「${p.names}」，与本行「${p.name}」不一致，请核实是否一证多人：${p.where.zh}`,
      en:
        `This ID number is recorded elsewhere under the name "${p.names}", not "${p.name}"; ` +
        `check whether one ID is used by several people: ${p.where.en}`,
    });
  },
  examples: [{ ...EXAMPLE_WHERE, name: '张三', names: '李四' }],
  check({ trainee, self, others }) {
    if (!self.nameKey) return [];
    const diff = others.filter((o) => o.nameKey !== '' && o.nameKey !== self.nameKey);
    if (!diff.length) return [];
    const names = [...new Set(diff.map((o) => o.ref.name.trim()))].join('、');
    const field = trainee.cells.name ? 'name' : 'id';
    return [findingAt(nameConflict, trainee, field, { name: trainee.name, names, ...whereParams(diff) })];
  },
};
