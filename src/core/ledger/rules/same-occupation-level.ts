// ledger.same-occupation-level: the person was already subsidised for this occupation and level
// (normalised occupation name; the skill level, or the certificate type for types without levels).
import { occupationLevelLabel } from '../entry';
import type { Text } from '../../types';
import { findingAt } from '../../rules/rule';
import { text } from '../../i18n';
import { EXAMPLE_WHERE, whereParams, type LedgerRule, type WhereParams } from './shared';

/** what: the occupation and level, as the roster names them */
type P = WhereParams & { what: Text };

export const sameOccupationLevel: LedgerRule<P> = {
  code: 'ledger.same-occupation-level',
  severity: 'error',
  title: { 'zh-CN': '同一职业同一等级重复补贴', 'en-US': 'Same occupation and level paid before' },
  message(p, locale) {
    return text(locale, {
      zh: `此人已享受过「${p.what.zh}」的培训补贴，同一职业（工种）同一等级不得重复申领。已有记录：${p.where.zh}`,
      en:
        `This person was already subsidised for "${p.what.en}"; the same occupation and level cannot be claimed twice. ` +
        `Earlier records: ${p.where.en}`,
    });
  },
  examples: [{ ...EXAMPLE_WHERE, what: { zh: '电工 初级工', en: '电工, junior (level 5)' } }],
  check({ policy, trainee, self, others }) {
    if (!policy.limits.sameOccupationLevel || self.occKey === null) return [];
    const same = others.filter((o) => o.occKey === self.occKey);
    if (!same.length) return [];
    const field = trainee.cells.occupation ? 'occupation' : 'id';
    return [
      findingAt(sameOccupationLevel, trainee, field, {
        what: {
          zh: occupationLevelLabel(trainee.occupation, trainee.certType, trainee.level, false),
          en: occupationLevelLabel(trainee.occupation, trainee.certType, trainee.level, true),
        },
        ...whereParams(same),
      }),
    ];
  },
};
