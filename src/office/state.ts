/// <reference types="office-js" />
// The durable record of marks: a very hidden worksheet, one row per marked cell with the fill and note the
// cell had before, what we put on it (fill, note) and what the cell held (its value, a key of its row), so
// a mark is found again after rows are inserted, deleted or sorted; one row per roster names its 校验结果
// sheet. Rosters are recorded by worksheet id, which a rename keeps. It is saved with the workbook, so
// 清除标记 works after the file is reopened.
//
// The sheet is never deleted while very hidden: "if the worksheet's visibility is set to "VeryHidden", the
// delete operation will fail with an `InvalidOperation` exception. You should first change its visibility
// to hidden or visible before deleting it." (Worksheet.delete, @types/office-js). It is reused and cleared
// while there are marks, and made Hidden before it is deleted when the last mark is gone.
import { a1, type CellValue, colNumber, MARKS_SHEET as STATE_SHEET } from '../core';
import { readUsedValues } from './read';
import { jsonBytes, type Session, type WriteUnit } from './session';

export { STATE_SHEET };
const V1 = 'rosterCheck.marks.v1';
const V2 = 'rosterCheck.marks.v2';
const HEADER = [
  V2,
  'sheetId',
  'sheet',
  'address',
  'previousFill',
  'hadNote',
  'previousNote',
  'noteWritten',
  'markFill',
  'markNote',
  'value',
  'rowKey',
];

export interface MarkEntry {
  sheet: string;
  /** Worksheet.id of the roster (null in records written before ids were kept) */
  sheetId: string | null;
  row: number;
  col: number;
  /** '#RRGGBB', or null when the cell had no fill */
  fill: string | null;
  /** the note the cell had, or null */
  note: string | null;
  /** whether this add-in wrote a note (or a threaded comment) on the cell (false when the host had neither) */
  noteWritten: boolean;
  /** what noteWritten wrote: a note (absent in older records) or a threaded comment (stored as 'c') */
  noteKind?: 'note' | 'comment';
  /** the fill and the note text this add-in put on the cell (null in old records) */
  markFill: string | null;
  markNote: string | null;
  /** the cell's value as text when marked, and a key of its row's values (null in old records) */
  value: string | null;
  rowKey: string | null;
}

/** the 校验结果 sheet written for a roster */
export interface ReportEntry {
  sheet: string;
  sheetId: string | null;
  report: string;
}

export interface MarkRecord {
  marks: MarkEntry[];
  reports: ReportEntry[];
  /** whether the record sheet exists (it is reused, never deleted while very hidden) */
  exists: boolean;
}

export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

function orNull(v: CellValue | undefined): string | null {
  return text(v) || null;
}

function fromV1(line: CellValue[]): MarkEntry | null {
  const pos = parseCell(text(line[1]));
  if (!pos || !line[0]) return null;
  return {
    sheet: text(line[0]),
    sheetId: null,
    ...pos,
    fill: orNull(line[2]),
    note: text(line[3]) === '1' ? text(line[4]) : null,
    noteWritten: text(line[5]) === '1',
    markFill: null,
    markNote: null,
    value: null,
    rowKey: null,
  };
}

function fromV2(line: CellValue[], record: MarkRecord): void {
  if (text(line[0]) === 'report') {
    record.reports.push({ sheetId: orNull(line[1]), sheet: text(line[2]), report: text(line[3]) });
    return;
  }
  const pos = parseCell(text(line[3]));
  if (text(line[0]) !== 'mark' || !pos) return;
  const written = text(line[7]);
  const noteWritten = written === '1' || written === 'c';
  record.marks.push({
    ...(written === 'c' ? { noteKind: 'comment' as const } : {}),
    sheetId: orNull(line[1]),
    sheet: text(line[2]),
    ...pos,
    fill: orNull(line[4]),
    note: text(line[5]) === '1' ? text(line[6]) : null,
    noteWritten,
    markFill: orNull(line[8]),
    markNote: noteWritten ? text(line[9]) : null,
    value: line[10] === null || line[10] === undefined ? null : text(line[10]),
    rowKey: orNull(line[11]),
  });
}

