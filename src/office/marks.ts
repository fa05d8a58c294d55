/// <reference types="office-js" />
// Marking faulty cells (fill + note) and putting back what they had before.
import { a1 } from '../core';
import { mergeNote, type CellMark } from '../core';
import { addressLists, groupBy, runsOf, type CellPos, type Run } from './runs';
import type { MarkEntry } from './state';
import type { Session } from './session';

/** Fills cells with colours (null clears the fill): one format command per address list, not per cell. */
export async function applyFills(s: Session, ws: Excel.Worksheet, groups: Map<string | null, CellPos[]>): Promise<void> {
  for (const [color, cells] of groups) {
    for (const list of addressLists(runsOf(cells), s.limits.maxAddressChars)) {
      await s.room(list.length + 40);
      const fill = ws.getRanges(list).format.fill;
      if (color) fill.color = color;
      else fill.clear();
      s.stats.formatCalls++;
    }
  }
}

/** Puts back the fills and notes recorded in the entries (all of one sheet). */
export async function restoreEntries(s: Session, ws: Excel.Worksheet, entries: MarkEntry[], notesOn: boolean): Promise<void> {
  await applyFills(s, ws, groupBy(entries, (e) => e.fill));
  if (!notesOn) return;
  for (const e of entries) {
    if (!e.noteWritten) continue;
    await s.room(120 + (e.note?.length ?? 0) * 3);
    const note = ws.notes.getItemOrNullObject(a1(e.row, e.col));
    if (e.note === null) note.delete();
    else note.content = e.note;
    s.stats.noteCalls++;
  }
}

/** bytes of one cell's {"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}} with some margin */
const FILL_BYTES_PER_CELL = 70;

export function splitRun(run: Run, maxRows: number): Run[] {
  const out: Run[] = [];
  for (let r = run.row0; r <= run.row1; r += maxRows) out.push({ col: run.col, row0: r, row1: Math.min(run.row1, r + maxRows - 1) });
  return out;
}

interface FillProps {
  format?: { fill?: { color?: string; pattern?: string } };
}

/** Reads the fill and note each cell has now (before marking): per run of cells, one getCellProperties. */
export async function readOriginals(s: Session, ws: Excel.Worksheet, sheetName: string, cells: CellMark[], notesOn: boolean): Promise<MarkEntry[]> {
  // a long run is read in pieces, so one response never outgrows the budget
  const maxRows = Math.max(1, Math.floor(s.limits.budgetBytes / 2 / FILL_BYTES_PER_CELL));
  const runs = runsOf(cells).flatMap((r) => splitRun(r, maxRows));
  const fillResults: { run: Run; result: OfficeExtension.ClientResult<FillProps[][]> }[] = [];
  for (const run of runs) {
    const n = run.row1 - run.row0 + 1;
    await s.room(80 + FILL_BYTES_PER_CELL * n);
    const range = ws.getRangeByIndexes(run.row0 - 1, run.col - 1, n, 1);
    fillResults.push({ run, result: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) as OfficeExtension.ClientResult<FillProps[][]> });
  }
  const notes = new Map<string, Excel.Note>();
  if (notesOn) {
    for (const c of cells) {
      await s.room(200);
      const addr = a1(c.row, c.col);
      notes.set(addr, ws.notes.getItemOrNullObject(addr).load('content'));
    }
  }
  await s.flush();
  const fills = new Map<string, string | null>();
  for (const { run, result } of fillResults) {
    result.value.forEach((line, i) => {
      const fill = line[0]?.format?.fill;
      fills.set(a1(run.row0 + i, run.col), fill && fill.pattern !== 'None' && fill.color ? fill.color.toUpperCase() : null);
    });
  }
  return cells.map((c) => {
    const addr = a1(c.row, c.col);
    const note = notes.get(addr);
    return {
      sheet: sheetName,
      row: c.row,
      col: c.col,
      fill: fills.get(addr) ?? null,
      note: note && !note.isNullObject ? note.content : null,
      noteWritten: notesOn,
    };
  });
}

/** Writes one note per marked cell: a new note, or the reasons put before the note the cell already had. */
export async function writeNotes(s: Session, ws: Excel.Worksheet, cells: CellMark[], originals: MarkEntry[]): Promise<void> {
  const before = new Map(originals.map((e) => [a1(e.row, e.col), e.note]));
  for (const c of cells) {
    const addr = a1(c.row, c.col);
    const previous = before.get(addr) ?? null;
    const text = mergeNote(c.note, previous);
    await s.room(100 + text.length * 3);
    if (previous === null) ws.notes.add(addr, text);
    else ws.notes.getItem(addr).content = text;
    s.stats.noteCalls++;
  }
}
