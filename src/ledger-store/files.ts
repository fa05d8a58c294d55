// Ledger files on disk: an .xlsx workbook (the sheet 补贴台账, else the first sheet with an ID column),
// a .csv (UTF-8 or GB18030), or a folder of them. Older rosters dropped into a ledger folder are read
// the same way: their columns are the ledger's, the file is the source, the institution line above
// the header names the institution.
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { findInstitution, LEDGER_SHEET, parseLedgerGrid, type LedgerParse } from '../core';
import type { CellValue, Grid } from '../core';
import { decodeCsv, InputError, t } from '../core';
import { fileKind, otherSheets } from '../xlsx/other-formats';
import { readWorkbook, sheetToGrid } from '../xlsx/read';
import { csvUnsafe } from './csv-safe';

export const LEDGER_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.xls', '.et', '.ods'];
/** read through SheetJS (src/xlsx/other-formats), loaded only when such a file is read */
const OTHER_WORKBOOKS = ['.xls', '.et', '.ods'];

/**
 * Spreadsheet files a ledger folder may hold that this build cannot read yet: named as skipped.
 * Seam for the .xls/.et reader (issue 9, branch `readers`): once readWorkbook/readRosterGrid reads
 * them, move the extension to LEDGER_EXTENSIONS and give readLedgerFile its branch.
 */
export const SKIPPED_EXTENSIONS: string[] = []; // .xls/.et/.ods are read through SheetJS (issue 9)

export interface LedgerFileRead {
  file: string;
  parse: LedgerParse;
  /** the sheet read (xlsx) */
  sheet?: string;
}

export function isLedgerFile(file: string): boolean {
  const base = path.basename(file);
  return (
    !base.startsWith('~$') && !base.startsWith('.') && LEDGER_EXTENSIONS.includes(path.extname(file).toLowerCase())
  );
}

/** A spreadsheet this build does not read as a ledger (see SKIPPED_EXTENSIONS). */
export function isSkippedFile(file: string): boolean {
  const base = path.basename(file);
  return (
    !base.startsWith('~$') && !base.startsWith('.') && SKIPPED_EXTENSIONS.includes(path.extname(file).toLowerCase())
  );
}

/** The ledger files of a folder (not its sub-folders), sorted by name. */
export async function listLedgerFiles(dir: string): Promise<string[]> {
  return (await listLedgerFolder(dir)).files;
}

/** The ledger files of a folder, and the spreadsheets in it that are skipped (full paths, sorted). */
export async function listLedgerFolder(dir: string): Promise<{ files: string[]; skipped: string[] }> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(
      `${path.resolve(dir)}：无法读取台账文件夹（${code}）`,
      `${path.resolve(dir)}: cannot read the ledger folder (${code})`,
    );
  }
  const abs = path.resolve(dir);
  return {
    files: names.filter(isLedgerFile).map((n) => path.join(abs, n)),
    skipped: names.filter(isSkippedFile).map((n) => path.join(abs, n)),
  };
}

/** Fills in what a roster-shaped file leaves empty: the file as source, the institution from the title lines. */
function completeRecords(parse: LedgerParse, grid: Grid, name: string): LedgerParse {
  const has = new Set(parse.columns.map((c) => c.field));
  const institution = has.has('institution') ? '' : findInstitution(grid);
  for (const r of parse.records) {
    if (!has.has('source')) r.source = name;
    if (!has.has('institution')) r.institution = institution;
  }
  return parse;
}

/** The ledger sheet of a workbook: 补贴台账, else the first visible sheet with an ID column. */
export function pickLedgerSheet(
  wb: ExcelJS.Workbook,
  name: string,
): { ws: ExcelJS.Worksheet; parse: LedgerParse; grid: Grid } | null {
  const named = wb.worksheets.find((w) => w.name.trim() === LEDGER_SHEET);
  const order = named ? [named] : wb.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  for (const ws of order) {
    const grid = sheetToGrid(ws);
    const parse = parseLedgerGrid(grid, name);
    if (!parse.noIdColumn || ws === named) return { ws, parse: completeRecords(parse, grid, name), grid };
  }
  return null;
}

function csvGrid(text: string): Grid {
  const res = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false });
  const values: CellValue[][] = res.data.map((row) => row.map((v) => (v === '' ? null : csvUnsafe(v))));
  return { originRow: 1, originCol: 1, values };
}

/** A CSV ledger's text → records (named `name`). */
export function readLedgerCsvText(text: string, name: string): LedgerParse {
  const grid = csvGrid(text);
  return completeRecords(parseLedgerGrid(grid, name), grid, name);
}

/** Reads one ledger file; the records name it by its base name. */
export async function readLedgerFile(file: string): Promise<LedgerFileRead> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        throw new InputError('ledger.not-found', t(`${file}：台账文件不存在`, `${file}: ledger file not found`));
      }
      throw new InputError(
        'file.unreadable',
        t(`${file}：无法读取台账文件（${code ?? e}）`, `${file}: cannot read the ledger file (${code ?? e})`),
      );
    }
    return { file, parse: readLedgerCsvText(decodeCsv(bytes), name) };
  }
  if (OTHER_WORKBOOKS.includes(ext)) return readOtherLedger(file, name);
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw new InputError(
      `${file}：台账应为 .xlsx、.xls、.et、.ods、.csv 文件或文件夹`,
      `${file}: a ledger must be an .xlsx, .xls, .et, .ods or .csv file, or a folder`,
    );
  }
  const wb = await readWorkbook(file);
  const pick = pickLedgerSheet(wb, name);
  if (!pick) return { file, parse: parseLedgerGrid({ originRow: 1, originCol: 1, values: [] }, name) };
  return { file, parse: pick.parse, sheet: pick.ws.name };
}

/** An .xls/.et/.ods ledger or old roster: the sheet 补贴台账, else the first visible sheet with an ID column. */
async function readOtherLedger(file: string, name: string): Promise<LedgerFileRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new InputError(
      `${file}：无法读取台账文件（${(e as NodeJS.ErrnoException).code ?? e}）`,
      `${file}: cannot read the ledger file`,
    );
  }
  const sheets = await otherSheets(file, bytes, fileKind(bytes.subarray(0, 64), file));
  const named = sheets.find((s) => s.name.trim() === LEDGER_SHEET);
  for (const s of named ? [named] : sheets.filter((w) => !w.hidden)) {
    const grid = s.grid();
    const parse = parseLedgerGrid(grid, name);
    if (!parse.noIdColumn || s === named) return { file, parse: completeRecords(parse, grid, name), sheet: s.name };
  }
  return { file, parse: parseLedgerGrid({ originRow: 1, originCol: 1, values: [] }, name) };
}
