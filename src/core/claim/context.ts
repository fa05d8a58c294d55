// What the four sheet builders share: the claimed rows, the rows left out, totals, the notice period.
import { LEVEL_ZH } from '../cert';
import type { Catalog } from '../catalog/types';
import type { Policy } from '../policy/schema';
import { CERT_TYPES, type CalDate, type Category, type Level } from '../types';
import type { ClaimInfo } from './info';
import type { NoticePeriod } from './notice-period';
import type { ClaimRow, ExcludedRow } from './rows';

export const SHEET_NAMES = {
  summary: '拨付资金汇总表',
  approval: '资金审批表',
  notice: '公示名单',
  archive: '归档清单',
} as const;

export interface ClaimTotals {
  persons: number;
  fen: number;
}

export interface ClaimContext {
  info: ClaimInfo;
  policy: Policy;
  included: ClaimRow[];
  excluded: ExcludedRow[];
  totals: ClaimTotals;
  notice: NoticePeriod;
  today: CalDate;
  fingerprint: string;
  /** the roster's sheet in the same workbook, when known (for the archive checklist's link) */
  rosterSheet?: string;
  /** number of all roster rows read */
  rosterPersons: number;
  catalog: Catalog;
  /** the subsidy ledger consulted (null: none) */
  ledger: { name: string; records: number } | null;
  /** rows with error findings were claimed on request */
  includeErrorRows: boolean;
}

export interface ClaimGroup {
  occupation: string;
  cert: string;
  level: Level | null;
  category: Category | null;
  /** the amount each person in the group claims */
  perPersonFen: number;
  persons: number;
  fen: number;
  /** the policy's rate when it differs from perPersonFen (null when it agrees or is unknown) */
  policyFen: number | null;
  upliftPercent: number;
  /** rows with error findings, included on request */
  withErrors: number;
  /** rows without a policy rate, included on request */
  unrated: number;
}

export function levelText(level: Level | null): string {
  return level === null ? '—' : LEVEL_ZH[level];
}

export function categoryText(c: Category | null): string {
  return c ? `${c}类` : '—';
}

function certRank(cert: string): number {
  const i = (CERT_TYPES as readonly string[]).indexOf(cert);
  return i < 0 ? CERT_TYPES.length : i;
}

/**
 * Rows grouped by occupation, certificate type, level, category and the amount per person, in the order
 * occupations first appear on the roster; within one occupation by certificate type and level (初级 first).
 */
export function groupRows(rows: readonly ClaimRow[]): ClaimGroup[] {
  const occOrder = new Map<string, number>();
  const groups = new Map<string, ClaimGroup>();
  for (const r of rows) {
    if (!occOrder.has(r.occupation)) occOrder.set(r.occupation, occOrder.size);
    const key = [r.occupation, r.cert, r.level ?? '', r.category ?? '', r.amountFen].join('\u0001');
    let g = groups.get(key);
    if (!g) {
      g = {
        occupation: r.occupation,
        cert: String(r.cert),
        level: r.level,
        category: r.category,
        perPersonFen: r.amountFen,
        persons: 0,
        fen: 0,
        policyFen: null,
        upliftPercent: r.upliftPercent,
        withErrors: 0,
        unrated: 0,
      };
      groups.set(key, g);
    }
    g.persons++;
    g.fen += r.amountFen;
    if (r.hasErrors) g.withErrors++;
    if (r.unrated) g.unrated++;
    if (r.rateFen !== null && r.rateFen !== r.amountFen) g.policyFen = r.rateFen;
  }
  return [...groups.values()].sort(
    (a, b) =>
      (occOrder.get(a.occupation) ?? 0) - (occOrder.get(b.occupation) ?? 0) ||
      certRank(a.cert) - certRank(b.cert) ||
      (b.level ?? 0) - (a.level ?? 0) ||
      (a.category ?? '').localeCompare(b.category ?? '') ||
      a.perPersonFen - b.perPersonFen,
  );
}
