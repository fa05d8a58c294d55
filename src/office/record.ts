/// <reference types="office-js" />
// Recording what marking replaces and putting it back: reads the fill and note cells have, builds the
// record entries, and removes our marks wherever they are now (src/office/locate.ts), touching only cells
// that still carry our own fill and note.
import { a1, mergeNote, type CellMark } from '../core';
import { locateMarks, cellText, rowKeyAt, type Located, type ValueBlock } from './locate';
import { applyFills } from './marks';
import { groupBy, runsOf, SEVERITY_FILL, type CellPos, type Run } from './runs';
import type { Session } from './session';
import type { MarkEntry } from './state';

/** What a cell carries now: its fill and its note. */
export interface CellLook {
  /** '#RRGGBB' or null (no fill) */
  fill: string | null;
  /** the note's text, or null (no note, or notes not read) */
  note: string | null;
}

/** bytes of one cell's {"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}} with some margin */
const FILL_BYTES_PER_CELL = 70;

export function splitRun(run: Run, maxRows: number): Run[] {
  const out: Run[] = [];
  for (let r = run.row0; r <= run.row1; r += maxRows)
    out.push({ col: run.col, row0: r, row1: Math.min(run.row1, r + maxRows - 1) });
  return out;
}

interface FillProps {
  format?: { fill?: { color?: string; pattern?: string } };
}

const key = (row: number, col: number) => `${row}:${col}`;

/** Reads the fill and note the cells have now: per run of cells one getCellProperties (ExcelApi 1.9), per cell one note. */
export async function readCellMarks(
  s: Session,
  ws: Excel.Worksheet,
  cells: CellPos[],
  notesOn: boolean,
): Promise<Map<string, CellLook>> {
  // a long run is read in pieces, so one response never outgrows the budget
  const maxRows = Math.max(1, Math.floor(s.limits.budgetBytes / 2 / FILL_BYTES_PER_CELL));
  const runs = runsOf(cells).flatMap((r) => splitRun(r, maxRows));
  const fillResults: { run: Run; result: OfficeExtension.ClientResult<FillProps[][]> }[] = [];
  for (const [i, run] of runs.entries()) {
    const n = run.row1 - run.row0 + 1;
    // a load is sent again like a write when the host refuses the request as too large
    await s.write({
      bytes: 80 + FILL_BYTES_PER_CELL * n,
      ops: 2,
      queue: () => {
        const range = ws.getRangeByIndexes(run.row0 - 1, run.col - 1, n, 1);
        fillResults[i] = {
          run,
          result: range.getCellProperties({
            format: { fill: { color: true, pattern: true } },
          }) as OfficeExtension.ClientResult<FillProps[][]>,
        };
      },
    });
  }
  const notes = new Map<string, Excel.Note>();
  if (notesOn) {
    for (const c of cells) {
      const addr = a1(c.row, c.col);
      await s.write({
        bytes: 100,
        ops: 2,
        queue: () => notes.set(key(c.row, c.col), ws.notes.getItemOrNullObject(addr).load('content')),
      });
    }
  }
  await s.flush();
  const out = new Map<string, CellLook>();
  for (const { run, result } of fillResults) {
    result.value.forEach((line, i) => {
      const fill = line[0]?.format?.fill;
      const note = notes.get(key(run.row0 + i, run.col));
      out.set(key(run.row0 + i, run.col), {
        fill: fill && fill.pattern !== 'None' && fill.color ? fill.color.toUpperCase() : null,
        note: note && !note.isNullObject ? note.content : null,
      });
    });
  }
  return out;
}

/**
 * The record entries of the cells about to be marked: what they have, what we will put (the fill of the
 * cell's severity, core/marks' note before the note the cell had, as writeNotes writes it), what they hold.
 */
export function entriesFor(
  cells: CellMark[],
  now: Map<string, CellLook>,
  block: ValueBlock,
  sheet: { name: string; id: string },
  notesOn: boolean,
): MarkEntry[] {
  return cells.map((c) => {
    const had = now.get(key(c.row, c.col)) ?? { fill: null, note: null };
    return {
      sheet: sheet.name,
      sheetId: sheet.id,
      row: c.row,
      col: c.col,
      fill: had.fill,
      note: had.note,
      noteWritten: notesOn,
      markFill: SEVERITY_FILL[c.severity].toUpperCase(),
      markNote: notesOn ? mergeNote(c.note, had.note) : null,
      value: cellText(block, c.row, c.col),
      rowKey: rowKeyAt(block, c.row),
    };
  });
}

const OUR_FILLS = new Set(Object.values(SEVERITY_FILL).map((f) => f.toUpperCase()));

/** whether the cell still carries the mark we recorded: our fill, and our note where we wrote one */
export function carriesMark(e: MarkEntry, now: CellLook | undefined, notesOn: boolean): boolean {
  if (!now) return false;
  const fillOk = e.markFill ? now.fill === e.markFill : now.fill !== null && OUR_FILLS.has(now.fill);
  if (!fillOk) return false;
  if (!e.noteWritten || !notesOn) return true;
  return e.markNote !== null ? now.note === e.markNote : now.note !== null;
}

export interface RemoveStats {
  /** marks removed, the cell's own fill and note put back */
  restored: number;
  /** recorded marks not found any more (row deleted) or no longer ours (the clerk changed the fill or note) */
  skipped: number;
}

/**
 * Removes the recorded marks of one sheet wherever they are now and puts back what the cells had.
 * A cell is touched only when it still carries our fill and note. Queues; the caller syncs.
 */
export async function removeMarks(
  s: Session,
  ws: Excel.Worksheet,
  block: ValueBlock,
  entries: MarkEntry[],
  notesOn: boolean,
): Promise<RemoveStats> {
  if (!entries.length) return { restored: 0, skipped: 0 };
  const { found, missing } = locateMarks(entries, block);
  const now = await readCellMarks(s, ws, found, notesOn);
  const ours: Located[] = found.filter((l) => carriesMark(l.entry, now.get(key(l.row, l.col)), notesOn));
  await applyFills(
    s,
    ws,
    groupBy(
      ours.map((l) => ({ row: l.row, col: l.col, fill: l.entry.fill })),
      (c) => c.fill,
    ),
  );
  if (notesOn) {
    for (const l of ours) {
      const e = l.entry;
      if (!e.noteWritten) continue;
      const addr = a1(l.row, l.col);
      await s.write({
        bytes: 120 + (e.note?.length ?? 0) * 3,
        ops: 2,
        queue: () => {
          const note = ws.notes.getItemOrNullObject(addr);
          if (e.note === null) note.delete();
          else note.content = e.note;
        },
      });
      s.stats.noteCalls++;
    }
  }
  return { restored: ours.length, skipped: missing.length + found.length - ours.length };
}
