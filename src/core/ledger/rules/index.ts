// The ledger rules (cross-roster: run by checkAgainstLedger in ../check.ts, not by the engine).
import { annualLimit } from './annual-limit';
import { lowerLevel } from './lower-level';
import { nameConflict } from './name-conflict';
import { overlap } from './overlap';
import { sameOccupationLevel } from './same-occupation-level';
import type { LedgerRule } from './shared';

export { DEFAULT_PER_YEAR, type LedgerRule, type PersonContext } from './shared';

/** The ledger rules, in the order of the rule table. */
export const ledgerRules: readonly LedgerRule[] = [annualLimit, sameOccupationLevel, lowerLevel, overlap, nameConflict];

const BY_CODE = new Map(ledgerRules.map((r) => [r.code, r]));

export function ledgerRuleByCode(code: string): LedgerRule | undefined {
  return BY_CODE.get(code);
}
