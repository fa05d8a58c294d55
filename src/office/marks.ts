/// <reference types="office-js" />
// Marking faulty cells (fill + note); src/office/record.ts records what they had and puts it back.
import { a1, mergeNote, type CellMark } from '../core';
import { addressLists, runsOf, type CellPos } from './runs';
import type { Session } from './session';

/** Fills cells with colours (null clears the fill): one format command per address list, not per cell. */
export async function applyFills(
  s: Session,
  ws: Excel.Worksheet,
  groups: Map<string | null, CellPos[]>,
): Promise<void> {
  for (const [color, cells] of groups) {
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

/** Writes one note per marked cell: a new note, or the reasons put before the note the cell already had. */
export async function writeNotes(
  s: Session,
  ws: Excel.Worksheet,
  cells: CellMark[],
  originals: { row: number; col: number; note: string | null }[],
): Promise<void> {
  const before = new Map(originals.map((e) => [a1(e.row, e.col), e.note]));
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
