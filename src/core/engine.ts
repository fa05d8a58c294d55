// The engine: grid in, layout and findings out. Pure: no host, no I/O.
import type { Catalog } from './catalog/types';
import { Facts } from './facts';
import { compareFindings, countFindings, type SeverityCounts } from './findings';
import { detectLayout, type MappingOverride } from './layout/detect';
import { collapseMerged, mergedSuffix, spreadMerges, type MergeBlock } from './layout/merges';
import { readTrainees } from './layout/read';
import type { Policy } from './policy/schema';
import { ALL_RULES, ruleByCode } from './rules';
import type { RuleContext } from './rules/rule';
import type { CalDate, Finding, Grid, Locale, RosterLayout, Trainee } from './types';

export { compareFindings, countFindings, type SeverityCounts } from './findings';

export interface CheckOptions {
  policy: Policy;
  catalog: Catalog;
  /** user corrections of the column mapping: field → 1-based sheet column (0 unmaps) */
  mapping?: MappingOverride;
  locale?: Locale;
  /** the day of the check; defaults to the host's local calendar day */
  today?: CalDate;
  /**
   * the layout detectLayout gave for this very grid with this mapping (a sheet chooser detects it to
   * judge the sheet): not detected again. checkGrid adds its notes to it.
   */
  layout?: RosterLayout;
}

export interface CheckResult {
  layout: RosterLayout;
  trainees: Trainee[];
  findings: Finding[];
  summary: SeverityCounts;
  /** findings per rule code */
  byRule: Record<string, number>;
}

export function todayLocal(): CalDate {
  const d = new Date();
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

/** Fills in each finding's message in the locale. */
export function localize(findings: Finding[], locale: Locale): Finding[] {
  for (const f of findings) {
    const rule = ruleByCode(f.code);
    f.message = (rule ? rule.message(f.params, locale) : f.code) + mergedSuffix(f, locale === 'zh-CN');
  }
  return findings;
}

/**
 * Runs every rule over the trainees of an already detected layout. merged: the vertical merges spread
 * over the trainee rows (layout/merges.ts), whose findings are gathered on each block's top cell.
 */
export function checkTrainees(
  grid: Grid,
  layout: RosterLayout,
  trainees: Trainee[],
  opts: CheckOptions,
  merged: MergeBlock[] = [],
): Finding[] {
  const today = opts.today ?? todayLocal();
  const facts = new Facts({ trainees, policy: opts.policy, catalog: opts.catalog, today });
  const ctx: RuleContext = { grid, layout, trainees, policy: opts.policy, catalog: opts.catalog, today, facts };
  let findings: Finding[] = [];
  for (const rule of ALL_RULES) {
    for (const f of rule.run(ctx)) findings.push(f);
  }
  findings = collapseMerged(findings, merged);
  findings.sort(compareFindings);
  return localize(findings, opts.locale ?? 'zh-CN');
}

/** Finds the roster in the grid, reads its rows and checks them. */
export function checkGrid(grid: Grid, opts: CheckOptions): CheckResult {
  const layout = opts.layout ?? detectLayout(grid, opts.mapping);
  const spread = spreadMerges(grid, layout);
  layout.notes.push(...spread.notes);
  const trainees = readTrainees(spread.grid, layout);
  const findings = layout.missing.length ? [] : checkTrainees(spread.grid, layout, trainees, opts, spread.blocks);
  return { layout, trainees, findings, ...countFindings(findings) };
}
