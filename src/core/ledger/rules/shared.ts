// Shared by the ledger rules: the person under check with every other subsidised training of theirs
// (ledger records and rows of the other rosters in the run), and the rule shape.
import { describeRefs } from '../describe';
import type { ClaimEntry, ClaimRef } from '../entry';
import type { Policy } from '../../policy/schema';
import type { Finding, MessageParams, Text, Trainee } from '../../types';
import type { RuleHead } from '../../rules/rule';

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
export interface LedgerRule<P extends MessageParams = MessageParams> extends RuleHead<P> {
  check(p: PersonContext): Finding<P>[];
}

/** The per-year limit when the policy sets none (local rules: at most 3 per calendar year). */
export const DEFAULT_PER_YEAR = 3;

/** The params naming the other claims (where, in both languages) and their count. */
export type WhereParams = { where: Text; others: number };

export function whereParams(entries: readonly ClaimEntry[]): WhereParams {
  const refs: ClaimRef[] = entries.map((e) => e.ref);
  return { where: { zh: describeRefs(refs, 'zh-CN'), en: describeRefs(refs, 'en-US') }, others: entries.length };
}

/** A where param for the examples. */
export const EXAMPLE_WHERE: WhereParams = {
  where: {
    zh: '台账 2021年台账.xlsx 第 5 行（2021-03-01 至 2021-03-20，电工 初级工）',
    en: 'ledger 2021年台账.xlsx row 5 (2021-03-01 to 2021-03-20, 电工 初级工)',
  },
  others: 1,
};
