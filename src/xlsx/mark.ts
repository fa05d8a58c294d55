// What a marked copy marks: each faulty cell, filled by its worst severity, with a note giving every
// reason. The copy itself is written by marked-copy.ts (patching the package); writeWorkbookAtomic
// stays for the commands that still write whole workbooks with ExcelJS (assemble, ledger add).
import type ExcelJS from 'exceljs';
import type { Finding, RosterLayout, Severity } from '../core';
import { writeFileAtomic } from './atomic';
import { patchInternalHyperlinks } from './links';

export { SEVERITY_FILL } from './styles-part';
export type { MarkOptions } from './results-sheet';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The column a row-level finding (col 0) is marked on: 序号, else the roster's first mapped column. */
export function rowMarkColumn(layout: RosterLayout): number {
  const seq = layout.columns.find((c) => c.field === 'seq');
  if (seq) return seq.col;
  const cols = layout.columns.map((c) => c.col);
  return cols.length ? Math.min(...cols) : 1;
}

export interface CellMarkNote {
  row: number;
  col: number;
  /** the worst severity of the cell's findings */
  severity: Severity;
  /** one line per finding: "[code] message" */
  text: string;
}

/** The marked cells, sorted by row then column; findings on the roster as a whole (row 0) have no cell. */
export function cellMarks(findings: Finding[], layout: RosterLayout): CellMarkNote[] {
  const rowCol = rowMarkColumn(layout);
  const byCell = new Map<string, { row: number; col: number; items: Finding[] }>();
  for (const f of findings) {
    if (f.row < 1) continue;
    const col = f.col > 0 ? f.col : rowCol;
    const key = `${f.row}:${col}`;
    let e = byCell.get(key);
    if (!e) byCell.set(key, (e = { row: f.row, col, items: [] }));
    e.items.push(f);
  }
  return [...byCell.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(({ row, col, items }) => ({
      row,
      col,
      severity: items.reduce((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info' as Severity),
      text: items.map((f) => `[${f.code}] ${f.message ?? f.code}`).join('\n'),
    }));
}

/**
 * Writes an ExcelJS workbook to a temporary name in the target's folder, then renames it into place,
 * so a failed write never leaves a half-written file. Refuses to overwrite the input.
 */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, outFile: string, inputFile?: string): Promise<void> {
  patchInternalHyperlinks();
  await writeFileAtomic(outFile, inputFile, async (tmp) => {
    await wb.xlsx.writeFile(tmp);
  });
}
