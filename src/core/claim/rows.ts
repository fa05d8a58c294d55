// Which roster rows go into the claim, and what each contributes: the resolved certificate, level,
// category and policy rate, the canonical ID (all from the check's facts, as the rules read them), the amount.
import type { CheckResult } from '../engine';
import { LEVEL_ZH } from '../cert';
import { normalizeCategory } from '../catalog/normalize';
import type { Catalog } from '../catalog/types';
import { Facts, shownId } from '../facts';
import type { Policy } from '../policy/schema';
import { cellShownText, cellValue } from '../layout/read';
import type { CalDate, Category, CertType, Level, Trainee } from '../types';
import { isLedgerFinding } from './ledger';

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
  /** the policy sets no rate for the row's certificate: claimed at the roster's amount, on request */
  unrated?: boolean;
  /** the roster's text of the other mapped columns, in FINGERPRINT_EXTRA order (for the fingerprint) */
  extra?: string[];
}

/** The mapped columns the fingerprint covers besides the claim's own values (see docs/claim.md). */
export const FINGERPRINT_EXTRA = ['gender', 'phone', 'category', 'certNo', 'personType', 'remark'] as const;

function cellText(t: Trainee, field: (typeof FINGERPRINT_EXTRA)[number]): string {
  const text = cellShownText(t, field);
  if (text !== undefined) return text;
  const value = cellValue(t, field);
  return value === null || value === undefined ? '' : String(value);
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

/** Why a row is left out even with includeErrorRows. */
export const ID_UNREADABLE = '身份证号码无法识别，不能纳入申领或公示';
const UNRATED_TAIL = '：未纳入申领（确需按花名册金额申领的，选择纳入无政策标准的行）';
export const UNRATED = `政策未规定该证书（等级）的补贴标准${UNRATED_TAIL}`;
export const ID_REPEATED = '身份证号码在花名册中重复，不能纳入申领或公示';

/**
 * Splits the checked roster into the rows claimed and the rows left out. A row with an error finding is
 * left out unless includeErrorRows (a row the ledger rules caught always is); a row without a readable
 * amount is always left out.
 */
export function selectRows(
  result: CheckResult,
  opts: { policy: Policy; catalog: Catalog; includeErrorRows?: boolean; includeUnrated?: boolean; today: CalDate },
): ClaimSelection {
  const errors = new Map<number, string[]>();
  // rows the ledger rules caught: already paid, never claimed again (not even with includeErrorRows)
  const paid = new Set<number>();
  // the rate.no-rule message of each row (a warning): why an unrated row is left out
  const noRate = new Map<number, string>();
  for (const f of result.findings) {
    if (f.code === 'rate.no-rule' && f.message) noRate.set(f.row, `${f.message}${UNRATED_TAIL}`);
    if (f.severity !== 'error') continue;
    if (isLedgerFinding(f.code)) paid.add(f.row);
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
  // with includeErrorRows, a row is still never claimed (nor published) without one readable, unrepeated ID
  const seen = new Map<string, number>();
  if (opts.includeErrorRows) for (const k of keys) if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
  result.trainees.forEach((t, i) => {
    const rowErrors = errors.get(t.row) ?? [];
    const amountOk = t.amountFen !== null && Number.isSafeInteger(t.amountFen) && t.amountFen >= 0;
    const r = rows[i];
    const left = (reasons: string[]): ExcludedRow => ({
      row: t.row,
      name: t.name,
      occupation: t.occupation.trim(),
      cert: r.cert ?? t.certType.trim(),
      level: r.level !== null ? LEVEL_ZH[r.level] : t.level.trim(),
      category: r.entry?.category ?? normalizeCategory(t.category),
      amountFen: amountOk ? t.amountFen : null,
      reasons,
    });
    if (!amountOk) {
      excluded.push(left([...rowErrors, '补贴金额为空或无法识别，不能申领'].filter((m, k, a) => a.indexOf(m) === k)));
      return;
    }
    if (rowErrors.length && (!opts.includeErrorRows || paid.has(t.row))) {
      excluded.push(left(rowErrors));
      return;
    }
    if (opts.includeErrorRows) {
      const key = keys[i];
      const why = !key ? ID_UNREADABLE : (seen.get(key) ?? 0) > 1 ? ID_REPEATED : null;
      if (why) {
        excluded.push(left([...rowErrors, why].filter((m, k, a) => a.indexOf(m) === k)));
        return;
      }
    }
    const s = rates[i];
    const unrated = s.status === 'no-rule';
    if (unrated && !opts.includeUnrated) {
      excluded.push(left([...rowErrors, noRate.get(t.row) ?? UNRATED]));
      return;
    }
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
      extra: FINGERPRINT_EXTRA.map((f) => cellText(t, f)),
      ...(unrated ? { unrated: true } : {}),
    });
  });
  return { included, excluded };
}
