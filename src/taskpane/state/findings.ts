// Filtering and paging of the findings list: pure, fast on 10,000+ findings.
import { a1 } from '../../core';
import { markedCell, rowMarkColumn } from '../../core';
import { ruleByCode } from '../../core';
import type { Finding, Locale, RosterLayout } from '../../core';
import type { Filters } from './types';

export const PAGE_SIZE = 50;

export function filterFindings(findings: readonly Finding[], filters: Filters): Finding[] {
  if (filters.rule === 'all' && filters.severity === 'all') return findings as Finding[];
  return findings.filter(
    (f) =>
      (filters.rule === 'all' || f.code === filters.rule) &&
      (filters.severity === 'all' || f.severity === filters.severity),
  );
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * size, p * size + size), page: p, pages };
}

export function ruleTitle(code: string, locale: Locale): string {
  return ruleByCode(code)?.title[locale] ?? code;
}

/** Rule codes with their counts, most frequent first (ties by code). */
export function ruleCounts(byRule: Record<string, number>): { code: string; count: number }[] {
  return Object.entries(byRule)
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/** The cell a click on a finding selects: the cell it marks (core/marks), else column A of its row. */
export function targetCell(f: Finding, layout: RosterLayout | undefined): { row: number; col: number } {
  return markedCell(f, layout ? rowMarkColumn(layout) : null) ?? { row: Math.max(1, f.row), col: 1 };
}

export function findingAddress(f: Finding): string | null {
  return f.col > 0 ? a1(f.row, f.col) : null;
}
