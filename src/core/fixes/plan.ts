// Fixes a clerk asks for, computed before anything is written: which cells change, from what to what.
// Pure: the adapter (src/office/fixes.ts) writes exactly these cells and nothing else.
import { normalizeId } from '../id/normalize';
import type { CellValue, Finding, Grid, RosterLayout } from '../types';

export type FixKind = 'id.normalize' | 'id.textFormat' | 'amount.expected';

/** One cell a fix writes: its value (or number format) before and after. 1-based sheet row and column. */
export interface CellFix {
  row: number;
  col: number;
  before: CellValue;
  /** the value written; for id.textFormat the number format '@' (the value stays) */
  after: string | number;
}

export interface FixPlan {
  kind: FixKind;
  cells: CellFix[];
}

function columnOf(layout: RosterLayout, field: string): number {
  return layout.columns.find((c) => c.field === field)?.col ?? 0;
}

function at(grid: Grid, row: number, col: number): { value: CellValue; text: string; format: string } {
  const r = row - grid.originRow;
  const c = col - grid.originCol;
  const value = grid.values[r]?.[c] ?? null;
  const text = grid.texts?.[r]?.[c] ?? (value === null ? '' : String(value));
  return { value, text, format: grid.formats?.[r]?.[c] ?? 'General' };
}

/**
 * 规范身份证号: ID cells typed as text with full-width digits, spaces, invisible characters or a lowercase x
 * (core/id normalizeId). Numbers (an ID Excel already turned into 4.1e17) are left alone: their digits are
 * lost and only the clerk can type them again.
 */
export function planIdNormalize(grid: Grid, layout: RosterLayout): FixPlan {
  const col = columnOf(layout, 'id');
  const cells: CellFix[] = [];
  if (col > 0) {
    for (const row of layout.dataRows) {
      const { value } = at(grid, row, col);
      if (typeof value !== 'string') continue;
      const n = normalizeId(value);
      if (n.changed && n.value) cells.push({ row, col, before: value, after: n.value });
    }
  }
  return { kind: 'id.normalize', cells };
}

/** 身份证号列设为文本: the ID cells of the roster's rows whose number format is not text yet. */
export function planIdTextFormat(grid: Grid, layout: RosterLayout): FixPlan {
  const col = columnOf(layout, 'id');
  const cells: CellFix[] = [];
  if (col > 0) {
    for (const row of layout.dataRows) {
      const { value, format } = at(grid, row, col);
      if (format !== '@') cells.push({ row, col, before: value, after: '@' });
    }
  }
  return { kind: 'id.textFormat', cells };
}

function expectedYuan(f: Finding): number | null {
  if (f.code !== 'rate.mismatch') return null;
  const expected = (f.params as { expected?: unknown }).expected;
  if (typeof expected !== 'string' || !/^\d+(\.\d{1,2})?$/.test(expected)) return null;
  return Number(expected);
}

/**
 * 填入应发金额: where rate.mismatch computed the policy's amount (a fixed rate; a range or per-month rate has
 * none), that amount in yuan in the amount cell. `only` limits it to the findings the clerk chose.
 */
export function planExpectedAmounts(
  grid: Grid,
  layout: RosterLayout,
  findings: readonly Finding[],
  only?: readonly Finding[],
): FixPlan {
  const col = columnOf(layout, 'amount');
  const chosen = only ?? findings;
  const cells: CellFix[] = [];
  const seen = new Set<number>();
  if (col > 0) {
    for (const f of chosen) {
      const yuan = expectedYuan(f);
      if (yuan === null || seen.has(f.row) || f.rows) continue;
      seen.add(f.row);
      const { value } = at(grid, f.row, col);
      if (value === yuan) continue;
      cells.push({ row: f.row, col, before: value, after: yuan });
    }
  }
  return { kind: 'amount.expected', cells };
}

/** Whether a finding has an amount a click can fill in. */
export function hasExpectedAmount(f: Finding): boolean {
  return expectedYuan(f) !== null && !f.rows;
}
