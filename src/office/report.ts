/// <reference types="office-js" />
// The 校验结果 sheet: one row per finding, replaced on every run.
import { colLetter } from '../core/a1';
import type { Finding, Locale, Severity } from '../core/types';
import { jsonBytes, type Session } from './session';

import { RESULTS_SHEET as REPORT_SHEET } from '../core/sheet-names';

export { REPORT_SHEET };
const HEADER = ['行', '列', '单元格', '字段', '规则代码', '严重程度', '说明', '相关行'];
const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'Error', warning: 'Warning', info: 'Info' },
};

function quote(s: string): string {
  return s.replace(/"/g, '""');
}

/** =HYPERLINK("#'Sheet'!D5","D5"): clicking it jumps to the cell. */
export function cellLink(sheetName: string, row: number, col: number): string {
  const target = col > 0 ? `${colLetter(col)}${row}` : `${row}:${row}`;
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  return `=HYPERLINK("${quote(`#${sheet}!${target}`)}","${quote(target)}")`;
}

export function reportRow(sheetName: string, f: Finding, locale: Locale): (string | number)[] {
  return [
    f.row,
    f.col > 0 ? colLetter(f.col) : '',
    cellLink(sheetName, f.row, f.col),
    f.field ?? '',
    f.code,
    SEVERITY_LABEL[locale][f.severity],
    f.message ?? f.code,
    (f.related ?? []).join(', '),
  ];
}

export async function deleteReport(s: Session, name: string = REPORT_SHEET): Promise<void> {
  await s.write({ bytes: 100 + 3 * name.length, ops: 2, queue: () => s.ctx.workbook.worksheets.getItemOrNullObject(name).delete() });
}

/** Queues the replacement of the report sheet (by default 校验结果), in row chunks that fit the budget. */
export async function writeReport(s: Session, sheetName: string, findings: Finding[], locale: Locale,
  name: string = REPORT_SHEET): Promise<void> {
  await deleteReport(s, name);
  const sheet = () => s.ctx.workbook.worksheets.getItem(name);
  await s.write({ bytes: 600 + jsonBytes(HEADER), ops: 8, queue: () => {
    const ws = s.ctx.workbook.worksheets.add(name);
    const header = ws.getRangeByIndexes(0, 0, 1, HEADER.length);
    header.values = [HEADER];
    header.format.font.bold = true;
    ws.getRangeByIndexes(0, 6, 1, 1).format.columnWidth = 360;
  } });
  s.stats.formatCalls += 2;
  const textCols = ['@', '@', '@', '@', '@'];
  for (let start = 0; start < findings.length;) {
    const rows: (string | number)[][] = [];
    let bytes = 0;
    while (start + rows.length < findings.length && bytes < s.budgetBytes / 2) {
      const row = reportRow(sheetName, findings[start + rows.length], locale);
      bytes += jsonBytes(row) + 40;
      rows.push(row);
    }
    const at = start + 1;
    await s.write({ bytes, ops: 6, queue: () => {
      // text columns (字段 … 相关行) stay text whatever they hold
      sheet().getRangeByIndexes(at, 3, rows.length, 5).numberFormat = rows.map(() => textCols);
      sheet().getRangeByIndexes(at, 0, rows.length, HEADER.length).formulas = rows;
    } });
    start += rows.length;
  }
}
