import { dupRules } from './dup';
import { idRules } from './id';
import { policyRules } from './policy';
import { rosterRules } from './roster';
import { ledgerRuleByCode } from '../ledger/rules';
import type { Rule } from './rule';

/** Every rule, in the order of the rule table. */
export const ALL_RULES: readonly Rule[] = [...idRules, ...dupRules, ...rosterRules, ...policyRules];

const BY_CODE = new Map(ALL_RULES.map((r) => [r.code, r]));

/** What reports and the UI need of a rule: its code, severity, title and message. */
export type RuleInfo = Pick<Rule, 'code' | 'severity' | 'title' | 'message'>;

/** Any rule by its code, the ledger rules included (they run only when a ledger or several rosters are given). */
export function ruleByCode(code: string): RuleInfo | undefined {
  return BY_CODE.get(code) ?? ledgerRuleByCode(code);
}
