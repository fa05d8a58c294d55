// ledger.lower-level: a claim at a lower skill level of an occupation for which the ledger already shows
// a higher level paid (local rules, e.g. Tianjin and Zhejiang: no lower level once a higher one was
// paid; see DOMAIN.md and docs/rules.md). Only paid records count, not other rosters of the run. Off
// unless the policy sets limits.lowerLevelAfterHigher.
import { normalizeOccupationName } from '../../catalog/normalize';
import { certHasLevel, LEVEL_EN, LEVEL_ZH, normalizeCertType, normalizeLevel } from '../../cert';
import { text } from '../../i18n';
import { findingAt } from '../../rules/rule';
import type { Level } from '../../types';
import type { ClaimRef } from '../entry';
import { EXAMPLE_WHERE, whereParams, type LedgerRule, type WhereParams } from './shared';

type P = WhereParams & { occupation: string; higher: Level; lower: Level };

/** The occupation and skill grade of a claim with a level (5 = 初级 … 1 = 高级技师); null otherwise. */
function gradeOf(ref: Pick<ClaimRef, 'occupation' | 'certType' | 'level'>): { occ: string; grade: Level } | null {
  const occ = normalizeOccupationName(ref.occupation);
  const type = normalizeCertType(ref.certType);
  const grade = normalizeLevel(ref.level);
  if (!occ || !grade || (type && !certHasLevel(type))) return null;
  return { occ, grade };
}

export const lowerLevel: LedgerRule<P> = {
  code: 'ledger.lower-level',
  severity: 'error',
  title: { 'zh-CN': '已取得更高等级后申领低等级补贴', 'en-US': 'Lower level after a higher one' },
  message(p, locale) {
    return text(locale, {
      zh:
        `此人已享受过「${p.occupation}」${LEVEL_ZH[p.higher]}的培训补贴，不得再申领较低等级（${LEVEL_ZH[p.lower]}）的补贴。` +
        `已有记录：${p.where.zh}`,
      en:
        `This person was already subsidised for "${p.occupation}" at ${LEVEL_EN[p.higher]}; a lower level ` +
        `(${LEVEL_EN[p.lower]}) cannot be claimed. Earlier records: ${p.where.en}`,
    });
  },
  examples: [{ ...EXAMPLE_WHERE, occupation: '电工', higher: 4, lower: 5 }],
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
    return [
      findingAt(lowerLevel, trainee, field, {
        occupation: trainee.occupation.trim(),
        higher: best,
        lower: mine.grade,
        ...whereParams(higher),
      }),
    ];
  },
};
