// Writing an append plan (core/ledger planLedgerAppend) into a ledger workbook with ExcelJS, or into a
// CSV ledger. The file is replaced atomically (temporary file, then rename). Text that would start a
// formula is written as text: a string cell in the workbook, an apostrophe-prefixed cell in the CSV.
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { planLedgerAppend, type AppendPlan, type LedgerParse, type LedgerRecord } from '../core';
import type { CalDate, CellValue } from '../core';
import { formatDate, serialToDate } from '../core';
import { InputError } from '../core';
import { cutText } from '../xlsx/cell-text';
import { csvSafe } from './csv-safe';
import { pauseBeforeCommit } from './pause';

/** Writes `file` through a temporary file in its folder, renamed into place (never half-written). */
export async function replaceFile(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const target = path.resolve(file);
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  try {
    await write(tmp);
    await pauseBeforeCommit();
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new InputError(`${target}：无法写入台账（${code}）`, `${target}: cannot write the ledger (${code})`);
  }
}

/** The row the plan's new columns go to: the existing header's first row, or the new header row. */
function headerRowOf(plan: AppendPlan, parse: LedgerParse | null): number {
  return plan.headerRow || (parse?.headerRows[0] ?? 1);
}

/** Writes the plan into a worksheet (header cells bold, IDs as text, dates and money formatted). */
export function applyPlanToSheet(ws: ExcelJS.Worksheet, plan: AppendPlan, parse: LedgerParse | null): void {
  const hr = headerRowOf(plan, parse);
  for (const c of plan.addColumns) {
    const cell = ws.getCell(hr, c.col);
    cell.value = cutText(c.header);
    cell.font = { bold: true };
    if (!ws.getColumn(c.col).width) ws.getColumn(c.col).width = c.field === 'id' || c.field === 'fingerprint' ? 21 : 13;
  }
  plan.rows.forEach((values, i) => {
    const row = ws.getRow(plan.firstRow + i);
    values.forEach((v, k) => {
      if (v === null || v === '') return;
      const cell = row.getCell(k + 1);
      const fmt = plan.formats[k];
      // a string is written as a string cell (ExcelJS writes formulas only from { formula } objects),
      // cut at Excel's 32,767 characters with "…" (Excel would refuse or repair the file otherwise)
      cell.value = typeof v === 'string' ? cutText(v) : v;
      if (fmt) cell.numFmt = fmt;
    });
    row.commit();
  });
}

/** Writes the plan into the workbook's sheet and saves the workbook over `file`. */
export async function saveWorkbookWithPlan(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  plan: AppendPlan,
  parse: LedgerParse | null,
  file: string,
): Promise<void> {
  applyPlanToSheet(ws, plan, parse);
  await replaceFile(file, (tmp) => wb.xlsx.writeFile(tmp));
}

/** A CSV cell: dates as YYYY-MM-DD, money with two decimals, the rest as text. */
function csvCell(v: CellValue, fmt: string): string {
  if (v === null) return '';
  if (typeof v === 'number' && fmt === 'yyyy-mm-dd') {
    const d = serialToDate(v);
    return d ? formatDate(d) : String(v);
  }
  if (typeof v === 'number' && fmt === '0.00') return v.toFixed(2);
  return String(v);
}

/** Appends the plan to a CSV ledger (UTF-8 with BOM when new, so Excel opens it right). */
export async function saveCsvWithPlan(
  file: string,
  existing: string | null,
  plan: AppendPlan,
  parse: LedgerParse | null,
): Promise<void> {
  const rows: string[][] = existing
    ? (Papa.parse<string[]>(existing.replace(/^\ufeff/, ''), { skipEmptyLines: false }).data as string[][])
    : [];
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  const put = (r: number, c: number, s: string) => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1];
    while (row.length < c) row.push('');
    row[c - 1] = s;
  };
  const hr = headerRowOf(plan, parse);
  for (const c of plan.addColumns) put(hr, c.col, c.header);
  plan.rows.forEach((values, i) =>
    values.forEach((v, k) => put(plan.firstRow + i, k + 1, csvCell(v, plan.formats[k]))),
  );
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  await replaceFile(file, (tmp) => fs.writeFile(tmp, csvText(rows), 'utf8'));
}

/** CSV text as this tool writes every CSV: UTF-8 with BOM, CRLF, every cell through csvSafe. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return (
    '\ufeff' +
    Papa.unparse(
      rows.map((r) => r.map(csvSafe)),
      { newline: '\r\n' },
    ) +
    '\r\n'
  );
}

/** A record with the day it was entered (a database keeps it; files have it as a column). */
export type ExportRecord = LedgerRecord & { recordedOn?: CalDate | null };

/**
 * A whole ledger written as a new .xlsx or .csv file (ledger export): every record once, in order,
 * with the standard ledger columns (no double-entry filtering: the file holds what the database holds).
 */
export async function writeLedgerFile(file: string, records: Iterable<ExportRecord>, today: CalDate): Promise<number> {
  let plan: AppendPlan | null = null;
  const rows: CellValue[][] = [];
  for (const r of records) {
    const one = planLedgerAppend(null, [{ ...r }], r.recordedOn ?? today);
    plan ??= one;
    rows.push(one.rows[0]);
  }
  const full: AppendPlan = { ...(plan ?? planLedgerAppend(null, [], today)), rows, firstRow: 2 };
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') await saveCsvWithPlan(file, null, full, null);
  else {
    const wb = new ExcelJS.Workbook();
    await saveWorkbookWithPlan(wb, wb.addWorksheet('补贴台账'), full, null, file);
  }
  return rows.length;
}
