// Walking the rows below the header: which hold trainees, which are blank, repeated page headers,
// subtotals, the 合计 row and the signature footer.
import type { CellValue, Grid, LayoutNote } from '../types';
import { isBlank } from '../values/text';

/** A mapped column, as a 0-based index into the grid row, with the header texts seen above it. */
export interface ScanColumn {
  index: number;
  headers: string[];
  /** the seq column: a row holding only a 序号 is still blank */
  isSeq: boolean;
  /** name or ID: a row with neither is suspect */
  isKey: boolean;
}

export interface RowScan {
  dataRows: number[];
  totalRow?: number;
  /** 小计 rows between trainees (page or block subtotals) */
  subtotalRows: number[];
  notes: LayoutNote[];
}

const TOTAL_WORDS = ['合计', '总计', '共计', '累计'];
const SUBTOTAL_WORDS = ['小计', '本页合计', '本页小计'];
const FOOTER_WORDS = [
  '制表',
  '填表',
  '审核',
  '复核',
  '初审',
  '负责人',
  '经办',
  '盖章',
  '签字',
  '签名',
  '签章',
  '联系人',
  '日期:',
  '日期：',
];
const FOOTER_STARTS = ['注:', '注：', '说明:', '说明：', '备注:', '备注：'];
/** Words of a title, institution or page line repeated on a printed page. */
const TITLE_WORDS = ['花名册', '名册', '名单', '培训机构', '机构名称', '批次', '班级', '页'];
const SPACES = /[\s\u200b\ufeff]+/g;
/** How many cells from the left are looked at for 合计 and footer words. */
const LEAD_CELLS = 8;

type LineKind = 'total' | 'subtotal' | 'footer' | null;

/** Every character that can begin one of the words above: a cell without any is not worth a closer look. */
const KEY_CHARS = new Set<number>();
for (const w of [...TOTAL_WORDS, ...SUBTOTAL_WORDS, ...FOOTER_WORDS, ...FOOTER_STARTS]) KEY_CHARS.add(w.charCodeAt(0));

function hasKeyChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (KEY_CHARS.has(s.charCodeAt(i))) return true;
  return false;
}

function startsWithAny(s: string, words: string[]): boolean {
  for (const w of words) if (s.startsWith(w)) return true;
  return false;
}

function includesAny(s: string, words: string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/** Classifies a row by its first non-empty cell: 合计, 小计 or a footer line. */
function leadKind(row: CellValue[]): LineKind {
  const n = Math.min(row.length, LEAD_CELLS);
  for (let c = 0; c < n; c++) {
    const v = row[c];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string') return null;
    if (!hasKeyChar(v)) {
      if (isBlank(v)) continue;
      return null;
    }
    const s = v.replace(SPACES, '');
    if (startsWithAny(s, SUBTOTAL_WORDS)) return 'subtotal';
    if (startsWithAny(s, TOTAL_WORDS)) return 'total';
    if (startsWithAny(s, FOOTER_STARTS) || includesAny(s, FOOTER_WORDS)) return 'footer';
    return null;
  }
  return null;
}

const EMPTY_ROW: CellValue[] = [];

/** A 栏次 row under the header: 1, 2, 3 … across the columns (at least three numbers, nothing else). */
function isOrdinalRow(row: CellValue[]): boolean {
  let count = 0,
    last = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : NaN;
    if (n !== (count === 0 ? n : last + 1) || !Number.isInteger(n)) return false;
    last = n;
    count++;
  }
  return count >= 3;
}

/** A units row under the header: only bracketed words such as （元） or (课时). */
function isUnitsRow(row: CellValue[], cols: ScanColumn[]): boolean {
  for (const col of cols) {
    const v = row[col.index];
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    const c = v.trim().charCodeAt(0);
    if (c !== 40 && c !== 0xff08) return false;
  }
  return true;
}

