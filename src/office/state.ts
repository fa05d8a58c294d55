/// <reference types="office-js" />
// The durable record of marks: a veryHidden worksheet, one row per marked cell with the fill and note
// the cell had before. It is saved with the workbook, so 清除标记 works after the file is reopened.
import { a1, type CellValue, colNumber, MARKS_SHEET as STATE_SHEET } from '../core';
import { readUsedValues } from './read';
import { jsonBytes, type Session } from './session';

export { STATE_SHEET };
const HEADER = ['rosterCheck.marks.v1', 'address', 'previousFill', 'hadNote', 'previousNote', 'noteWritten'];

export interface MarkEntry {
  sheet: string;
  row: number;
  col: number;
  /** '#RRGGBB', or null when the cell had no fill */
  fill: string | null;
  /** the note the cell had, or null */
  note: string | null;
  /** whether this add-in wrote a note on the cell (false when the host had no notes API) */
  noteWritten: boolean;
}

export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

function text(v: CellValue): string {
  return v === null ? '' : String(v);
}

function toEntry(line: CellValue[]): MarkEntry | null {
  const pos = parseCell(text(line[1] ?? null));
  if (!pos || !line[0]) return null;
  const fill = text(line[2] ?? null);
  return {
    sheet: text(line[0]),
    ...pos,
    fill: fill || null,
    note: text(line[3] ?? null) === '1' ? text(line[4] ?? null) : null,
    noteWritten: text(line[5] ?? null) === '1',
  };
}

function toLine(e: MarkEntry): string[] {
  return [e.sheet, a1(e.row, e.col), e.fill ?? '', e.note === null ? '0' : '1', e.note ?? '', e.noteWritten ? '1' : '0'];
}

export async function loadEntries(s: Session): Promise<MarkEntry[]> {
  const ws = s.ctx.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const lines = await readUsedValues(s, ws);
  if (!lines.length || lines[0][0] !== HEADER[0]) return [];
  return lines.slice(1).map(toEntry).filter((e): e is MarkEntry => e !== null);
}

/** Replaces the record with these entries; removes the sheet when there are none. Queues; the caller syncs. */
export async function saveEntries(s: Session, entries: MarkEntry[]): Promise<void> {
  const sheets = s.ctx.workbook.worksheets;
  sheets.getItemOrNullObject(STATE_SHEET).delete();
  if (!entries.length) return;
  const ws = sheets.add(STATE_SHEET);
  ws.visibility = 'VeryHidden';
  await writeTextRows(s, ws, [HEADER, ...entries.map(toLine)]);
}

/** Writes rows of strings from A1 as text ('@'), in chunks that fit the budget. */
export async function writeTextRows(s: Session, ws: Excel.Worksheet, rows: string[][]): Promise<void> {
  const cols = rows[0].length;
  const formatRow = new Array<string>(cols).fill('@');
  for (let start = 0; start < rows.length;) {
    let bytes = 0;
    let end = start;
    while (end < rows.length && (end === start || bytes + jsonBytes(rows[end]) + 8 * cols < s.limits.budgetBytes / 2)) {
      bytes += jsonBytes(rows[end]) + 8 * cols;
      end++;
    }
    await s.room(bytes);
    const range = ws.getRangeByIndexes(start, 0, end - start, cols);
    range.numberFormat = rows.slice(start, end).map(() => formatRow);
    range.values = rows.slice(start, end);
    start = end;
  }
}
