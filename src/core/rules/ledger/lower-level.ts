// ledger.lower-level: a claim at a lower skill level of an occupation for which the ledger already shows
// a higher level paid (local rules, e.g. Tianjin and Zhejiang: no lower level once a higher one was
// paid; see DOMAIN.md). Only paid records count, not other rosters of the run. Off unless the policy
// sets limits.lowerLevelAfterHigher.
import { normalizeOccupationName } from '../../catalog/normalize';
import { certHasLevel, LEVEL_EN, LEVEL_ZH, normalizeCertType, normalizeLevel } from '../../cert';
import type { Level } from '../../types';
import type { ClaimRef } from '../../ledger/entry';
import { findingAt } from '../rule';
import { zhEn } from '../id/shared';
import { whereParams, type LedgerRule } from './shared';

/** The occupation and skill grade of a claim with a level (5 = 初级 … 1 = 高级技师); null otherwise. */
function gradeOf(ref: Pick<ClaimRef, 'occupation' | 'certType' | 'level'>): { occ: string; grade: Level } | null {
  const occ = normalizeOccupationName(ref.occupation);
  const type = normalizeCertType(ref.certType);
  const grade = normalizeLevel(ref.level);
  if (!occ || !grade || (type && !certHasLevel(type))) return null;
  return { occ, grade };
}

export const lowerLevel: LedgerRule = {
  code: 'ledger.lower-level',
  severity: 'error',
  title: { 'zh-CN': '已取得更高等级后申领低等级补贴', 'en-US': 'Lower level after a higher one' },
  message(p, locale) {
    return zhEn(locale,
      `此人已享受过「${p.occupation}」${p.higher}的培训补贴，不得再申领较低等级（${p.lower}）的补贴。已有记录：${p.where}`,
      `This person was already subsidised for "${p.occupation}" at ${p.higherEn}; a lower level (${p.lowerEn}) cannot be claimed. Earlier records: ${p.whereEn}`);
  },
  check({ policy, trainee, self, others }) {
    if (!policy.limits.lowerLevelAfterHigher) return [];
    const mine = gradeOf(self.ref);
    if (!mine) return [];
    let best: Level | null = null;
    const higher = others.filter((o) => {
      if (o.ref.kind !== 'ledger') return false;
      const g = gradeOf(o.ref);
      if (!g || g.occ !== mine.occ || g.grade >= mine.grade) return false;
      if (best === null || g.grade < best) best = g.grade;
      return true;
    });
    if (!higher.length || best === null) return [];
    const field = trainee.cells.level ? 'level' : 'id';
    return [findingAt(lowerLevel, trainee, field, {
      occupation: trainee.occupation.trim(),
      higher: LEVEL_ZH[best as Level], higherEn: LEVEL_EN[best as Level],
      lower: LEVEL_ZH[mine.grade], lowerEn: LEVEL_EN[mine.grade],
      ...whereParams(higher),
    })];
  },
};
