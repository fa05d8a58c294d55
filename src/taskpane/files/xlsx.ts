// Reads the rows of an .xlsx file chosen in the pane with ExcelJS's browser bundle, loaded lazily
// (a separate webpack chunk fetched from the add-in's own origin only when a workbook is chosen).
import type { CatalogRows } from '../state/types';

type Cell = string | number | boolean | null;

interface XlsxSheet {
  name: string;
  eachRow(opts: { includeEmpty: boolean }, cb: (row: { values: unknown }, rowNumber: number) => void): void;
}
interface XlsxWorkbook {
  worksheets: XlsxSheet[];
  xlsx: { load(data: ArrayBuffer): Promise<unknown> };
}
interface ExcelJsModule {
  Workbook: new () => XlsxWorkbook;
}

/** An ExcelJS cell value as a plain cell: rich text joined, formulas by their result, dates as yyyy-mm-dd. */
export function plainCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o) return plainCell(o.result);
    if (typeof o.text === 'string') return o.text;
    if ('error' in o) return null;
  }
  return String(v);
}

/** Picks the catalog sheet: one named like 职业目录 / 目录 / catalog, else the first. */
export function pickSheet<T extends { name: string }>(sheets: T[]): T | undefined {
  return sheets.find((s) => /目录|catalog/i.test(s.name)) ?? sheets[0];
}

async function loadWorkbook(data: ArrayBuffer): Promise<XlsxWorkbook> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js')) as unknown as
    | ExcelJsModule
    | { default: ExcelJsModule };
  const ExcelJS: ExcelJsModule = 'Workbook' in mod ? mod : mod.default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  return wb;
}

function sheetRows(sheet: XlsxSheet): CatalogRows {
  const rows: CatalogRows = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    // row.values is 1-based: index 0 is empty
    const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(values.map(plainCell));
  });
  return rows;
}

export async function readXlsxRows(data: ArrayBuffer): Promise<CatalogRows> {
  const sheet = pickSheet((await loadWorkbook(data)).worksheets);
  return sheet ? sheetRows(sheet) : [];
}

/** Every sheet of an .xlsx file with its rows, in workbook order (rosters chosen for the ledger). */
export async function readXlsxSheets(data: ArrayBuffer): Promise<{ name: string; rows: CatalogRows }[]> {
  return (await loadWorkbook(data)).worksheets.map((s) => ({ name: s.name, rows: sheetRows(s) }));
}
