import type { Catalog } from '../catalog/types';
import type { Facts } from '../facts';
import type { Policy } from '../policy/schema';
import type { CalDate, Field, Finding, Grid, Locale, MessageParams, RosterLayout, Severity, Trainee } from '../types';

/** Everything a rule may look at. Rules never see the host. */
export interface RuleContext {
  grid: Grid;
  layout: RosterLayout;
  trainees: Trainee[];
  policy: Policy;
  catalog: Catalog;
  /** the day of the check, for future-date checks */
  today: CalDate;
  /** per-trainee facts (ID keys, births, ages, resolved rates), computed once per check on first use */
  facts: Facts;
}

export interface Rule {
  /** stable code shared by tests, reports and the UI, e.g. `id.checksum` */
  code: string;
  /** the usual severity; a finding may carry another (id.region: unknown county is a warning) */
  severity: Severity;
  /** short name for the rule table and the UI filter */
  title: Record<Locale, string>;
  /** the finding's message in the given locale */
  message(p: MessageParams, locale: Locale): string;
  run(ctx: RuleContext): Finding[];
}

/** A finding on one trainee's cell (or row, when the field has no column). */
export function findingAt(
  rule: Pick<Rule, 'code' | 'severity'>,
  t: Trainee,
  field: Field | undefined,
  params: MessageParams,
  extra?: Partial<Finding>,
): Finding {
  const col = field ? t.cells[field]?.col ?? 0 : 0;
  return { code: rule.code, severity: rule.severity, row: t.row, col, field, params, ...extra };
}