/** A code unit that String.prototype.trim may remove (a superset: every control character). */
function isTrimmable(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * v (trimmed) is one of the header texts: a repeated header row. Called for every text cell of the
 * roster, so v is trimmed only when it could differ: longer than the header, with space at an end.
 */
function isHeaderText(v: string, headers: string[]): boolean {
  for (const h of headers) {
    if (v === h) return true;
    if (
      v.length > h.length &&
      (isTrimmable(v.charCodeAt(0)) || isTrimmable(v.charCodeAt(v.length - 1))) &&
      v.trim() === h
    )
      return true;
  }
  return false;
}

/** The row's cell in a key column (name, ID) is filled with something other than the column's header. */
function isKeyCell(row: CellValue[], col: ScanColumn): boolean {
  const v = row[col.index];
  if (v === null || v === undefined || v === '') return false;
  if (typeof v !== 'string') return true;
  return !isBlank(v) && !(col.headers.length && isHeaderText(v, col.headers));
}

/** Scans grid rows from `fromIndex` (0-based into grid.values) to the end. */
export function scanDataRows(grid: Grid, fromIndex: number, cols: ScanColumn[]): RowScan {
  const values = grid.values;
  const base = grid.originRow;
  // a slot for every row left, cut to the trainees found at the end: nearly every row of a roster is a
  // trainee's, and a list grown by push was allocated three times over (a fresh page each, at 100,000 rows)
  const dataRows: number[] = new Array(Math.max(0, values.length - fromIndex));
  let trainees = 0;
  const blank: number[] = [];
  const repeats: number[] = [];
  const subtotals: number[] = [];
  const titles: number[] = [];
  const notes: LayoutNote[] = [];
  let totalRow: number | undefined;
  let footerRow: number | undefined;
  // name and ID both mapped: a row with both filled, neither its header's text, is a trainee's (the
  // common case, decided on two cells instead of every mapped one)
  const keyCols = cols.filter((c) => c.isKey);
  const [k1, k2] = keyCols.length === 2 ? keyCols : [undefined, undefined];

  for (let r = fromIndex; r < values.length; r++) {
    const row = values[r] ?? EMPTY_ROW;
    const sheetRow = base + r;
    const kind = leadKind(row);
    if (kind === 'total') {
      totalRow = sheetRow;
      break;
    }
    if (kind === 'footer') {
      footerRow = sheetRow;
      break;
    }
    if (kind === 'subtotal') {
      subtotals.push(sheetRow);
      continue;
    }
    if (k1 !== undefined && k2 !== undefined && r !== fromIndex && isKeyCell(row, k1) && isKeyCell(row, k2)) {
      dataRows[trainees++] = sheetRow;
      continue;
    }

    let filled = 0,
      filledOther = 0,
      keys = 0,
      headerHits = 0,
      lastFilled = -1;
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i];
      const v = row[col.index];
      if (v === null || v === undefined || v === '' || (typeof v === 'string' && isBlank(v))) continue;
      filled++;
      lastFilled = i;
      if (!col.isSeq) filledOther++;
      if (col.isKey) keys++;
      if (typeof v === 'string' && col.headers.length && isHeaderText(v, col.headers)) headerHits++;
    }
    if (filled === 0) {
      blank.push(sheetRow);
      continue;
    }
    if (r === fromIndex && (isOrdinalRow(row) || isUnitsRow(row, cols))) {
      titles.push(sheetRow);
      continue;
    }
    if (headerHits >= 2 || (headerHits === 1 && filled === 1)) {
      repeats.push(sheetRow);
      continue;
    }
    if (keys === 0) {
      const v = filled === 1 ? row[cols[lastFilled].index] : null;
      if (typeof v === 'string' && includesAny(v, TITLE_WORDS)) {
        titles.push(sheetRow);
        continue;
      }
      // nothing but a pre-printed 序号
      if (filledOther === 0) {
        blank.push(sheetRow);
        continue;
      }
    }
    dataRows[trainees++] = sheetRow;
  }
  dataRows.length = trainees;

  // subtotal rows: page subtotals between trainees; a single one after the last trainee is the total
  if (
    totalRow === undefined &&
    subtotals.length === 1 &&
    (dataRows.length === 0 || subtotals[0] > dataRows[dataRows.length - 1])
  ) {
    totalRow = subtotals.pop();
  }
  const last = dataRows.length ? dataRows[dataRows.length - 1] : -1;
  const innerBlank = blank.filter((r) => r < last);
  if (innerBlank.length) notes.push({ code: 'rows.blank', rows: innerBlank });
  if (repeats.length) notes.push({ code: 'rows.repeated-header', rows: repeats });
  if (titles.length) notes.push({ code: 'rows.title', rows: titles });
  if (subtotals.length) notes.push({ code: 'rows.subtotal', rows: subtotals });
  if (totalRow !== undefined) notes.push({ code: 'rows.total', row: totalRow });
  if (footerRow !== undefined) notes.push({ code: 'rows.footer', row: footerRow });
  return { dataRows, totalRow, subtotalRows: subtotals, notes };
}
