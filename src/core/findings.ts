// Order and counts of findings: shared by the engine (one roster) and the ledger check (a run).
import { severityRank } from './marks/severity';
import type { Finding, Severity } from './types';

export type SeverityCounts = Record<Severity, number>;

/** Sorts by row, then column, then severity, then code: the order of the report and the pane. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.row - b.row ||
    a.col - b.col ||
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
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