function markLine(e: MarkEntry): string[] {
  return [
    'mark',
    e.sheetId ?? '',
    e.sheet,
    a1(e.row, e.col),
    e.fill ?? '',
    e.note === null ? '0' : '1',
    e.note ?? '',
    e.noteWritten ? (e.noteKind === 'comment' ? 'c' : '1') : '0',
    e.markFill ?? '',
    e.markNote ?? '',
    e.value ?? '',
    e.rowKey ?? '',
  ];
}

function reportLine(r: ReportEntry): string[] {
  return ['report', r.sheetId ?? '', r.sheet, r.report, '', '', '', '', '', '', '', ''];
}

export function parseRecord(lines: CellValue[][]): Omit<MarkRecord, 'exists'> {
  const record: MarkRecord = { marks: [], reports: [], exists: true };
  if (lines[0]?.[0] === V1)
    record.marks = lines
      .slice(1)
      .map(fromV1)
      .filter((e): e is MarkEntry => e !== null);
  else if (lines[0]?.[0] === V2) for (const line of lines.slice(1)) fromV2(line, record);
  return { marks: record.marks, reports: record.reports };
}

export async function loadRecord(s: Session): Promise<MarkRecord> {
  const ws = s.ctx.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const lines = await readUsedValues(s, ws);
  return { ...parseRecord(lines), exists: !ws.isNullObject };
}

/** whether an entry belongs to the roster sheet (by id; by name in records without ids) */
export function ofSheet(e: { sheet: string; sheetId: string | null }, sheet: { name: string; id: string }): boolean {
  return e.sheetId ? e.sheetId === sheet.id : e.sheet.toLowerCase() === sheet.name.toLowerCase();
}

/**
 * Replaces the record with these marks and reports. The sheet is added (very hidden) when missing and
 * cleared when present; when nothing is left it is made Hidden, then deleted. Queues; the caller syncs.
 */
export async function saveRecord(
  s: Session,
  record: MarkRecord,
  marks: MarkEntry[],
  reports: ReportEntry[],
): Promise<void> {
  const sheets = s.ctx.workbook.worksheets;
  if (!marks.length && !reports.length) {
    if (record.exists) {
      await s.write({
        bytes: 200,
        ops: 3,
        queue: () => {
          const ws = sheets.getItem(STATE_SHEET);
          ws.visibility = Excel.SheetVisibility.hidden;
          ws.delete();
        },
      });
    }
    return;
  }
  await s.write({
    bytes: 200,
    ops: 3,
    queue: () => {
      if (record.exists) sheets.getItem(STATE_SHEET).getRange().clear();
      else sheets.add(STATE_SHEET).visibility = Excel.SheetVisibility.veryHidden;
    },
  });
  await writeTextRows(s, STATE_SHEET, [HEADER, ...reports.map(reportLine), ...marks.map(markLine)]);
}

/** One write of rows of strings as text ('@') from a row of the named sheet; splits in halves when refused. */
function textRowsUnit(s: Session, sheetName: string, start: number, rows: string[][], bytes: number): WriteUnit {
  const cols = rows[0].length;
  const formatRow = new Array<string>(cols).fill('@');
  return {
    bytes,
    ops: 4,
    queue: () => {
      const range = s.ctx.workbook.worksheets.getItem(sheetName).getRangeByIndexes(start, 0, rows.length, cols);
      range.numberFormat = rows.map(() => formatRow);
      range.values = rows;
    },
    split:
      rows.length < 2
        ? undefined
        : () => {
            const half = rows.length >> 1;
            return [
              textRowsUnit(s, sheetName, start, rows.slice(0, half), bytes / 2),
              textRowsUnit(s, sheetName, start + half, rows.slice(half), bytes / 2),
            ];
          },
  };
}

/** Writes rows of strings from A1 of the named sheet as text ('@'), in chunks that fit the budget. */
export async function writeTextRows(s: Session, sheetName: string, rows: string[][]): Promise<void> {
  const cols = rows[0].length;
  // the format grid costs about 4 bytes a cell; the values once as arguments
  const rowBytes = rows.map((r) => jsonBytes(r) + 4 * cols);
  for (let start = 0; start < rows.length;) {
    let bytes = 0;
    let end = start;
    while (end < rows.length && (end === start || bytes + rowBytes[end] < s.budgetBytes / 2)) bytes += rowBytes[end++];
    await s.write(textRowsUnit(s, sheetName, start, rows.slice(start, end), bytes));
    start = end;
  }
}
