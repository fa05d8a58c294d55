// Shared by the ledger rules: the person under check with every other subsidised training of theirs
// (ledger records and rows of the other rosters in the run), and the rule shape.
import { describeRefs } from '../describe';
import type { ClaimEntry, ClaimRef } from '../entry';
import type { Policy } from '../../policy/schema';
import type { Finding, Trainee } from '../../types';
import type { Rule } from '../../rules/rule';

export interface PersonContext {
  policy: Policy;
  trainee: Trainee;
  /** this roster row as a claim */
  self: ClaimEntry;
  /** the person's other claims: ledger records first (ledger order), then other rosters' rows */
  others: readonly ClaimEntry[];
}

/**
 * A cross-roster rule. Not in ALL_RULES (a single roster has nothing to compare against): run by
 * checkAgainstLedger once per roster row whose ID has a canonical key.
 */
export interface LedgerRule extends Pick<Rule, 'code' | 'severity' | 'title' | 'message'> {
  check(p: PersonContext): Finding[];
}

/** The per-year limit when the policy sets none (local rules: at most 3 per calendar year). */
export const DEFAULT_PER_YEAR = 3;

/** where / whereEn params naming the other claims, with their count. */
export function whereParams(entries: readonly ClaimEntry[]): { where: string; whereEn: string; others: number } {
  const refs: ClaimRef[] = entries.map((e) => e.ref);
  return { where: describeRefs(refs, 'zh-CN'), whereEn: describeRefs(refs, 'en-US'), others: entries.length };
}
