/// <reference types="office-js" />
// Marking faulty cells (fill + note or threaded comment); src/office/record.ts records what they had and puts
// it back.
import { a1, mergeNote, type CellMark } from '../core';
import type { Annotation } from './features';
import { addressLists, runAddress, runsOf, type CellPos } from './runs';
import type { Session } from './session';
import type { MarkEntry } from './state';

/**
 * Fills cells with colours (null clears the fill): one format command per address list (RangeAreas,
 * ExcelApi 1.9), or without RangeAreas one per run of cells in a column (Worksheet.getRange, ExcelApi 1.1).
 */
export async function applyFills(
  s: Session,
  ws: Excel.Worksheet,
  groups: Map<string | null, CellPos[]>,
): Promise<void> {
  for (const [color, cells] of groups) {
    if (!s.features.rangeAreas) {
      for (const run of runsOf(cells)) {
        const address = runAddress(run);
        await s.write({
          bytes: 2 * address.length + 40,
          ops: 2,
          queue: () => {
            const fill = ws.getRange(address).format.fill;
            if (color) fill.color = color;
            else fill.clear();
          },
        });
        s.stats.formatCalls++;
      }
      continue;
    }
    for (const list of addressLists(runsOf(cells), s.limits.maxAddressChars)) {
      // the address goes in getRanges and again in the path of the fill command
      await s.write({
        bytes: 2 * list.length + 40,
        ops: 2,
        queue: () => {
          const fill = ws.getRanges(list).format.fill;
          if (color) fill.color = color;
          else fill.clear();
        },
      });
      s.stats.formatCalls++;
    }
  }
}

/**
 * Writes the reasons on the marked cells: with notes, one note per cell (a new note, or the reasons put before
 * the note the cell already had); with threaded comments only, a new comment on each cell that has none (a
 * clerk's comment thread is never touched: that cell's reasons are in the results sheet).
 */
export async function writeNotes(
  s: Session,
  ws: Excel.Worksheet,
  cells: CellMark[],
  entries: MarkEntry[],
  annotation: Annotation,
): Promise<void> {
  if (annotation === 'comment') return writeComments(s, ws, entries);
  if (annotation !== 'note') return;
  const before = new Map(entries.map((e) => [a1(e.row, e.col), e.note]));
  for (const c of cells) {
    const addr = a1(c.row, c.col);
    const previous = before.get(addr) ?? null;
    const text = mergeNote(c.note, previous);
    await s.write({
      bytes: 100 + text.length * 3,
      ops: 2,
      queue: () => {
        if (previous === null) ws.notes.add(addr, text);
        else ws.notes.getItem(addr).content = text;
      },
    });
    s.stats.noteCalls++;
  }
}

/** CommentCollection.add (ExcelApi 1.10): "Creates a new comment with the given content on the given cell." */
async function writeComments(s: Session, ws: Excel.Worksheet, entries: MarkEntry[]): Promise<void> {
  for (const e of entries) {
    const text = e.markNote;
    if (!e.noteWritten || e.noteKind !== 'comment' || text === null) continue;
    const addr = a1(e.row, e.col);
    await s.write({
      bytes: 100 + text.length * 3,
      ops: 3,
      queue: () => {
        ws.comments.add(ws.getRange(addr), text);
      },
    });
    s.stats.noteCalls++;
  }
}
