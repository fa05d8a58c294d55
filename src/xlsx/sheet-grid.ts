// The Grid of a worksheet from its XML, given a piece at a time as it is inflated: one linear scan
// of each piece (no SAX events, no ExcelJS cell objects), so that the sheet's text is never whole in
// memory. Pieces are decoded as they come (StringDecoder keeps a character split between two pieces
// for the next); the text is read up to the last complete row of what has arrived, and the rest (a
// partial row, perhaps a tag, an entity or a character cut in two) waits for the next piece. Each
// piece is read exactly as the whole text would be (a test feeds random cuts): the same Grid as
// ExcelJS's full reader gives (sheetToGrid; compared on every fixture).
import type { CellArea, Grid } from '../core';
import { isTagEndByte } from './byte-scan';
import { concat, ElementRegions } from './element-regions';
import { GridCollector } from './grid-limits';
import { mergeCellAreas } from './merge-cells';
import { SheetRows, type CellSource } from './sheet-rows';
import { findStartTag, rootPrefix } from './xml';

export { isDateFormat, type CellSource } from './sheet-rows';

const HEAD = 0;
const ROWS = 1;
const TAIL = 2;
/** bytes at the end of the head, searched again with the next piece: 'sheetData' may be cut in two */
const OVERLAP = 16;
/**
 * a head (the text before the rows) longer than this is read at the end, whole: searching it again at
 * every piece would take time growing with the square of its length (Excel's heads are kilobytes; a
 * head of 16,384 column widths is about a megabyte)
 */
const HEAD_MAX = 4 << 20;
const SHEET_DATA = Buffer.from('sheetData');
/** after this many bytes the rows read so far tell how many the whole part holds (GridCollector.reserve) */
const ESTIMATE_AFTER = 256 << 10;
const NONE = Buffer.alloc(0);

/**
 * Reads one worksheet's XML a piece at a time: push() its bytes in order, cut anywhere, then end().
 * The rows are read in the bytes of each piece up to the last complete row it holds (element-regions.ts);
 * the head before them and the tail after them (merged cells) are kept, copied, and read as text.
 */
export class SheetGridReader {
  private readonly grid: GridCollector;
  private readonly rows: SheetRows;
  private phase = HEAD;
  /** the head until the rows start, then the tail after them (copies) */
  private carry: Buffer[] = [];
  private carryLength = 0;
  /** the last bytes of the head, searched again with the next piece */
  private tail: Buffer = NONE;
  /** the head has 'sheetData' but not its whole start tag yet */
  private sawData = false;
  private p = '';
  private regions: ElementRegions | null = null;
  private result: Grid | null = null;
  /** the bytes given so far, until the rows are estimated */
  private seen = 0;

  /**
   * where names the sheet in messages; head, when given, sees the text up to the rows first (the
   * prolog: a part declaring a DOCTYPE is refused before anything of it is read); size, when known, is
   * the part's size in bytes as its zip declares it (the rows are then estimated once some are read).
   */
  constructor(
    src: CellSource,
    where: string,
    private readonly head?: (text: string) => void,
    private readonly size = 0,
  ) {
    this.grid = new GridCollector(where);
    this.rows = new SheetRows(src, this.grid);
  }

  /** The next piece (copied where kept: the caller may reuse it once push returns). */
  push(piece: Buffer): void {
    if (!piece.length) return;
    if (this.phase === TAIL) {
      this.keep(piece);
    } else if (this.regions) {
      this.regions.push(piece);
      if (this.regions.stopped) this.toTail(this.regions.rest());
      else if (this.seen >= 0) this.estimate(piece.length);
    } else {
      const window = this.tail.length ? Buffer.concat([this.tail, piece]) : piece;
      this.keep(piece);
      this.tail = Buffer.from(window.subarray(Math.max(0, window.length - OVERLAP)));
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

  /** Once ESTIMATE_AFTER bytes are in, room for the rows the part's size promises at this rate, 5 % more. */
  private estimate(bytes: number): void {
    this.seen += bytes;
    if (this.seen < ESTIMATE_AFTER) return;
    const rows = this.grid.rows;
    if (this.size > this.seen && rows > 0) this.grid.reserve(((rows * this.size) / this.seen) * 1.05 + 64);
    this.seen = -1;
  }

  private keep(b: Buffer): void {
    if (!b.length) return;
    this.carry.push(Buffer.from(b));
    this.carryLength += b.length;
  }

  private toTail(rest: Buffer): void {
    this.phase = TAIL;
    this.regions = null;
    this.carry = [];
    this.carryLength = 0;
    this.keep(rest);
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
    this.p = p;
    this.rows.usePrefix(p);
    // the same tag in the bytes (the markup is ASCII: it is where the text has it, in bytes)
    const at = startTagEnd(bytes, `<${p}sheetData`);
    this.tail = NONE;
    if (text.charCodeAt(data[1] - 2) === 47) {
      this.toTail(bytes.subarray(at));
      return;
    }
    this.phase = ROWS;
    this.carry = [];
    this.carryLength = 0;
    const rows = this.rows;
    this.regions = new ElementRegions(Buffer.from(`</${p}row>`), Buffer.from(`</${p}sheetData>`), (b, from, to) =>
      rows.read(b, from, to),
    );
    this.push(bytes.subarray(at));
  }

  /** The whole text at once (when its head was too long to look for the rows piece by piece). */
  private whole(bytes: Buffer, xml: string): CellArea[] {
    const p = rootPrefix(xml, 'worksheet');
    this.rows.usePrefix(p);
    const data = findStartTag(xml, `${p}sheetData`);
    const end = data ? xml.indexOf(`</${p}sheetData>`, data[1]) : -1;
    if (data && end < 0 && xml.charCodeAt(data[1] - 2) !== 47) throw new Error('Unclosed <sheetData>');
    if (data && end > 0) {
      const at = startTagEnd(bytes, `<${p}sheetData`);
      this.rows.read(bytes, at, bytes.indexOf(`</${p}sheetData>`, at));
    }
    return mergeCellAreas(xml, p, Math.max(0, end));
  }
}

/** Where the first start tag `open…>` of bytes ends (after its '>'), as findStartTag finds it in the text. */
function startTagEnd(bytes: Buffer, open: string): number {
  for (let i = bytes.indexOf(open); i >= 0; i = bytes.indexOf(open, i + open.length)) {
    if (isTagEndByte(bytes[i + open.length])) return bytes.indexOf(62, i) + 1;
  }
  return bytes.length;
}
