// ledger.same-occupation-level: the person was already subsidised for this occupation and level
// (normalised occupation name; the skill level, or the certificate type for types without levels).
import { occupationLevelLabel } from '../entry';
import { findingAt } from '../../rules/rule';
import { zhEn } from '../../rules/id/shared';
import { whereParams, type LedgerRule } from './shared';

export const sameOccupationLevel: LedgerRule = {
  code: 'ledger.same-occupation-level',
  severity: 'error',
  title: { 'zh-CN': '同一职业同一等级重复补贴', 'en-US': 'Same occupation and level paid before' },
  message(p, locale) {
    return zhEn(locale,
      `此人已享受过「${p.what}」的培训补贴，同一职业（工种）同一等级不得重复申领。已有记录：${p.where}`,
      `This person was already subsidised for "${p.whatEn}"; the same occupation and level cannot be claimed twice. Earlier records: ${p.whereEn}`);
  },
  check({ policy, trainee, self, others }) {
    if (!policy.limits.sameOccupationLevel || self.occKey === null) return [];
    const same = others.filter((o) => o.occKey === self.occKey);
    if (!same.length) return [];
    const field = trainee.cells.occupation ? 'occupation' : 'id';
    return [findingAt(sameOccupationLevel, trainee, field, {
      what: occupationLevelLabel(trainee.occupation, trainee.certType, trainee.level, false),
      whatEn: occupationLevelLabel(trainee.occupation, trainee.certType, trainee.level, true),
      ...whereParams(same),
    })];
  },
};
