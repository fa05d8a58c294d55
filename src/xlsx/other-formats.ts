// Rosters that are not .xlsx: .xls (BIFF8) and WPS .et (OLE compound files), .ods, and .csv (UTF-8
// or GBK), read with SheetJS as republished at @e965/xlsx 0.20.3 (the npm `xlsx` 0.18.5 carries
// CVE-2023-30533 and CVE-2024-22363). SheetJS is imported only here and only when such a file is
// read, so the CLI's start-up and the fast .xlsx path never load it.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CellArea, CellValue, Grid } from '../core';
import { InputError } from '../core';

type SheetJs = typeof import('@e965/xlsx');
type WorkBook = import('@e965/xlsx').WorkBook;
type CellObject = import('@e965/xlsx').CellObject;

export type FileKind = 'xlsx' | 'ods' | 'ole' | 'csv' | 'unknown';

const OLE_MAGIC = 0xd0cf11e0;

/** What a file is, by its first bytes (and, for text, its extension). */
export function fileKind(head: Buffer, file: string): FileKind {
  if (head.length >= 4 && head.readUInt32BE(0) === OLE_MAGIC) return 'ole';
  const ext = path.extname(file).toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b) {
    // an OpenDocument package usually starts with its uncompressed "mimetype" entry
    return head.subarray(30, 38).toString('latin1') === 'mimetype' || ext === '.ods' || ext === '.ots' ? 'ods' : 'xlsx';
  }
  return ext === '.csv' || ext === '.txt' ? 'csv' : 'unknown';
}

let loaded: SheetJs | null = null;
async function sheetJs(): Promise<SheetJs> {
  return (loaded ??= await import('@e965/xlsx'));
}

/** CSV bytes as text: UTF-8 (with or without BOM), else GB18030/GBK as Excel saves it on Chinese Windows. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const PROTECTED = {
  zh: '受密码保护：请在 Excel 中取消密码后另存',
  en: 'password-protected: remove the password in Excel and save again',
};

function protectedError(file: string): InputError {
  const name = path.basename(file);
  return new InputError(`${name}：${PROTECTED.zh}`, `${name}: ${PROTECTED.en}`);
}

/** An OLE file holding an EncryptionInfo stream is an encrypted OOXML workbook. */
function isEncrypted(X: SheetJs, bytes: Buffer): boolean {
  try {
    const cfb = X.CFB.read(bytes, { type: 'buffer' });
    return cfb.FullPaths.some((p: string) => /(^|\/)EncryptionInfo$/i.test(p));
  } catch {
    return false;
  }
}

/** The workbook of a non-.xlsx file; InputErrors name the file. */
export async function readOtherWorkbook(file: string, bytes: Buffer, kind: FileKind): Promise<WorkBook> {
  const X = await sheetJs();
  if (kind === 'ole' && isEncrypted(X, bytes)) throw protectedError(file);
  try {
    // CSV: every cell kept as typed (raw), so an ID of 18 digits is never turned into a number
    if (kind === 'csv') return X.read(decodeText(bytes), { type: 'string', raw: true, dense: false });
    return X.read(bytes, { type: 'buffer', cellNF: true, cellText: true, cellDates: false, dense: false });
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    if (/password|encrypt/i.test(why)) throw protectedError(file);
    const name = path.basename(file);
    throw new InputError(
      `${name}：文件已损坏或格式无法识别（${why}）`,
      `${name}: damaged or unrecognised format (${why})`,
    );
  }
}

function cellValueOf(c: CellObject): CellValue {
  switch (c.t) {
    case 'n':
      return typeof c.v === 'number' ? c.v : null;
    case 's':
      return typeof c.v === 'string' && c.v !== '' ? c.v : null;
    case 'b':
      return Boolean(c.v);
    case 'e':
      return c.w ?? '#N/A';
    case 'd':
      return c.w ?? String(c.v);
    default:
      return null;
  }
}

/** One SheetJS worksheet as the core's Grid (origin A1), with its merged areas. */
export function sheetGrid(X: SheetJs, ws: import('@e965/xlsx').WorkSheet): Grid {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const formats: string[][] = [];
  const ref = ws['!ref'];
  if (ref) {
    const range = X.utils.decode_range(ref);
    const width = range.e.c + 1;
    for (let r = 0; r <= range.e.r; r++) {
      const vr: CellValue[] = new Array(width).fill(null);
      const tr: string[] = new Array(width).fill('');
      const fr: string[] = new Array(width).fill('');
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[X.utils.encode_cell({ r, c })] as CellObject | undefined;
        if (!cell) continue;
        const v = cellValueOf(cell);
        if (v === null) continue;
        vr[c] = v;
        tr[c] = cell.w ?? String(v);
        fr[c] = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : '';
      }
      values.push(vr);
      texts.push(tr);
      formats.push(fr);
    }
    // trailing empty rows are not part of the sheet
    while (values.length && values[values.length - 1].every((v) => v === null)) {
      values.pop();
      texts.pop();
      formats.pop();
    }
  }
  const merges: CellArea[] = (ws['!merges'] ?? [])
    .map((m) => ({ row: m.s.r + 1, col: m.s.c + 1, rows: m.e.r - m.s.r + 1, cols: m.e.c - m.s.c + 1 }))
    .filter((m) => m.rows * m.cols > 1)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { originRow: 1, originCol: 1, values, texts, formats, ...(merges.length ? { merges } : {}) };
}

export interface OtherSheet {
  name: string;
  hidden: boolean;
  grid(): Grid;
}

/** The sheets of a non-.xlsx workbook, each with a lazy Grid. */
export async function otherSheets(file: string, bytes: Buffer, kind: FileKind): Promise<OtherSheet[]> {
  const wb = await readOtherWorkbook(file, bytes, kind);
  const X = await sheetJs();
  const meta = wb.Workbook?.Sheets ?? [];
  return wb.SheetNames.map((name, i) => {
    let grid: Grid | null = null;
    return { name, hidden: Boolean(meta[i]?.Hidden), grid: () => (grid ??= sheetGrid(X, wb.Sheets[name])) };
  });
}

/** The .xlsx bytes of a non-.xlsx workbook (for the marked copy, which is always .xlsx). */
export async function toXlsxBytes(file: string): Promise<Buffer> {
  const bytes = await fs.readFile(file);
  const kind = fileKind(bytes.subarray(0, 64), file);
  const wb = await readOtherWorkbook(file, bytes, kind);
  const X = await sheetJs();
  return X.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
