// The FakeHost's 补贴台账: a sheet of 2-D rows from A1 that an append plan is written into the way the
// Office adapter writes it (header cells of new columns, then the rows from plan.firstRow).
import type { AppendPlan } from '../../src/core/ledger';
import type { LedgerWriteOptions, LedgerWriteStats } from '../../src/core';

export type Rows = (string | number | boolean | null)[][];

function put(rows: Rows, r: number, c: number, v: string | number | boolean | null): void {
  while (rows.length < r) rows.push([]);
  const row = rows[r - 1];
  while (row.length < c) row.push(null);
  row[c - 1] = v;
}

/** Writes the plan into rows (changed in place); returns what the adapter would report. */
export function applyPlan(
  rows: Rows | undefined,
  plan: AppendPlan,
  opts: LedgerWriteOptions = {},
): { rows: Rows; stats: LedgerWriteStats } {
  const created = rows === undefined;
  const out = rows ?? [];
  if (plan.noHeader) return { rows: out, stats: { syncs: 1, created: false, rows: 0, headers: 0 } };
  const hr = plan.headerRow || opts.headerRow || 1;
  for (const c of plan.addColumns) put(out, hr, c.col, c.header);
  plan.rows.forEach((line, i) => line.forEach((v, k) => put(out, plan.firstRow + i, k + 1, v)));
  return { rows: out, stats: { syncs: 2, created, rows: plan.rows.length, headers: plan.addColumns.length } };
}
