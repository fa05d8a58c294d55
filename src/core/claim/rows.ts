// Which roster rows go into the claim, and what each contributes: the resolved certificate, level,
// category and policy rate, the canonical ID (all from the check's facts, as the rules read them), the amount.
import type { CheckResult } from '../engine';
import { LEVEL_ZH } from '../cert';
import { normalizeCategory } from '../catalog/normalize';
import type { Catalog } from '../catalog/types';
import { Facts, shownId } from '../facts';
import type { Policy } from '../policy/schema';
import type { CalDate, Category, CertType, Level } from '../types';

export interface ClaimRow {
  /** 1-based sheet row of the roster */
  row: number;
  name: string;
  /** the canonical ID (18 characters when it could be read; the normalised text otherwise) */
  id: string;
  occupation: string;
  /** the certificate type as normalised, or the roster's text when it is not one of the five */
  cert: CertType | string;
  level: Level | null;
  category: Category | null;
  /** the policy's fixed rate for the row in fen, when it has one */
  rateFen: number | null;
  /** the uplift percentage in that rate (0 when none) */
  upliftPercent: number;
  amountFen: number;
  start: CalDate | null;
  end: CalDate | null;
  hours: number | null;
  /** the row had error findings and was included on request */
  hasErrors: boolean;
}

export interface ExcludedRow {
  row: number;
  name: string;
  /** as on the roster (trimmed) */
  occupation: string;
  cert: string;
  level: string;
  category: Category | null;
  /** the amount the roster claims for the row; null when empty or unreadable */
  amountFen: number | null;
  /** the messages of the row's error findings (or why it cannot be claimed) */
  reasons: string[];
}

export interface ClaimSelection {
  included: ClaimRow[];
  excluded: ExcludedRow[];
}

/**
 * Splits the checked roster into the rows claimed and the rows left out. A row with an error finding is
 * left out unless includeErrorRows; a row without a readable amount is always left out.
 */
export function selectRows(
  result: CheckResult,
  opts: { policy: Policy; catalog: Catalog; includeErrorRows?: boolean; today: CalDate },
): ClaimSelection {
  const errors = new Map<number, string[]>();
  for (const f of result.findings) {
    if (f.severity !== 'error') continue;
    const msg = f.message ?? f.code;
    // a finding on a merged value concerns the rows it names
    for (const row of f.rows ?? [f.row]) {
      const list = errors.get(row) ?? [];
      if (!list.includes(msg)) list.push(msg);
      errors.set(row, list);
    }
  }
  const facts = new Facts({ trainees: result.trainees, policy: opts.policy, catalog: opts.catalog, today: opts.today });
  const rows = facts.policyRows;
  const rates = facts.rates;
  const keys = facts.ids.keys;
  const included: ClaimRow[] = [];
  const excluded: ExcludedRow[] = [];
  result.trainees.forEach((t, i) => {
    const rowErrors = errors.get(t.row) ?? [];
    const amountOk = t.amountFen !== null && Number.isSafeInteger(t.amountFen) && t.amountFen >= 0;
    const r = rows[i];
    const left = (reasons: string[]): ExcludedRow => ({
      row: t.row, name: t.name, occupation: t.occupation.trim(), cert: r.cert ?? t.certType.trim(),
      level: r.level !== null ? LEVEL_ZH[r.level] : t.level.trim(),
      category: r.entry?.category ?? normalizeCategory(t.category), amountFen: amountOk ? t.amountFen : null, reasons,
    });
    if (!amountOk) {
      excluded.push(left([...rowErrors, '补贴金额为空或无法识别，不能申领'].filter((m, k, a) => a.indexOf(m) === k)));
      return;
    }
    if (rowErrors.length && !opts.includeErrorRows) {
      excluded.push(left(rowErrors));
      return;
    }
    const s = rates[i];
    const fixed = s.status === 'ok' && s.rate.kind === 'fixed' ? s.rate : null;
    included.push({
      row: t.row,
      name: t.name,
      id: keys[i] ?? shownId(facts.idAt(i)),
      occupation: r.entry?.name ?? t.occupation.trim(),
      cert: r.cert ?? t.certType.trim(),
      level: r.level,
      category: r.entry?.category ?? normalizeCategory(t.category),
      rateFen: fixed ? fixed.fen : null,
      upliftPercent: fixed ? fixed.upliftPercent : 0,
      amountFen: t.amountFen as number,
      start: t.start.date,
      end: t.end.date,
      hours: t.hours !== null && Number.isFinite(t.hours) ? t.hours : null,
      hasErrors: rowErrors.length > 0,
    });
  });
  return { included, excluded };
}
