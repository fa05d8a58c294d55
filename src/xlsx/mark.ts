// A marked copy of the roster: faulty cells filled by severity with a note giving the reasons,
// and a 校验结果 sheet listing every finding. The user's values are never changed.
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { Finding, Locale, RosterLayout, Severity } from '../core/types';
import { InputError } from './errors';
import { patchInternalHyperlinks } from './links';
import { addResultsSheet } from './results-sheet';

/** Fill colours (ARGB) by severity: light red, light yellow, light blue. */
export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface MarkOptions {
  locale?: Locale;
  /** the roster file's name, shown on the results sheet */
  file?: string;
}

/** The column a row-level finding (col 0) is marked on: 序号, else the roster's first mapped column. */
export function rowMarkColumn(layout: RosterLayout): number {
  const seq = layout.columns.find((c) => c.field === 'seq');
  if (seq) return seq.col;
  const cols = layout.columns.map((c) => c.col);
  return cols.length ? Math.min(...cols) : 1;
}

function noteText(existing: ExcelJS.Comment | string | undefined): string {
  if (!existing) return '';
  if (typeof existing === 'string') return existing;
  const texts = (existing as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/** Fills and annotates the faulty cells of ws, and adds (or replaces) the 校验结果 sheet. */
export function markWorkbook(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, layout: RosterLayout, findings: Finding[], opts: MarkOptions = {}): void {
  const rowCol = rowMarkColumn(layout);
  const byCell = new Map<string, { row: number; col: number; items: Finding[] }>();
  for (const f of findings) {
    if (f.row < 1) continue; // a finding on the roster as a whole has no cell
    const col = f.col > 0 ? f.col : rowCol;
    const key = `${f.row}:${col}`;
    let e = byCell.get(key);
    if (!e) byCell.set(key, (e = { row: f.row, col, items: [] }));
    e.items.push(f);
  }
  for (const { row, col, items } of byCell.values()) {
    const worst = items.reduce((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), 'info' as Severity);
    const cell = ws.getCell(row, col);
    // copy the style so cells sharing a style object are not filled too
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worst] } },
    };
    const lines = items.map((f) => `[${f.code}] ${f.message ?? f.code}`);
    const previous = noteText(cell.note as ExcelJS.Comment | string | undefined);
    const text = (previous ? `${previous}\n——\n` : '') + lines.join('\n');
    cell.note = { texts: [{ text }], margins: { insetmode: 'auto' } } as unknown as ExcelJS.Comment;
  }
  addResultsSheet(wb, ws.name, layout, findings, rowCol, opts);
}

/**
 * Writes the workbook to a temporary name in the target's folder, then renames it into place,
 * so a failed write never leaves a half-written file. Refuses to overwrite the input.
 */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, outFile: string, inputFile?: string): Promise<void> {
  patchInternalHyperlinks();
  const target = path.resolve(outFile);
  if (inputFile && path.resolve(inputFile) === target) {
    throw new InputError(`${outFile}：输出文件不能与输入文件相同（原文件不会被修改）`, `${outFile}: the output must not be the input file (the input is never modified)`);
  }
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new InputError(`${outFile}：无法创建输出文件夹（${(e as NodeJS.ErrnoException).code ?? e}）`, `${outFile}: cannot create the output folder`);
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new InputError(`${outFile}：无法写入输出文件（${code}）`, `${outFile}: cannot write the output file (${code})`);
  }
}
