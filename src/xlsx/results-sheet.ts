// The 校验结果 sheet: every finding with a link to its cell, and a summary by severity and rule.
import type ExcelJS from 'exceljs';
import { a1, colLetter } from '../core/a1';
import type { Finding, Locale, RosterLayout, Severity } from '../core/types';
import { cellLink } from './links';
import type { MarkOptions } from './mark';

export const RESULTS_SHEET = '校验结果';

const FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

const LABELS: Record<Locale, { head: string[]; sev: Record<Severity, string>; summary: string; total: string; byRule: string; count: string; file: string; sheet: string; none: string }> = {
  'zh-CN': {
    head: ['行', '列', '单元格', '字段', '规则代码', '严重程度', '说明', '相关行'],
    sev: { error: '错误', warning: '警告', info: '提示' },
    summary: '汇总', total: '合计', byRule: '规则代码', count: '数量', file: '文件', sheet: '工作表', none: '未发现问题',
  },
  'en-US': {
    head: ['Row', 'Column', 'Cell', 'Field', 'Rule', 'Severity', 'Message', 'Related rows'],
    sev: { error: 'error', warning: 'warning', info: 'info' },
    summary: 'Summary', total: 'Total', byRule: 'Rule', count: 'Count', file: 'File', sheet: 'Sheet', none: 'No findings',
  },
};

const WIDTHS = [7, 6, 9, 16, 24, 10, 70, 14];
const SUMMARY_COL = 10; // J: the summary block sits right of the table, leaving the table filterable

export function severityLabel(s: Severity, locale: Locale): string {
  return LABELS[locale].sev[s];
}

export function addResultsSheet(wb: ExcelJS.Workbook, rosterSheet: string, layout: RosterLayout, findings: Finding[], rowCol: number, opts: MarkOptions): ExcelJS.Worksheet {
  const locale = opts.locale ?? 'zh-CN';
  const L = LABELS[locale];
  const old = wb.getWorksheet(RESULTS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RESULTS_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const header = ws.getRow(1);
  L.head.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  const headers = new Map(layout.columns.map((c) => [c.col, c.header]));
  const fieldHeader = new Map(layout.columns.map((c) => [c.field, c.header]));
  let r = 2;
  for (const f of findings) {
    const col = f.col > 0 ? f.col : rowCol;
    const row = ws.getRow(r++);
    row.getCell(1).value = f.row > 0 ? f.row : null;
    row.getCell(2).value = f.col > 0 ? colLetter(f.col) : '';
    if (f.row > 0) {
      const addr = a1(f.row, col);
      row.getCell(3).value = { text: addr, hyperlink: cellLink(rosterSheet, addr) };
      row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    row.getCell(4).value = (f.col > 0 ? headers.get(f.col) : undefined) ?? (f.field ? fieldHeader.get(f.field) ?? f.field : '');
    row.getCell(5).value = f.code;
    const sev = row.getCell(6);
    sev.value = L.sev[f.severity];
    sev.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[f.severity] } };
    row.getCell(7).value = f.message ?? f.code;
    row.getCell(7).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(8).value = f.related?.length ? f.related.join(', ') : '';
  }
  if (findings.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: r - 1, column: L.head.length } };
  else ws.getCell(2, 1).value = L.none;

  // summary block: file and sheet, counts by severity, counts by rule
  ws.getColumn(SUMMARY_COL).width = 26;
  ws.getColumn(SUMMARY_COL + 1).width = 10;
  const put = (row: number, a: string, b: string | number | null, bold = false) => {
    const ca = ws.getCell(row, SUMMARY_COL);
    ca.value = a;
    ws.getCell(row, SUMMARY_COL + 1).value = b;
    if (bold) ca.font = { bold: true };
  };
  put(1, L.summary, null, true);
  let s = 2;
  if (opts.file) put(s++, `${L.file}：${opts.file}`, null);
  put(s++, `${L.sheet}：${rosterSheet}`, null);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const f of findings) {
    counts[f.severity]++;
    byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1);
  }
  for (const sv of ['error', 'warning', 'info'] as const) {
    put(s, L.sev[sv], counts[sv]);
    ws.getCell(s++, SUMMARY_COL).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[sv] } };
  }
  put(s++, L.total, findings.length, true);
  s++;
  put(s++, L.byRule, L.count, true);
  for (const [code, n] of [...byRule.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) put(s++, code, n);
  return ws;
}
