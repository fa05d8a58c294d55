// Reads an .xlsx file chosen in the pane with ExcelJS's browser bundle, loaded lazily (a separate
// webpack chunk fetched from the add-in's own origin only when a workbook is chosen). Each sheet
// becomes a Grid by the CLI's own code (src/xlsx/grid.ts, browser-safe): dates as serial numbers,
// displayed texts and number formats, so a roster reads the same here as with the CLI.
import type { Grid } from '../../core';
import { worksheetGrid, type GridWorksheet } from '../../xlsx/grid';
import { checkEntrySizes, entrySizes } from '../../xlsx/zip-limits';
import type { CatalogRows } from '../state/types';

interface XlsxSheet extends GridWorksheet {
  name: string;
}
interface XlsxWorkbook {
  worksheets: XlsxSheet[];
  xlsx: { load(data: ArrayBuffer): Promise<unknown> };
}
interface ExcelJsModule {
  Workbook: new () => XlsxWorkbook;
}

/** Picks the catalog sheet: one named like 职业目录 / 目录 / catalog, else the first. */
export function pickSheet<T extends { name: string }>(sheets: T[]): T | undefined {
  return sheets.find((s) => /目录|catalog/i.test(s.name)) ?? sheets[0];
}

/**
 * Refuses a workbook above the CLI's limits (src/xlsx/zip-limits.ts: per part, in all, compression
 * ratio), with the CLI's words, from the sizes its zip directory declares, before ExcelJS inflates it.
 */
async function checkSizes(data: ArrayBuffer, name: string): Promise<void> {
  const { default: JSZip } = await import(/* webpackChunkName: "exceljs" */ 'jszip');
  let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return; // not a zip: ExcelJS says it cannot read the file, as before
  }
  checkEntrySizes(entrySizes(zip), name);
}

async function loadWorkbook(data: ArrayBuffer, name: string): Promise<XlsxWorkbook> {
  await checkSizes(data, name);
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs/dist/exceljs.min.js')) as unknown as
    ExcelJsModule | { default: ExcelJsModule };
  const ExcelJS: ExcelJsModule = 'Workbook' in mod ? mod : mod.default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  return wb;
}

/** The catalog sheet's cell values, rows[0] = row 1 (as the CLI's readSheetRows gives them). */
export async function readXlsxRows(data: ArrayBuffer, name = '所选工作簿'): Promise<CatalogRows> {
  const sheet = pickSheet((await loadWorkbook(data, name)).worksheets);
  return sheet ? worksheetGrid(sheet).values : [];
}

/** Every sheet of an .xlsx file as a Grid, in workbook order (rosters chosen for the ledger). */
export async function readXlsxSheets(data: ArrayBuffer, name = '所选工作簿'): Promise<{ name: string; grid: Grid }[]> {
  return (await loadWorkbook(data, name)).worksheets.map((s) => ({ name: s.name, grid: worksheetGrid(s) }));
}
