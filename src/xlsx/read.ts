// Reading .xlsx files with ExcelJS into the core's Grid.
import { isGeneratedSheet } from '../core';
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { InputError, judgeSheet, type MappingOverride, rosterSheets, sheetReason } from '../core';
import type { CellValue, Grid, RosterLayout } from '../core';
import { displayText, toCellValue } from './cells';
import { damaged } from './damaged';
import { isEncryptedOle, limits, tooLarge } from './limits';
import { GridCollector, RowCells } from './grid-limits';
import { patchInternalHyperlinks } from './links';
import { packageSheets, type PackageSheet } from './fast-read';
import { worksheetMerges } from './grid';
import { fileKind, otherSheets } from './other-formats';
import { verifyPackage, XlsxPackage } from './package';

export { damaged };

/** Checks that file exists and is an .xlsx (a zip), else an InputError naming the file. */
export async function checkXlsxFile(file: string): Promise<void> {
  let head: Buffer;
  try {
    const fh = await fs.open(file, 'r');
    try {
      const stat = await fh.stat();
      if (stat.isDirectory())
        throw new InputError(`${file}：这是一个文件夹，不是 .xlsx 文件`, `${file}: is a directory, not an .xlsx file`);
      if (stat.size > limits().maxTotalBytes) {
        throw tooLarge(
          path.resolve(file),
          '',
          `文件本身已有 ${Math.round(stat.size / 1048576)} MB`,
          `the file itself is ${Math.round(stat.size / 1048576)} MB`,
        );
      }
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
  if (head.readUInt32BE(0) === 0xd0cf11e0 && (await isEncryptedOle(file))) {
    throw new InputError(
      `${path.resolve(file)}：文件设置了打开密码（已加密），请在 Excel/WPS 中取消密码后另存为 .xlsx 再核验`,
      `${path.resolve(file)}: the workbook is password-protected (encrypted); remove the password and save it as .xlsx first`,
    );
  }
  if (head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new InputError(
      `${file}：这是旧的 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 后再核验`,
      `${file}: old .xls format; save it as .xlsx first`,
    );
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    throw new InputError(`${file}：不是 .xlsx 文件（Excel 工作簿）`, `${file}: not an .xlsx workbook`);
  }
}

/**
 * ExcelJS, loaded on first use: `validate` and `assemble` read with fast-read.ts and never need it,
 * and loading it (with its dependencies) takes about half a second of CPU at every start.
 */
function excel(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('exceljs') as typeof ExcelJS;
}

/** Opens an .xlsx workbook with the full reader (needed to write a marked copy). */
export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  await checkXlsxFile(file);
  patchInternalHyperlinks();
  const wb = new (excel().Workbook)();
  try {
    // the sizes checked, and every part inflated once within them, before ExcelJS inflates anything
    const data = await fs.readFile(file);
    await verifyPackage(data, file);
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw damaged(file, e);
  }
  if (wb.worksheets.length === 0)
    throw new InputError(`${file}：工作簿中没有工作表`, `${file}: the workbook has no worksheets`);
  return wb;
}

/** The worksheet's used range as a Grid (origin A1): values, displayed texts and number formats; bounded as grid-limits.ts says. */
export function sheetToGrid(ws: ExcelJS.Worksheet, where = `工作表「${ws.name}」`): Grid {
  const grid = new GridCollector(where);
  const merge = excel().ValueType.Merge;
  const cells = new RowCells();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // merged cells hold their value in the top-left cell only, as Office.js gives them
      if (cell.type === merge) return;
      const raw = cell.value;
      const v = toCellValue(raw);
      if (v === null || v === '') return;
      const fmt = cell.numFmt ?? '';
      grid.place(cells, r, c, v, displayText(raw, v, fmt), fmt);
    });
    grid.addCells(r, cells);
  });
  const merges = worksheetMerges(ws);
  const built = grid.build();
  return merges.length ? { ...built, merges } : built;
}

function visible(ws: ExcelJS.Worksheet): boolean {
  return ws.state !== 'hidden' && ws.state !== 'veryHidden';
}

/** A sheet as the chooser sees it; grid() builds (or returns) its Grid. */
export interface SheetEntry {
  name: string;
  hidden: boolean;
  grid(): Grid;
}

export interface ChosenSheet<T extends SheetEntry> {
  sheet: T;
  grid: Grid;
  /** why this sheet was checked (Chinese and English) */
  reason: { zh: string; en: string; only?: boolean };
  /** the layout the chooser detected in the sheet's grid (with the same mapping), when it judged the sheet */
  layout?: RosterLayout;
}

function namedSheet<T extends SheetEntry>(sheets: T[], name: string): T | undefined {
  return sheets.find((w) => w.name === name) ?? sheets.find((w) => w.name.trim() === name.trim());
}

/**
 * The roster sheets to check: the named one, or every sheet core/layout/sheets.ts takes for a roster
 * (instructions, examples, summaries, dictionaries, hidden and generated sheets passed over), else the
 * first visible sheet (its missing columns are then reported).
 */
