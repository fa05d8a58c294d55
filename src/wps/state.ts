// The record of marks in an ET workbook: the same very hidden sheet and the same rows as the Office adapter
// (src/office/state.ts: header 'rosterCheck.marks.v1', one row per marked cell with the fill as '#RRGGBB'
// and the note it had), so a workbook marked in Excel can be cleared in WPS and the other way round.
import { a1, colNumber } from '../core';
import { MARKS_SHEET as STATE_SHEET } from '../core';
import type { CellValue } from '../core';
import { addSheet, deleteSheet, sheetOrNull, xlSheetVeryHidden, type EtApplication, type EtWorksheet } from './et';
import { blockOf, readValues } from './read';

export { STATE_SHEET };
const HEADER = ['rosterCheck.marks.v1', 'address', 'previousFill', 'hadNote', 'previousNote', 'noteWritten'];

export interface MarkEntry {
  sheet: string;
  row: number;
  col: number;
  /** '#RRGGBB', or null when the cell had no fill */
  fill: string | null;
  note: string | null;
  noteWritten: boolean;
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

function toEntry(line: CellValue[]): MarkEntry | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(text(line[1]).trim().toUpperCase());
  if (!m || !line[0]) return null;
  return {
    sheet: text(line[0]),
    row: Number(m[2]),
    col: colNumber(m[1]),
    fill: text(line[2]) || null,
    note: text(line[3]) === '1' ? text(line[4]) : null,
    noteWritten: text(line[5]) === '1',
  };
}

function toLine(e: MarkEntry): string[] {
  return [
    e.sheet,
    a1(e.row, e.col),
    e.fill ?? '',
    e.note === null ? '0' : '1',
    e.note ?? '',
    e.noteWritten ? '1' : '0',
  ];
}

/** the used range of a sheet as values; [] when the sheet is absent */
export function usedValues(ws: EtWorksheet | null): CellValue[][] {
  if (!ws) return [];
  const lines = readValues(ws, blockOf(ws.UsedRange));
  return lines.length === 1 && lines[0].every((v) => v === null) ? [] : lines;
}

export function loadEntries(app: EtApplication): MarkEntry[] {
  const lines = usedValues(sheetOrNull(app, STATE_SHEET));
  if (!lines.length || lines[0][0] !== HEADER[0]) return [];
  return lines
    .slice(1)
    .map(toEntry)
    .filter((e): e is MarkEntry => e !== null);
}

/** Writes rows of strings from A1 as text: the format first, so a note starting with '=' stays text. */
export function writeTextRows(ws: EtWorksheet, rows: string[][]): void {
  const address = `A1:${a1(rows.length, rows[0].length)}`;
  const range = ws.Range(address);
  range.NumberFormat = '@';
  range.Value2 = rows;
}

/** Replaces the record with these entries; removes the sheet when there are none. */
export function saveEntries(app: EtApplication, entries: MarkEntry[]): void {
  const old = sheetOrNull(app, STATE_SHEET);
  if (old) deleteSheet(app, old);
  if (!entries.length) return;
  const ws = addSheet(app, STATE_SHEET, xlSheetVeryHidden);
  writeTextRows(ws, [HEADER, ...entries.map(toLine)]);
}
