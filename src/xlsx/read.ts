// Reading .xlsx files with ExcelJS into the core's Grid.
import { isGeneratedSheet } from '../core';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { detectLayout, type MappingOverride } from '../core';
import type { CellValue, Grid, RosterLayout } from '../core';
import { worksheetGrid } from './grid';
import { InputError } from '../core';
import { patchInternalHyperlinks } from './links';
import { packageSheets, type PackageSheet } from './fast-read';
import { XlsxPackage } from './package';

/** Checks that file exists and is an .xlsx (a zip), else an InputError naming the file. */
export async function checkXlsxFile(file: string): Promise<void> {
  let head: Buffer;
  try {
    const fh = await fs.open(file, 'r');
    try {
      const stat = await fh.stat();
      if (stat.isDirectory()) throw new InputError(`${file}：这是一个文件夹，不是 .xlsx 文件`, `${file}: is a directory, not an .xlsx file`);
      head = Buffer.alloc(8);
      await fh.read(head, 0, 8, 0);
    } finally {
      await fh.close();
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}：文件不存在`, `${file}: file not found`);
    if (code === 'EACCES') throw new InputError(`${file}：没有读取权限`, `${file}: permission denied`);
    throw new InputError(`${file}：无法读取（${code ?? String(e)}）`, `${file}: cannot read (${code ?? String(e)})`);
  }
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new InputError(`${file}：这是旧的 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 后再核验`, `${file}: old .xls format; save it as .xlsx first`);
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new InputError(`${file}：不是 .xlsx 文件（Excel 工作簿）`, `${file}: not an .xlsx workbook`);
  }
}

export function damaged(file: string, e: unknown): InputError {
  const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  const name = path.basename(file);
  return new InputError(`${name}：文件已损坏或不是有效的 .xlsx（${why}）`, `${name}: damaged or not a valid .xlsx (${why})`);
}

/** Opens an .xlsx workbook with the full reader (needed to write a marked copy). */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  await checkXlsxFile(file);
  patchInternalHyperlinks();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw damaged(file, e);
  }
  if (wb.worksheets.length === 0) throw new InputError(`${file}：工作簿中没有工作表`, `${file}: the workbook has no worksheets`);
  return wb;
}

/** The worksheet's used range as a Grid (origin A1): values, displayed texts and number formats. */
export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  return worksheetGrid(ws);
}

function visible(ws: ExcelJS.Worksheet): boolean {
  return ws.state !== 'hidden' && ws.state !== 'veryHidden';
}

function tryLayout(grid: Grid, mapping?: MappingOverride): RosterLayout | null {
  try {
    return detectLayout(grid, mapping);
  } catch {
    return null;
  }
}

/** A sheet as the chooser sees it; grid() builds (or returns) its Grid. */
export interface SheetEntry {
  name: string;
  hidden: boolean;
  grid(): Grid;
}

/**
 * Picks the roster sheet: the named one, or the first visible sheet whose header is found with all
 * required columns, else the first visible sheet with any header, else the first visible sheet.
 */
export function chooseSheet<T extends SheetEntry>(sheets: T[], file: string, sheetName?: string, mapping?: MappingOverride): { sheet: T; grid: Grid } {
  if (sheetName !== undefined) {
    const sheet = sheets.find((w) => w.name === sheetName) ?? sheets.find((w) => w.name.trim() === sheetName.trim());
    if (!sheet) {
      const names = sheets.map((w) => `「${w.name}」`).join('、');
      const namesEn = sheets.map((w) => `"${w.name}"`).join(', ');
      throw new InputError(`${file}：没有名为「${sheetName}」的工作表；现有工作表：${names}`, `${file}: no sheet named "${sheetName}"; sheets: ${namesEn}`);
    }
    return { sheet, grid: sheet.grid() };
  }
  const shown = sheets.filter((w) => !w.hidden);
  const list = shown.length ? shown : sheets;
  let partial: { sheet: T; grid: Grid } | null = null;
  let first: { sheet: T; grid: Grid } | null = null;
  for (const sheet of list) {
    if (isGeneratedSheet(sheet.name)) continue; // our own sheets: results, claim papers, ledger
    const grid = sheet.grid();
    if (!first) first = { sheet, grid };
    if (grid.values.length === 0) continue;
    const layout = tryLayout(grid, mapping);
    if (layout && layout.missing.length === 0) return { sheet, grid };
    if (layout && layout.headerRows.length && !partial) partial = { sheet, grid };
  }
  return partial ?? first ?? { sheet: list[0], grid: list[0].grid() };
}

/** chooseSheet over a workbook opened with the full reader. */
export function pickSheet(wb: ExcelJS.Workbook, file: string, sheetName?: string, mapping?: MappingOverride): { worksheet: ExcelJS.Worksheet; grid: Grid } {
  const entries = wb.worksheets.map((ws) => ({ name: ws.name, hidden: !visible(ws), ws, grid: () => sheetToGrid(ws) }));
  const { sheet, grid } = chooseSheet(entries, file, sheetName, mapping);
  return { worksheet: sheet.ws, grid };
}

export interface RosterGrid {
  sheetName: string;
  grid: Grid;
}

export interface RosterSheet extends RosterGrid {
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
}

/** Opens a roster workbook with the full reader (to write into it) and builds the Grid of its roster sheet. */
export async function readRoster(file: string, sheetName?: string, mapping?: MappingOverride): Promise<RosterSheet> {
  const workbook = await readWorkbook(file);
  const { worksheet, grid } = pickSheet(workbook, file, sheetName, mapping);
  return { workbook, worksheet, sheetName: worksheet.name, grid };
}

/**
 * The Grid of the roster sheet only, read straight from the package's XML (fast-read.ts: the same
 * Grid as the full reader, several times faster and in a fraction of the memory; nothing to write back).
 */
export async function readRosterGrid(file: string, sheetName?: string, mapping?: MappingOverride): Promise<RosterGrid> {
  await checkXlsxFile(file);
  let sheets: PackageSheet[] | null;
  try {
    sheets = packageSheets(await XlsxPackage.load(await fs.readFile(file)));
  } catch (e) {
    throw damaged(file, e);
  }
  if (!sheets || !sheets.length) return readRoster(file, sheetName, mapping);
  const entries = sheets.map((s) => {
    let grid: Grid | null = null;
    return { name: s.name, hidden: s.hidden, grid: () => (grid ??= s.grid()) };
  });
  let chosen: { sheet: SheetEntry; grid: Grid };
  try {
    chosen = chooseSheet(entries, file, sheetName, mapping);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw damaged(file, e);
  }
  return { sheetName: chosen.sheet.name, grid: chosen.grid };
}

/** The cell values of a sheet (the first visible one unless named), rows[0] = row 1: for catalog .xlsx files. */
export async function readSheetRows(file: string, sheetName?: string): Promise<CellValue[][]> {
  const wb = await readWorkbook(file);
  const ws = sheetName !== undefined ? pickSheet(wb, file, sheetName).worksheet : wb.worksheets.find(visible) ?? wb.worksheets[0];
  return sheetToGrid(ws).values;
}
