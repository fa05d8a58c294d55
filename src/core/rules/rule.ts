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

/**
 * What every rule has, the ledger rules too: a stable code, a title and a message in both languages.
 *
 * P is the shape of the rule's findings' params. Declared once per rule, it ties run() to message():
 * a finding cannot carry a param the type lacks, and a message cannot read one (a typo does not
 * compile). Params are numbers, strings as they stand, or a Text ({ zh, en }) when the value itself
 * is worded. examples holds one P per message variant: the parity test (test/core/i18n) renders each
 * in both languages and fails on an empty, untranslated or missing side.
 *
 * A new rule, one file under rules/<group>/, listed in its group's index.ts and in the README table:
 *
 *   type P = { value: string; min: number };
 *   export const hoursUnreadable: Rule<P> = {
 *     code: 'hours.unreadable',
 *     severity: 'error',
 *     title: { 'zh-CN': '课时无法识别', 'en-US': 'Unreadable class hours' },
 *     message: (p, locale) => text(locale, {
 *       zh: `课时“${p.value}”无法识别（不少于${p.min}课时）`,
 *       en: `Class hours "${p.value}" cannot be read (at least ${p.min})`,
 *     }),
 *     examples: [{ value: '四十', min: 40 }],
 *     run: (ctx) => ctx.trainees.filter(unreadable)
 *       .map((t) => findingAt(hoursUnreadable, t, 'hours', { value: shown(t), min: 40 })),
 *   };
 */
export interface RuleHead<P extends MessageParams = MessageParams> {
  /** stable code shared by tests, reports and the UI, e.g. `id.checksum` */
  code: string;
  /** the usual severity; a finding may carry another (id.region: unknown county is a warning) */
  severity: Severity;
  /** short name for the rule table and the UI filter */
  title: Record<Locale, string>;
  /** the finding's message in the given locale: text(locale, { zh, en }) over the params */
  message(p: P, locale: Locale): string;
  /** params that reach every variant of the message (at least one) */
  examples: readonly P[];
}

/** A rule over one roster, run by the engine (ALL_RULES). See RuleHead for how to write one. */
export interface Rule<P extends MessageParams = MessageParams> extends RuleHead<P> {
  run(ctx: RuleContext): Finding<P>[];
}

/** A finding on one trainee's cell (or row, when the field has no column). */
export function findingAt<P extends MessageParams>(
  rule: Pick<RuleHead<P>, 'code' | 'severity' | 'examples'>,
  t: Trainee,
  field: Field | undefined,
  params: NoInfer<P>,
  extra?: Partial<Finding<P>>,
): Finding<P> {
  const col = field ? (t.cells[field]?.col ?? 0) : 0;
  return { code: rule.code, severity: rule.severity, row: t.row, col, field, params, ...extra };
}
