// Order and counts of findings: shared by the engine (one roster) and the ledger check (a run).
import type { Finding, Severity } from './types';

export type SeverityCounts = Record<Severity, number>;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by row, then column, then severity, then code: the order of the report and the pane. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function countFindings(findings: Finding[]): { summary: SeverityCounts; byRule: Record<string, number> } {
  const summary: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of findings) {
    summary[f.severity]++;
    byRule[f.code] = (byRule[f.code] ?? 0) + 1;
  }
  return { summary, byRule };
}
