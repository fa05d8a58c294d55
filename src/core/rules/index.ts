import { dupRules } from './dup';
import { idRules } from './id';
import { policyRules } from './policy';
import { rosterRules } from './roster';
import type { Rule } from './rule';

/** Every rule, in the order of the rule table. */
export const ALL_RULES: readonly Rule[] = [...idRules, ...dupRules, ...rosterRules, ...policyRules];

const BY_CODE = new Map(ALL_RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}
