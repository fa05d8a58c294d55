/// <reference types="office-js" />
// Recording what marking replaces and putting it back: reads the fill and note cells have, builds the
// record entries, and removes our marks wherever they are now (src/office/locate.ts), touching only cells
// that still carry our own fill and note.
import { a1, mergeNote, type CellMark } from '../core';
import { locateMarks, cellText, rowKeyAt, type Located, type ValueBlock } from './locate';
import type { Annotation } from './features';
import { applyFills } from './marks';
import { groupBy, runsOf, SEVERITY_FILL, type CellPos, type Run } from './runs';
import type { Session } from './session';
import type { MarkEntry } from './state';

/** What a cell carries now: its fill and its note. */
export interface CellLook {
  /** '#RRGGBB' or null (no fill) */
  fill: string | null;
  /** the note's (or, where the host has no notes, the threaded comment's) text, or null (none, or not read) */
  note: string | null;
}

/** RangeFill.color says '#FFFFFF' for a cell without fill when there is no pattern to tell them apart */
const NO_FILL_COLOR = '#FFFFFF';

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

/**
 * Reads the fill and the note (or threaded comment) the cells have now: with ExcelApi 1.9 one
 * getCellProperties per run of cells, else one RangeFill.color per cell (white reads as no fill); per cell
 * one note, or the sheet's comments with their cells.
 */
export async function readCellMarks(
  s: Session,
  ws: Excel.Worksheet,
  cells: CellPos[],
  annotation: Annotation,
): Promise<Map<string, CellLook>> {
  const fills = s.features.rangeAreas ? await readFillRuns(s, ws, cells) : await readFillCells(s, ws, cells);
  const notes = annotation === 'note' ? await readNotes(s, ws, cells) : null;
  const comments = annotation === 'comment' ? await readComments(s, ws) : null;
  await s.flush();
  const out = new Map<string, CellLook>();
  for (const [k, fill] of fills()) {
    const note = notes?.get(k);
    out.set(k, {
      fill,
      note: note ? (note.isNullObject ? null : note.content) : (comments?.get(k) ?? null),
    });
  }
  return out;
}

/** per run of cells one getCellProperties (ExcelApi 1.9); the result is read after the caller's sync */
async function readFillRuns(
  s: Session,
  ws: Excel.Worksheet,
  cells: CellPos[],
): Promise<() => [string, string | null][]> {
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
  return () =>
    fillResults.flatMap(({ run, result }) =>
      result.value.map((line, i): [string, string | null] => {
        const fill = line[0]?.format?.fill;
        return [
          key(run.row0 + i, run.col),
          fill && fill.pattern !== 'None' && fill.color ? fill.color.toUpperCase() : null,
        ];
      }),
    );
}

/** without getCellProperties: one RangeFill.color (ExcelApi 1.1) per cell */
async function readFillCells(
  s: Session,
  ws: Excel.Worksheet,
  cells: CellPos[],
): Promise<() => [string, string | null][]> {
  const fills: [string, Excel.RangeFill][] = [];
  for (const c of cells) {
    await s.write({
      bytes: 120,
      ops: 3,
      queue: () => fills.push([key(c.row, c.col), ws.getCell(c.row - 1, c.col - 1).format.fill.load('color')]),
    });
  }
  return () =>
    fills.map(([k, fill]): [string, string | null] => {
      const color = fill.color ? fill.color.toUpperCase() : null;
      return [k, color === NO_FILL_COLOR ? null : color];
    });
}

async function readNotes(s: Session, ws: Excel.Worksheet, cells: CellPos[]): Promise<Map<string, Excel.Note>> {
  const notes = new Map<string, Excel.Note>();
  for (const c of cells) {
    const addr = a1(c.row, c.col);
    await s.write({
      bytes: 100,
      ops: 2,
      queue: () => notes.set(key(c.row, c.col), ws.notes.getItemOrNullObject(addr).load('content')),
    });
  }
  return notes;
}

/**
 * The sheet's threaded comments by cell: CommentCollection has no getItemByCellOrNullObject before ExcelApi
 * 1.14 and getItemByCell throws on a cell without one, so the comments are loaded and located (two syncs).
 */
async function readComments(s: Session, ws: Excel.Worksheet): Promise<Map<string, string>> {
  await s.flush();
  const list = ws.comments.load('items/content');
  await s.room(2_000);
  await s.sync();
  const located: [Excel.Comment, Excel.Range][] = [];
  for (const c of list.items) {
    await s.room(200 + c.content.length * 3, 3);
    located.push([c, c.getLocation().load('rowIndex,columnIndex')]);
  }
  await s.flush();
  return new Map(located.map(([c, r]) => [key(r.rowIndex + 1, r.columnIndex + 1), c.content]));
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
  annotation: Annotation,
): MarkEntry[] {
  return cells.map((c) => {
    const had = now.get(key(c.row, c.col)) ?? { fill: null, note: null };
    // a threaded comment goes only on a cell without one; a note is put before the note the cell had
    const written = annotation === 'note' || (annotation === 'comment' && had.note === null);
    return {
      ...(annotation === 'comment' ? { noteKind: 'comment' as const } : {}),
      sheet: sheet.name,
      sheetId: sheet.id,
      row: c.row,
      col: c.col,
      fill: had.fill,
      note: had.note,
      noteWritten: written,
      markFill: SEVERITY_FILL[c.severity].toUpperCase(),
      markNote: !written ? null : annotation === 'note' ? mergeNote(c.note, had.note) : mergeNote(c.note, null),
      value: cellText(block, c.row, c.col),
      rowKey: rowKeyAt(block, c.row),
    };
  });
}

const OUR_FILLS = new Set(Object.values(SEVERITY_FILL).map((f) => f.toUpperCase()));

/** the annotation an entry's noteWritten refers to */
function kindOf(e: MarkEntry): Annotation {
  return e.noteWritten ? (e.noteKind ?? 'note') : 'none';
}

/**
 * whether the cell still carries the mark we recorded: our fill, and our note (or comment) where we wrote
 * one and this host can read it
 */
export function carriesMark(e: MarkEntry, now: CellLook | undefined, annotation: Annotation): boolean {
  if (!now) return false;
  const fillOk = e.markFill ? now.fill === e.markFill : now.fill !== null && OUR_FILLS.has(now.fill);
  if (!fillOk) return false;
  if (kindOf(e) === 'none' || kindOf(e) !== annotation) return true;
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
  annotation: Annotation,
): Promise<RemoveStats> {
  if (!entries.length) return { restored: 0, skipped: 0 };
  const { found, missing } = locateMarks(entries, block);
  const now = await readCellMarks(s, ws, found, annotation);
  const ours: Located[] = found.filter((l) => carriesMark(l.entry, now.get(key(l.row, l.col)), annotation));
  await applyFills(
    s,
    ws,
    groupBy(
      ours.map((l) => ({ row: l.row, col: l.col, fill: l.entry.fill })),
      (c) => c.fill,
    ),
  );
  for (const l of ours) {
    const e = l.entry;
    if (annotation === 'comment' && kindOf(e) === 'comment') {
      const addr = a1(l.row, l.col);
      await s.write({
        bytes: 120,
        ops: 3,
        queue: () => ws.comments.getItemByCell(ws.getRange(addr)).delete(),
      });
      s.stats.noteCalls++;
    }
  }
  if (annotation === 'note') {
    for (const l of ours) {
      const e = l.entry;
      if (kindOf(e) !== 'note') continue;
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
