// The 校验结果 sheet in ET: core/marks' table written exactly as the Office adapter writes it (reportRow:
// the same cells and =HYPERLINK formulas; summary in J:K), through Formula / Value2 block writes.
import { a1 } from '../core';
import type { ResultsTable } from '../core';
import { RESULTS_SHEET as REPORT_SHEET, resultsSheetFor } from '../core';
import { reportRow } from '../office/report';
import { addSheet, deleteSheet, sheetOrNull, type EtApplication } from './et';

export { REPORT_SHEET };

/** The roster's own 校验结果 sheet (校验结果-花名册), as the Office adapter names it: one per roster sheet. */
export function deleteReport(app: EtApplication, sheetName: string): void {
  const ws = sheetOrNull(app, resultsSheetFor(sheetName));
  if (ws) deleteSheet(app, ws);
}

export function writeReport(app: EtApplication, sheetName: string, table: ResultsTable): void {
  deleteReport(app, sheetName);
  const ws = addSheet(app, resultsSheetFor(sheetName));
  const width = table.headers.length;
  const header = ws.Range(`A1:${a1(1, width)}`);
  header.Value2 = [table.headers];
  header.Font.Bold = true;
  // 说明 (G) wide: 360 pt in the Office adapter ≈ 64 characters
  ws.Range('G:G').ColumnWidth = 64;
  const rows = table.rows.map((x) => reportRow(sheetName, x));
  if (rows.length) {
    // 字段 … 相关行 (D:H) stay text whatever they hold
    ws.Range(`D2:H${rows.length + 1}`).NumberFormat = '@';
    ws.Range(`A2:${a1(rows.length + 1, width)}`).Formula = rows;
  }
  if (table.empty !== null) ws.Range('A2').Value2 = table.empty;
  const summary = table.summary.map((l) => [l.label, l.value ?? '']);
  if (summary.length) {
    ws.Range(`J1:J${summary.length}`).NumberFormat = '@';
    ws.Range(`J1:K${summary.length}`).Value2 = summary;
  }
}
