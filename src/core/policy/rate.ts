// The subsidy a policy sets for one certificate, level, occupation category and kind of trainee.
import { matchesPersonType } from './person-type';
import { yuanText } from './money';
import type { Policy, PolicyRate } from './schema';
import type { Category, CertType, Level } from '../types';

export interface RateQuery {
  certType: CertType;
  /** the level for types that have one; null otherwise */
  level: Level | null;
  /** the occupation's catalog category; null when unknown */
  category: Category | null;
  /** the trainee's text that personType rates are matched against (人员类别, 备注, certificate text), compacted: see compactText */
  personType?: string;
}

export interface RateExplain {
  zh: string;
  en: string;
}

interface RateBase {
  explain: RateExplain;
  /** the policy rate that was picked */
  rate: PolicyRate;
  /** the uplift percentage added (0 when none) */
  upliftPercent: number;
}

export type RateResult =
  | (RateBase & { kind: 'fixed'; fen: number })
  | (RateBase & { kind: 'range'; minFen: number; maxFen: number })
  | (RateBase & { kind: 'perMonth'; fen: number });

/** Weights of a rate's constraints: a personType match beats a level, which beats a category. */
const W_PERSON = 4;
const W_LEVEL = 2;
const W_CATEGORY = 1;

function score(r: PolicyRate, q: RateQuery): number {
  if (r.certType !== q.certType) return -1;
  let s = 0;
  if (r.level !== undefined) {
    if (r.level !== q.level) return -1;
    s += W_LEVEL;
  }
  if (r.category !== undefined) {
    if (r.category !== q.category) return -1;
    s += W_CATEGORY;
  }
  if (r.personType !== undefined) {
    if (!matchesPersonType(r.personType, q.personType ?? '')) return -1;
    s += W_PERSON;
  }
  return s;
}

/** The most specific rate matching the query; the first listed wins a tie. */
export function findRate(policy: Policy, q: RateQuery): PolicyRate | null {
  let best: PolicyRate | null = null;
  let bestScore = -1;
  for (const r of policy.rates) {
    const s = score(r, q);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

/** The uplift percentage for the rate and category: 0 unless the type is listed, the rate has no category of its own and allows it. */
export function upliftPercentFor(policy: Policy, r: PolicyRate, category: Category | null): number {
  if (r.uplift === false || r.category !== undefined || category === null) return 0;
  if (!policy.uplift.appliesTo.includes(r.certType)) return 0;
  return policy.uplift.percent[category] ?? 0;
}

/** Whether the rate for this query could differ by category (a category table, or an uplift that applies). */
export function dependsOnCategory(policy: Policy, q: Omit<RateQuery, 'category'>): boolean {
  const results = (['A', 'B', 'C'] as const).map((category) => computeRate(policy, { ...q, category }));
  const key = (r: RateResult | null) =>
    r === null ? 'none' : r.kind === 'range' ? `${r.minFen}-${r.maxFen}` : `${r.kind}:${r.fen}`;
  return new Set(results.map(key)).size > 1;
}

const uplifted = (fen: number, percent: number) => Math.round((fen * (100 + percent)) / 100);

function factorText(percent: number): string {
  return String(Math.round((1 + percent / 100) * 10000) / 10000);
}

/** listed: the uplift could apply to this rate (type listed, no category of its own); used to say "C类不上浮". */
function explainOne(
  baseFen: number,
  percent: number,
  category: Category | null,
  rate: PolicyRate,
  listed: boolean,
): RateExplain {
  const base = yuanText(baseFen);
  if (percent > 0 && category) {
    const result = yuanText(uplifted(baseFen, percent));
    return {
      zh: `${base} × ${factorText(percent)} (${category}类上浮${percent}%) = ${result}`,
      en: `${base} × ${factorText(percent)} (category ${category} +${percent}%) = ${result}`,
    };
  }
  if (rate.category) return { zh: `${base} (${rate.category}类标准)`, en: `${base} (category ${rate.category} rate)` };
  if (category && rate.uplift !== false && listed) {
    return { zh: `${base} (${category}类不上浮)`, en: `${base} (no uplift for category ${category})` };
  }
  return { zh: base, en: base };
}

const caches = new WeakMap<Policy, Map<string, RateResult | null>>();

function compute(policy: Policy, q: RateQuery): RateResult | null {
  const rate = findRate(policy, q);
  if (!rate) return null;
  const percent = upliftPercentFor(policy, rate, q.category);
  const listed = policy.uplift.appliesTo.includes(rate.certType) && rate.category === undefined;
  const a = rate.amount;
  if (a.kind === 'range') {
    const minFen = uplifted(a.min, percent);
    const maxFen = uplifted(a.max, percent);
    const span = `${yuanText(a.min)}–${yuanText(a.max)}`;
    const explain: RateExplain =
      percent > 0 && q.category
        ? {
            zh: `(${span}) × ${factorText(percent)} (${q.category}类上浮${percent}%) = ${yuanText(minFen)}–${yuanText(maxFen)}`,
            en: `(${span}) × ${factorText(percent)} (category ${q.category} +${percent}%) = ${yuanText(minFen)}–${yuanText(maxFen)}`,
          }
        : { zh: span, en: span };
    return { kind: 'range', minFen, maxFen, explain, rate, upliftPercent: percent };
  }
  const e = explainOne(a.yuan, percent, q.category, rate, listed);
  if (a.kind === 'perMonth') {
    return {
      kind: 'perMonth',
      fen: uplifted(a.yuan, percent),
      explain: { zh: `每月 ${e.zh}`, en: `${e.en} per month` },
      rate,
      upliftPercent: percent,
    };
  }
  return { kind: 'fixed', fen: uplifted(a.yuan, percent), explain: e, rate, upliftPercent: percent };
}

/**
 * The amount the policy sets for the query, or null when it has no rate for it. Picks the most
 * specific matching rate (personType over level over category), adds the category uplift when the
 * type is in policy.uplift.appliesTo, the rate has no category of its own and uplift !== false, and
 * rounds to the fen. explain shows the computation ("1500 × 1.2 (A类上浮20%) = 1800").
 * Memoized per policy and distinct query.
 */
export function computeRate(policy: Policy, q: RateQuery): RateResult | null {
  let cache = caches.get(policy);
  if (!cache) {
    cache = new Map();
    caches.set(policy, cache);
  }
  const key = `${q.certType}|${q.level ?? ''}|${q.category ?? ''}|${q.personType ?? ''}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = compute(policy, q);
    if (cache.size >= 10000) cache.clear();
    cache.set(key, r);
  }
  return r;
}
