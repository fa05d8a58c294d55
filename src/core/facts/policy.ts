// The policy facts of each trainee: the catalog entry, the certificate type and level, and the rate
// the policy sets. Computed once per check (Facts) with per-distinct-string caches, so the cost per
// row is a few Map lookups. The policy rules and the claim rows read them.
import type { Catalog } from '../catalog/types';
import { normalizeOccupationName } from '../catalog/normalize';
import type { CatalogEntry } from '../catalog/types';
import { certHasLevel, normalizeCertType } from '../cert/cert-type';
import { isNoLevel, normalizeLevel } from '../cert/level';
import { compactText } from '../policy/person-type';
import { cellShownText, cellValue } from '../layout/read';
import { computeRate, type RateResult } from '../policy/rate';
import { codesOf, groupBy, type TraineeColumns } from './columns';
import type { Policy } from '../policy/schema';
import type { Category, CertType, Level, Trainee } from '../types';

/** ok: a valid level for a type with levels; none: no level for a type without; the rest are cert.level-invalid. */
export type LevelState = 'ok' | 'none' | 'missing' | 'invalid' | 'unexpected';

export interface PolicyRow {
  /** the catalog entry; null when the occupation is empty or not in the catalog */
  entry: CatalogEntry | null;
  cert: CertType | null;
  level: Level | null;
  levelState: LevelState;
  /** compacted 人员类别 + 备注 + certificate text, for personType rates ('' when the policy has none) */
  personText: string;
}

export type RateStatus =
  | { status: 'ok'; rate: RateResult }
  /** the amount depends on the category, which is unknown (occupation unknown or empty) */
  | { status: 'unknown-category' }
  /** the policy has no rate for the combination */
  | { status: 'no-rule' }
  /** certificate unknown or level invalid: other rules report it */
  | { status: 'skip' };

function levelOf(t: Trainee, cert: CertType): { level: Level | null; levelState: LevelState } {
  if (!certHasLevel(cert)) return { level: null, levelState: isNoLevel(t.level) ? 'none' : 'unexpected' };
  if (isNoLevel(t.level)) {
    // "职业技能等级证书（初级工）" written in the certificate column counts
    const fromCert = normalizeLevel(t.certType);
    return fromCert ? { level: fromCert, levelState: 'ok' } : { level: null, levelState: 'missing' };
  }
  const level = normalizeLevel(t.level);
  return level ? { level, levelState: 'ok' } : { level: null, levelState: 'invalid' };
}

/** The 备注 cell as shown ('' without one), read in place: no RowCell per row. */
function remarkOf(t: Trainee): string {
  const text = cellShownText(t, 'remark');
  if (text !== undefined) return text;
  const value = cellValue(t, 'remark');
  return value == null ? '' : String(value);
}

/** compactText of person texts, kept across checks (a handful of distinct texts; NFKC is not cheap). */
const personTexts = new Map<string, string>();

function personTextOf(joined: string): string {
  let c = personTexts.get(joined);
  if (c === undefined) {
    if (personTexts.size >= STATUS_CACHE_LIMIT) personTexts.clear();
    personTexts.set(joined, (c = compactText(joined)));
  }
  return c;
}

function resolveRow(catalog: Catalog, t: Trainee, remark: string, wantPerson: boolean): PolicyRow {
  const entry = t.occupation ? (catalog.byName.get(normalizeOccupationName(t.occupation)) ?? null) : null;
  const cert = t.certType ? normalizeCertType(t.certType) : null;
  const lv = cert ? levelOf(t, cert) : { level: null, levelState: 'none' as const };
  const personText = wantPerson ? personTextOf(`${t.personType} ${remark} ${t.certType}`) : '';
  return { entry, cert, level: lv.level, levelState: lv.levelState, personText };
}

/**
 * Rows with the same occupation, certificate, level (and person texts) share one resolved object: the
 * rows are grouped by their coded texts (columns.ts) and each group is resolved once.
 */
export function buildPolicyRows(
  trainees: readonly Trainee[],
  policy: Policy,
  catalog: Catalog,
  coded: TraineeColumns,
): PolicyRow[] {
  const n = trainees.length;
  const wantPerson = policy.rates.some((r) => r.personType !== undefined);
  const columns = [coded.texts('occupation'), coded.texts('certType'), coded.texts('level')];
  if (wantPerson)
    columns.push(
      coded.texts('personType'),
      codesOf(n, (i) => remarkOf(trainees[i])),
    );
  const groups = groupBy(columns, n);
  const resolved = groups.first.map((i) => {
    const t = trainees[i];
    return resolveRow(catalog, t, wantPerson ? remarkOf(t) : '', wantPerson);
  });
  const out = new Array<PolicyRow>(n);
  for (let i = 0; i < n; i++) out[i] = resolved[groups.ids[i]];
  return out;
}

function amountKey(r: RateResult | null): string {
  if (r === null) return 'none';
  return r.kind === 'range' ? `range:${r.minFen}-${r.maxFen}` : `${r.kind}:${r.fen}`;
}

const CATEGORIES: readonly Category[] = ['A', 'B', 'C'];

function statusOf(policy: Policy, row: PolicyRow): RateStatus {
  if (!row.cert || (row.levelState !== 'ok' && row.levelState !== 'none')) return { status: 'skip' };
  const q = { certType: row.cert, level: row.level, personType: row.personText };
  if (row.entry) {
    const rate = computeRate(policy, { ...q, category: row.entry.category });
    return rate ? { status: 'ok', rate } : { status: 'no-rule' };
  }
  // category unknown: the amount is known only if it is the same for A, B and C
  const all = CATEGORIES.map((category) => computeRate(policy, { ...q, category }));
  if (all.every((r) => r === null)) return { status: 'no-rule' };
  const key = amountKey(all[0]);
  if (!all.every((r) => amountKey(r) === key)) return { status: 'unknown-category' };
  const plain = computeRate(policy, { ...q, category: null });
  return { status: 'ok', rate: plain && amountKey(plain) === key ? plain : (all[0] as RateResult) };
}

/** Per policy: the rate status of each distinct (certificate, level, category, person text), kept across checks as computeRate keeps its rates. */
const statusCaches = new WeakMap<Policy, Map<string, RateStatus>>();
const STATUS_CACHE_LIMIT = 10000;

/** What statusOf reads of a row, as one string. */
function statusKey(row: PolicyRow): string {
  if (!row.cert || (row.levelState !== 'ok' && row.levelState !== 'none')) return '';
  const category = row.entry ? row.entry.category : '?';
  return `${row.cert}|${row.level ?? ''}|${category}|${row.personText}`;
}

/** The rate status per trainee (same order as the rows). */
export function buildRates(rows: readonly PolicyRow[], policy: Policy): RateStatus[] {
  let shared = statusCaches.get(policy);
  if (shared === undefined) statusCaches.set(policy, (shared = new Map()));
  const cache = new Map<PolicyRow, RateStatus>();
  return rows.map((row) => {
    let s = cache.get(row);
    if (s === undefined) {
      const key = statusKey(row);
      s = shared.get(key);
      if (s === undefined) {
        s = statusOf(policy, row);
        if (shared.size >= STATUS_CACHE_LIMIT) shared.clear();
        shared.set(key, s);
      }
      cache.set(row, s);
    }
    return s;
  });
}
