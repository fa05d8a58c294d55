// The Grid of a worksheet from its XML, given a piece at a time as it is inflated: one linear scan
// of each piece (no SAX events, no ExcelJS cell objects), so that the sheet's text is never whole in
// memory. Pieces are decoded as they come (StringDecoder keeps a character split between two pieces
// for the next); the text is read up to the last complete row of what has arrived, and the rest (a
// partial row, perhaps a tag, an entity or a character cut in two) waits for the next piece. Each
// piece is read exactly as the whole text would be (a test feeds random cuts): the same Grid as
// ExcelJS's full reader gives (sheetToGrid; compared on every fixture).
import type { CellArea, Grid } from '../core';
import { GridCollector } from './grid-limits';
import { mergeCellAreas } from './merge-cells';
import { SheetRows, type CellSource } from './sheet-rows';
import { findStartTag, rootPrefix } from './xml';

export { isDateFormat, type CellSource } from './sheet-rows';

const HEAD = 0;
const ROWS = 1;
const TAIL = 2;
/** bytes at the end of what waits, searched again with the next piece: a closing tag may be cut in two */
const OVERLAP = 64;
/**
 * a head (the text before the rows) longer than this is read at the end, whole: searching it again at
 * every piece would take time growing with the square of its length (Excel's heads are kilobytes; a
 * head of 16,384 column widths is about a megabyte)
 */
const HEAD_MAX = 4 << 20;
const SHEET_DATA = Buffer.from('sheetData');
const NONE = Buffer.alloc(0);

function concat(parts: Buffer[], length: number): Buffer {
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
}

/**
 * Reads one worksheet's XML a piece at a time: push() its bytes in order, cut anywhere, then end().
 * The rows are read in the bytes of each piece up to the last complete row it holds (after a
 * `</row>`: the markup is ASCII, so a cut there never splits a character, a tag or an entity); what
 * follows waits for the next piece, and the row it completes is read from the two joined.
 */
export class SheetGridReader {
  private readonly grid: GridCollector;
  private readonly rows: SheetRows;
  private phase = HEAD;
  /** bytes given and not read yet: the head until the rows start, then a partial row, then the tail */
  private carry: Buffer[] = [];
  private carryLength = 0;
  /** the last bytes of the carry, searched again with the next piece */
  private tail: Buffer = NONE;
  /** the head has 'sheetData' but not its whole start tag yet */
  private sawData = false;
  private p = '';
  private ROW_END = Buffer.from('</row>');
  private DATA_END = Buffer.from('</sheetData>');
  private result: Grid | null = null;

  /**
   * where names the sheet in messages; head, when given, sees the text up to the rows first (the
   * prolog: a part declaring a DOCTYPE is refused before anything of it is read).
   */
  constructor(
    src: CellSource,
    where: string,
    private readonly head?: (text: string) => void,
  ) {
    this.grid = new GridCollector(where);
    this.rows = new SheetRows(src, this.grid);
  }

  push(piece: Buffer): void {
    if (!piece.length) return;
    if (this.phase === TAIL) {
      this.keep(piece);
    } else if (this.phase === ROWS) {
      this.rowsIn(piece);
    } else {
      const window = this.tail.length ? Buffer.concat([this.tail, piece]) : piece;
      this.keep(piece);
      this.setTail(window);
      if (this.carryLength <= HEAD_MAX && (this.sawData || window.indexOf(SHEET_DATA) >= 0)) this.startRows();
    }
  }

  /** The Grid (origin A1) of everything given. */
  end(): Grid {
    if (!this.result) {
      const bytes = concat(this.carry, this.carryLength);
      this.carry = [];
      let merges;
      if (this.phase === HEAD) {
        const text = bytes.toString('utf8');
        this.head?.(text);
        merges = this.whole(bytes, text);
      } else if (this.phase === ROWS) {
        throw new Error('Unclosed <sheetData>');
      } else merges = mergeCellAreas(bytes.toString('utf8'), this.p, 0);
      const built = this.grid.build();
      this.result = merges.length ? { ...built, merges } : built;
    }
    return this.result;
  }

  /** Keeps a copy of b (a piece is the caller's: package.ts pieces() reuses its buffer). */
  private keep(b: Buffer): void {
    if (!b.length) return;
    this.carry.push(Buffer.from(b));
    this.carryLength += b.length;
  }

  private setTail(window: Buffer): void {
    this.tail = Buffer.from(window.length > OVERLAP ? window.subarray(window.length - OVERLAP) : window);
  }

  private usePrefix(p: string): void {
    this.p = p;
    this.rows.usePrefix(p);
    this.ROW_END = Buffer.from(`</${p}row>`);
    this.DATA_END = Buffer.from(`</${p}sheetData>`);
  }

