// The ledger rules, apart from the run that applies them (index.ts), so the rule registry can name
// them without importing the engine.
import { annualLimit } from './annual-limit';
import { lowerLevel } from './lower-level';
import { nameConflict } from './name-conflict';
import { overlap } from './overlap';
import { sameOccupationLevel } from './same-occupation-level';
import type { LedgerRule } from './shared';

/** The ledger rules, in the order of the rule table. */
export const ledgerRules: readonly LedgerRule[] = [annualLimit, sameOccupationLevel, lowerLevel, overlap, nameConflict];

const BY_CODE = new Map(ledgerRules.map((r) => [r.code, r]));

export function ledgerRuleByCode(code: string): LedgerRule | undefined {
  return BY_CODE.get(code);
}
