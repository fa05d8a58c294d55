// 导出问题清单: the findings as the 校验结果 table (core resultsTable), downloaded as .csv (UTF-8 with a BOM,
// so Excel opens the Chinese text right) or .xlsx (ExcelJS, the lazily loaded chunk the pane already has).
import Papa from 'papaparse';
import { colLetter, type CheckResult, type Locale, resultsTable } from '../../core';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function findingRows(result: CheckResult, sheet: string, locale: Locale): (string | number)[][] {
  const table = resultsTable(result.findings, result.layout, { locale, sheet });
  const rows = table.rows.map((x) => [
    x.row ?? '',
    x.column,
    x.link ? `${x.link.col ? colLetter(x.link.col) : ''}${x.link.row}` : '',
    x.field,
    x.code,
    x.severityLabel,
    x.message,
    x.related,
  ]);
  return [table.headers, ...rows];
}

export function findingsCsv(rows: (string | number)[][]): string {
  return '\uFEFF' + Papa.unparse(rows, { newline: '\r\n' });
}

interface ExcelJsWorkbook {
  addWorksheet(name: string): { addRows(rows: unknown[][]): void; getColumn(i: number): { numFmt: string } };
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
}

export async function findingsXlsx(rows: (string | number)[][], sheetName: string): Promise<ArrayBuffer> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js')) as unknown as
    { Workbook: new () => ExcelJsWorkbook } | { default: { Workbook: new () => ExcelJsWorkbook } };
  const ExcelJS = 'Workbook' in mod ? mod : mod.default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.addRows(rows);
  return wb.xlsx.writeBuffer();
}

/** Hands a file to the browser as a download (an <a download> click on a blob: URL). */
export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