  /** The head is here when its sheetData start tag is: the rows start after it. */
  private startRows(): void {
    const bytes = concat(this.carry, this.carryLength);
    const text = bytes.toString('utf8');
    const p = rootPrefix(text, 'worksheet');
    const data = findStartTag(text, `${p}sheetData`);
    if (!data) {
      this.sawData = true;
      return;
    }
    this.head?.(text);
    this.usePrefix(p);
    // the same tag in the bytes (the markup is ASCII: it is where the text has it, in bytes)
    const at = startTagEnd(bytes, `<${p}sheetData`);
    this.carry = [];
    this.carryLength = 0;
    this.tail = NONE;
    if (text.charCodeAt(data[1] - 2) === 47) {
      this.phase = TAIL;
      this.keep(bytes.subarray(at));
      return;
    }
    this.phase = ROWS;
    const rest = bytes.subarray(at);
    if (rest.length) this.rowsIn(rest);
  }

  /**
   * A piece of the rows: the rows of what waits and the piece read up to the last whole row. They are
   * searched in the window, the tail of what waits then the piece, without joining the two: in the
   * piece, then in the tail joined to the piece's first bytes (a closing tag cut in two).
   */
  private rowsIn(piece: Buffer): void {
    const k = this.carryLength;
    const tl = this.tail.length;
    const joint = tl ? Buffer.concat([this.tail, piece.subarray(0, OVERLAP)]) : null;
    const { ROW_END, DATA_END } = this;
    let last = piece.lastIndexOf(ROW_END);
    if (last >= 0) last += tl;
    else if (joint) last = joint.lastIndexOf(ROW_END);
    const data = firstIn(piece, joint, tl, DATA_END, Math.max(0, last));
    if (last < 0 && data < 0) {
      this.keep(piece);
      this.setTail(joint && piece.length < OVERLAP ? joint : piece);
      return;
    }
    // offsets in what waits and the piece, one after the other
    const base = k - tl;
    const cut = base + (data >= 0 ? data : last + ROW_END.length);
    let rest: Buffer;
    if (!k) {
      this.rows.read(piece, 0, cut);
      rest = piece.subarray(cut);
    } else {
      // the row that waits, completed by the piece's first bytes, then the piece's own rows
      const first = firstIn(piece, joint, tl, ROW_END, 0);
      const firstEnd = first >= 0 && base + first + ROW_END.length <= cut ? base + first + ROW_END.length : cut;
      const joined = concat([...this.carry, piece.subarray(0, Math.max(0, firstEnd - k))], Math.max(k, firstEnd));
      this.rows.read(joined, 0, firstEnd);
      if (cut > firstEnd) this.rows.read(piece, firstEnd - k, cut - k);
      rest = cut >= k ? piece.subarray(cut - k) : Buffer.concat([joined.subarray(cut, k), piece]);
    }
    this.carry = [];
    this.carryLength = 0;
    if (data >= 0) this.phase = TAIL;
    this.keep(rest);
    this.setTail(rest);
  }

  /** The whole text at once (when its head was too long to look for the rows piece by piece). */
  private whole(bytes: Buffer, xml: string): CellArea[] {
    const p = rootPrefix(xml, 'worksheet');
    this.usePrefix(p);
    const data = findStartTag(xml, `${p}sheetData`);
    const end = data ? xml.indexOf(`</${p}sheetData>`, data[1]) : -1;
    if (data && end < 0 && xml.charCodeAt(data[1] - 2) !== 47) throw new Error('Unclosed <sheetData>');
    if (data && end > 0) {
      const at = startTagEnd(bytes, `<${p}sheetData`);
      this.rows.read(bytes, at, bytes.indexOf(this.DATA_END, at));
    }
    return mergeCellAreas(xml, p, Math.max(0, end));
  }
}

/** Where pat first starts at or after from in the window (tail, tl bytes long, then piece), or -1. */
function firstIn(piece: Buffer, joint: Buffer | null, tl: number, pat: Buffer, from: number): number {
  if (joint && from < tl) {
    const j = joint.indexOf(pat, from);
    if (j >= 0) return j;
  }
  const i = piece.indexOf(pat, Math.max(0, from - tl));
  return i < 0 ? -1 : i + tl;
}

function isTagEndByte(b: number | undefined): boolean {
  return b === 32 || b === 62 || b === 47 || b === 9 || b === 10 || b === 13;
}

/** Where the first start tag `open…>` of bytes ends (after its '>'), as findStartTag finds it in the text. */
function startTagEnd(bytes: Buffer, open: string): number {
  for (let i = bytes.indexOf(open); i >= 0; i = bytes.indexOf(open, i + open.length)) {
    if (isTagEndByte(bytes[i + open.length])) return bytes.indexOf(62, i) + 1;
  }
  return bytes.length;
}
