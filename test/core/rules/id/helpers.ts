// Shared by the ID and repeat rule tests: run rules over factory trainees and read the findings.
import { checkChar } from '../../../../src/core/id';
import { dupRules } from '../../../../src/core/rules/dup';
import { idRules } from '../../../../src/core/rules/id';
import type { Rule } from '../../../../src/core/rules/rule';
import type { Finding, Locale, Trainee } from '../../../../src/core/types';
import { makeContext } from '../../../helpers/factory';

export const ALL_ID_RULES: Rule[] = [...idRules, ...dupRules];

/** Runs the rules (all ID and repeat rules by default) over one shared context. */
export function run(
  trainees: Trainee[],
  opts: Parameters<typeof makeContext>[1] = {},
  rules: Rule[] = ALL_ID_RULES,
): Finding[] {
  const ctx = makeContext(trainees, opts);
  return rules.flatMap((r) => r.run(ctx));
}

/** The codes of the findings, sorted. */
export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code).sort();
}

/** The finding's message in the locale, from its rule. */
export function messageOf(f: Finding, locale: Locale = 'zh-CN'): string {
  const rule = ALL_ID_RULES.find((r) => r.code === f.code);
  if (!rule) throw new Error(`no rule ${f.code}`);
  return rule.message(f.params, locale);
}

/** An 18-character ID from its first 17 digits. */
export function withCheck(first17: string): string {
  return first17 + checkChar(first17);
}