export function chooseSheets<T extends SheetEntry>(
  sheets: T[],
  file: string,
  sheetName?: string,
  mapping?: MappingOverride,
): ChosenSheet<T>[] {
  if (sheetName !== undefined) {
    const sheet = namedSheet(sheets, sheetName);
    if (!sheet) {
      const names = sheets.map((w) => `「${w.name}」`).join('、');
      const namesEn = sheets.map((w) => `"${w.name}"`).join(', ');
      throw new InputError(
        `${file}：没有名为「${sheetName}」的工作表；现有工作表：${names}`,
        `${file}: no sheet named "${sheetName}"; sheets: ${namesEn}`,
      );
    }
    return [{ sheet, grid: sheet.grid(), reason: { zh: '按 --sheet 指定', en: 'named with --sheet' } }];
  }
  const verdicts = sheets.map((w) => judgeSheet(w.name, w.hidden, () => w.grid(), mapping));
  const chosen = rosterSheets(verdicts);
  if (chosen.length) {
    return chosen.map((v) => {
      const sheet = sheets[verdicts.indexOf(v)];
      const only = sheets.length === 1;
      return {
        sheet,
        grid: sheet.grid(),
        reason: { zh: sheetReason(v, verdicts, 'zh-CN'), en: sheetReason(v, verdicts, 'en-US'), only },
        ...(v.layout ? { layout: v.layout } : {}),
      };
    });
  }
  const shown = sheets.filter((w) => !w.hidden && !isGeneratedSheet(w.name));
  const sheet = shown[0] ?? sheets[0];
  return [
    {
      sheet,
      grid: sheet.grid(),
      reason: { zh: '未找到花名册表头，读取第一个工作表', en: 'no roster header found; the first sheet was read' },
    },
  ];
}

/** The first roster sheet (chooseSheets), for commands that read one roster per file. */
export function chooseSheet<T extends SheetEntry>(
  sheets: T[],
  file: string,
  sheetName?: string,
  mapping?: MappingOverride,
): { sheet: T; grid: Grid } {
  return chooseSheets(sheets, file, sheetName, mapping)[0];
}

/** chooseSheet over a workbook opened with the full reader. */
export function pickSheet(
  wb: ExcelJS.Workbook,
  file: string,
  sheetName?: string,
  mapping?: MappingOverride,
): { worksheet: ExcelJS.Worksheet; grid: Grid } {
  const entries = wb.worksheets.map((ws) => ({
    name: ws.name,
    hidden: !visible(ws),
    ws,
    grid: () => sheetToGrid(ws, `${path.resolve(file)}（工作表「${ws.name}」）`),
  }));
  const { sheet, grid } = chooseSheet(entries, file, sheetName, mapping);
  return { worksheet: sheet.ws, grid };
}

export interface RosterGrid {
  sheetName: string;
  grid: Grid;
  /** why the sheet was checked; only: the workbook has no other sheet */
  reason?: { zh: string; en: string; only?: boolean };
  /** the file's format when it is not .xlsx (read through SheetJS) */
  format?: 'ole' | 'ods' | 'csv';
  /**
   * the roster's layout as the sheet chooser detected it in this very grid (with the same mapping):
   * checkGrid need not detect it again
   */
  layout?: RosterLayout;
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
 * The Grids of the roster sheets, read straight from the package's XML (fast-read.ts: the same Grid as
 * the full reader, several times faster and in a fraction of the memory; nothing to write back).
 */
export async function readRosterGrids(
  file: string,
  sheetName?: string,
  mapping?: MappingOverride,
): Promise<RosterGrid[]> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    await checkXlsxFile(file); // the message for a missing file, a folder, no permission
    throw damaged(file, e);
  }
  const kind = fileKind(bytes.subarray(0, 64), file);
  if (kind === 'ole' || kind === 'ods' || kind === 'csv') {
    // .xls, .et, .ods, .csv: through SheetJS (loaded only now)
    const others = await otherSheets(file, bytes, kind);
    if (!others.length) throw new InputError(`${file}：工作簿中没有工作表`, `${file}: the workbook has no worksheets`);
    return chooseSheets(others, file, sheetName, mapping).map((c) => ({
      sheetName: c.sheet.name,
      grid: c.grid,
      reason: c.reason,
      format: kind,
    }));
  }
  await checkXlsxFile(file);
  let sheets: PackageSheet[] | null;
  try {
    sheets = packageSheets(await XlsxPackage.read(bytes, file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw damaged(file, e);
  }
  if (!sheets || !sheets.length) {
    const wb = await readWorkbook(file);
    const entries = wb.worksheets.map((ws) => ({ name: ws.name, hidden: !visible(ws), grid: () => sheetToGrid(ws) }));
    return chooseSheets(entries, file, sheetName, mapping).map((c) => ({
      sheetName: c.sheet.name,
      grid: c.grid,
      reason: c.reason,
    }));
  }
  const entries = sheets.map((s) => {
    let grid: Grid | null = null;
    return { name: s.name, hidden: s.hidden, grid: () => (grid ??= s.grid()) };
  });
  try {
    // grid() is memoized: the chooser's layout was detected in the very grid returned
    return chooseSheets(entries, file, sheetName, mapping).map((c) => ({
      sheetName: c.sheet.name,
      grid: c.grid,
      reason: c.reason,
      ...(c.layout ? { layout: c.layout } : {}),
    }));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw damaged(file, e);
  }
}

/** The first roster sheet's Grid (readRosterGrids), for commands that read one roster per file. */
export async function readRosterGrid(file: string, sheetName?: string, mapping?: MappingOverride): Promise<RosterGrid> {
  return (await readRosterGrids(file, sheetName, mapping))[0];
}

/** The cell values of a sheet (the first visible one unless named), rows[0] = row 1: for catalog .xlsx files. */
export async function readSheetRows(file: string, sheetName?: string): Promise<CellValue[][]> {
  const wb = await readWorkbook(file);
  const ws =
    sheetName !== undefined
      ? pickSheet(wb, file, sheetName).worksheet
      : (wb.worksheets.find(visible) ?? wb.worksheets[0]);
  return sheetToGrid(ws).values;
}
