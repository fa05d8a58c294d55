// Marking faulty cells in ET (fill + comment) and putting back what they had. Fills go one Interior.Color
// write per colour per address list (comma-joined areas, at most maxAddressChars: Range() takes ≤ 255).
import { a1 } from '../core';
import { mergeNote, type CellMark } from '../core';
import { groupBy, joinAddresses, runAddress, runsOf, type CellPos } from '../office/runs';
import { bgrToRgb, rgbToBgr, xlColorIndexNone, type EtWorksheet } from './et';
import type { MarkEntry } from './state';
import type { WpsStats } from './stats';

/** Fills cells with '#RRGGBB' colours (null clears the fill). */
export function applyFills(
  ws: EtWorksheet,
  groups: Map<string | null, CellPos[]>,
  maxChars: number,
  stats: WpsStats,
): void {
  for (const [color, cells] of groups) {
    for (const list of joinAddresses(runsOf(cells).map(runAddress), maxChars)) {
      const interior = ws.Range(list).Interior;
      if (color) interior.Color = rgbToBgr(color);
      else interior.ColorIndex = xlColorIndexNone;
      stats.formatCalls++;
    }
  }
}

/** the fill of a range as '#RRGGBB', null for none, undefined when its cells differ */
function fillOf(ws: EtWorksheet, address: string): string | null | undefined {
  const interior = ws.Range(address).Interior;
  const index = interior.ColorIndex;
  if (index === xlColorIndexNone) return null;
  const color = interior.Color;
  return index === null || color === null ? undefined : bgrToRgb(color);
}

/** The fill and comment each cell has now: one fill read per run of cells when they agree, per cell when not. */
export function readOriginals(ws: EtWorksheet, sheetName: string, cells: CellMark[], stats: WpsStats): MarkEntry[] {
  const fills = new Map<string, string | null>();
  for (const run of runsOf(cells)) {
    const whole = fillOf(ws, runAddress(run));
    stats.formatCalls++;
    for (let r = run.row0; r <= run.row1; r++) {
      const addr = a1(r, run.col);
      if (whole !== undefined) fills.set(addr, whole);
      else {
        fills.set(addr, fillOf(ws, addr) ?? null);
        stats.formatCalls++;
      }
    }
  }
  return cells.map((c) => {
    const addr = a1(c.row, c.col);
    const comment = ws.Range(addr).Comment;
    stats.noteCalls++;
    const note = comment ? comment.Text() : null;
    return { sheet: sheetName, row: c.row, col: c.col, fill: fills.get(addr) ?? null, note, noteWritten: true };
  });
}

function setComment(ws: EtWorksheet, addr: string, text: string | null, stats: WpsStats): void {
  const range = ws.Range(addr);
  const comment = range.Comment;
  if (text === null) {
    if (comment) comment.Delete();
  } else if (comment) comment.Text(text);
  else range.AddComment(text);
  stats.noteCalls++;
}

/** One comment per marked cell: ours, before the comment the cell already had. */
export function writeNotes(ws: EtWorksheet, cells: CellMark[], originals: MarkEntry[], stats: WpsStats): void {
  const before = new Map(originals.map((e) => [a1(e.row, e.col), e.note]));
  for (const c of cells) {
    const addr = a1(c.row, c.col);
    setComment(ws, addr, mergeNote(c.note, before.get(addr) ?? null), stats);
  }
}

/** Puts back the fills and comments recorded in the entries (all of one sheet). */
export function restoreEntries(ws: EtWorksheet, entries: MarkEntry[], maxChars: number, stats: WpsStats): void {
  applyFills(
    ws,
    groupBy(entries, (e) => e.fill),
    maxChars,
    stats,
  );
  for (const e of entries) if (e.noteWritten) setComment(ws, a1(e.row, e.col), e.note, stats);
}
