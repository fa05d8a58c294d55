// Writing an append plan (core/ledger planLedgerAppend) into a ledger workbook with ExcelJS, or into a
// CSV ledger. The file is replaced atomically (temporary file, then rename).
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { type AppendPlan, type CellValue, formatDate, InputError, type LedgerParse, serialToDate, t } from '../core';
import { writeWorkbookAtomic } from '../xlsx/mark';

/** The row the plan's new columns go to: the existing header's first row, or the new header row. */
function headerRowOf(plan: AppendPlan, parse: LedgerParse | null): number {
  return plan.headerRow || (parse?.headerRows[0] ?? 1);
}

/** Writes the plan into a worksheet (header cells bold, IDs as text, dates and money formatted). */
export function applyPlanToSheet(ws: ExcelJS.Worksheet, plan: AppendPlan, parse: LedgerParse | null): void {
  const hr = headerRowOf(plan, parse);
  for (const c of plan.addColumns) {
    const cell = ws.getCell(hr, c.col);
    cell.value = c.header;
    cell.font = { bold: true };
    if (!ws.getColumn(c.col).width) ws.getColumn(c.col).width = c.field === 'id' || c.field === 'fingerprint' ? 21 : 13;
  }
  plan.rows.forEach((values, i) => {
    const row = ws.getRow(plan.firstRow + i);
    values.forEach((v, k) => {
      if (v === null || v === '') return;
      const cell = row.getCell(k + 1);
      const fmt = plan.formats[k];
      cell.value = v;
      if (fmt) cell.numFmt = fmt;
    });
    row.commit();
  });
}

/** Writes the plan into the workbook's sheet and saves the workbook over `file`. */
export async function saveWorkbookWithPlan(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plan: AppendPlan, parse: LedgerParse | null, file: string): Promise<void> {
  applyPlanToSheet(ws, plan, parse);
  await writeWorkbookAtomic(wb, file);
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
export async function saveCsvWithPlan(file: string, existing: string | null, plan: AppendPlan, parse: LedgerParse | null): Promise<void> {
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
  plan.rows.forEach((values, i) => values.forEach((v, k) => put(plan.firstRow + i, k + 1, csvCell(v, plan.formats[k]))));
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  const text = '\ufeff' + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(
      'ledger.cannot-write',
      t(`${file}：无法写入台账（${code}）`, `${file}: cannot write the ledger (${code})`),
    );
  }
}
