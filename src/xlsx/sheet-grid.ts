// The Grid of a worksheet from its XML, given a piece at a time as it is inflated: one linear scan
// of each piece (no SAX events, no ExcelJS cell objects), so that the sheet's text is never whole in
// memory. Pieces are decoded as they come (StringDecoder keeps a character split between two pieces
// for the next); the text is read up to the last complete row of what has arrived, and the rest (a
// partial row, perhaps a tag, an entity or a character cut in two) waits for the next piece. Each
// piece is read exactly as the whole text would be (a test feeds random cuts): the same Grid as
// ExcelJS's full reader gives (sheetToGrid; compared on every fixture).
import type { CellArea, CellValue, Grid } from '../core';
import { scanCellContent, scanCellTag, type CellContent, type CellTag } from './cell-scan';
import { displayText, serialToIso, toCellValue } from './cells';
import { GridCollector } from './grid-limits';
import { mergeCellAreas } from './merge-cells';
import { itemText, own } from './string-items';
import { findStartTag, rawAttr, rootPrefix, unescapeXml } from './xml';

export interface CellSource {
  strings: string[];
  /** number format code by cell format index */
  formats: string[];
  /** whether ExcelJS would read numbers of that cell format as dates */
  dates: boolean[];
  date1904: boolean;
}

/** ExcelJS's test for a date format (it turns such numbers into Dates). */
export function isDateFormat(fmt: string): boolean {
  return !!fmt && /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function isTagEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** A cell's value as ExcelJS gives it (Date for date formats, {formula, result}, {error}), or undefined. */
function rawValue(inner: string, t: string | undefined, fmt: string, src: CellSource, p: string): unknown {
  let text: string | undefined;
  if (t === 'inlineStr') {
    const is = findStartTag(inner, `${p}is`);
    if (is) text = itemText(inner.slice(is[1]), p);
  }
  if (text === undefined) {
    const v = findStartTag(inner, `${p}v`);
    if (v && inner.charCodeAt(v[1] - 2) !== 47) text = inner.slice(v[1], inner.indexOf(`</${p}v>`, v[1]));
  }
  if (text === undefined) return undefined;
  let value: unknown;
  switch (t) {
    case 's':
      value = src.strings[parseInt(text, 10)];
      break;
    case 'str':
      value = unescapeXml(text);
      break;
    case 'inlineStr':
      value = text;
      break;
    case 'b':
      value = parseInt(text, 10) !== 0;
      break;
    case 'e':
      value = { error: unescapeXml(text) };
      break;
    default: {
      const n = parseFloat(text);
      value = isDateFormat(fmt) ? new Date(Math.round((n - 25569 + (src.date1904 ? 1462 : 0)) * 86400000)) : n;
    }
  }
  return findStartTag(inner, `${p}f`) ? { formula: '', result: value } : value;
}

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
/** strings this short are kept once per sheet (and V8 copies them when cut anyway) */
const SHORT = 12;
/** the most strings and number texts remembered per sheet */
const MEMO = 1 << 16;
const NONE = Buffer.alloc(0);

function concat(parts: Buffer[], length: number): Buffer {
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
}

/**
 * Reads one worksheet's XML a piece at a time: push() its bytes in order, cut anywhere, then end().
 * Pieces are cut again after the last complete row they hold (after a `</row>`: the markup is ASCII,
 * so a cut there never splits a character, a tag or an entity) and that text decoded and read; what
 * follows waits for the next piece, as bytes.
 */
export class SheetGridReader {
  private readonly grid: GridCollector;
  private phase = HEAD;
  /** bytes given and not read yet: the head until the rows start, then a partial row, then the tail */
  private carry: Buffer[] = [];
  private carryLength = 0;
  /** the last bytes of the carry, searched again with the next piece */
  private tail: Buffer = NONE;
  /** the head has 'sheetData' but not its whole start tag yet */
  private sawData = false;
  private p = '';
  private ROW = '<row';
  private CELL = '<c';
  private ROW_END = '</row>';
  private CELL_END = '</c>';
  private ROW_END_BYTES = Buffer.from('</row>');
  private DATA_END_BYTES = Buffer.from('</sheetData>');
  private rowNum = 0;
  private readonly tag: CellTag = { col: 0, s: 0, t: '' };
  private readonly content: CellContent = { v0: -1, v1: -1, formula: false, other: false };
  private result: Grid | null = null;
  private readonly shortStrings = new Map<string, string>();
  private readonly numberTexts = new Map<string, Map<number, string>>();
  private readonly dateTexts = new Map<number, string>();

  /**
   * where names the sheet in messages; head, when given, sees the text up to the rows first (the
   * prolog: a part declaring a DOCTYPE is refused before anything of it is read).
   */
  constructor(
    private readonly src: CellSource,
    where: string,
    private readonly head?: (text: string) => void,
  ) {
    this.grid = new GridCollector(where);
  }

  push(piece: Buffer): void {
    if (!piece.length) return;
    if (this.phase === TAIL) {
      this.keep(piece);
      return;
    }
    const window = this.tail.length ? Buffer.concat([this.tail, piece]) : piece;
    if (this.phase === HEAD) {
      this.keep(piece);
      this.setTail(window);
      if (this.carryLength <= HEAD_MAX && (this.sawData || window.indexOf(SHEET_DATA) >= 0)) this.startRows();
      return;
    }
    this.rowsIn(piece, window);
  }

  /** The Grid (origin A1) of everything given. */
  end(): Grid {
    if (!this.result) {
      const text = concat(this.carry, this.carryLength).toString('utf8');
      this.carry = [];
      let merges;
      if (this.phase === HEAD) {
        this.head?.(text);
        merges = this.whole(text);
      } else if (this.phase === ROWS) {
        throw new Error('Unclosed <sheetData>');
      } else merges = mergeCellAreas(text, this.p, 0);
      const built = this.grid.build();
      this.result = merges.length ? { ...built, merges } : built;
    }
    return this.result;
  }

  private keep(b: Buffer): void {
    if (!b.length) return;
    this.carry.push(b);
    this.carryLength += b.length;
  }

  private setTail(window: Buffer): void {
    this.tail = window.length > OVERLAP ? window.subarray(window.length - OVERLAP) : window;
  }

  private usePrefix(p: string): void {
    this.p = p;
    this.ROW = `<${p}row`;
    this.CELL = `<${p}c`;
    this.ROW_END = `</${p}row>`;
    this.CELL_END = `</${p}c>`;
    this.ROW_END_BYTES = Buffer.from(this.ROW_END);
    this.DATA_END_BYTES = Buffer.from(`</${p}sheetData>`);
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
    if (rest.length) this.rowsIn(rest, rest);
  }

  /** A piece of the rows (window: the tail of what waits, then the piece): read up to its last whole row. */
  private rowsIn(piece: Buffer, window: Buffer): void {
    const base = this.carryLength - (window.length - piece.length); // where window starts in carry + piece
    const last = window.lastIndexOf(this.ROW_END_BYTES);
    const data = window.indexOf(this.DATA_END_BYTES, Math.max(0, last));
    if (last < 0 && data < 0) {
      this.keep(piece);
      this.setTail(window);
      return;
    }
    this.keep(piece);
    const all = concat(this.carry, this.carryLength);
    const cut = base + (data >= 0 ? data : last + this.ROW_END_BYTES.length);
    const text = all.toString('utf8', 0, cut);
    this.carry = [];
    this.carryLength = 0;
    this.rows(text, 0, text.length);
    if (data >= 0) this.phase = TAIL;
    const rest = all.subarray(cut);
    this.keep(rest);
    this.setTail(rest);
  }

  /**
   * A cell's string as the grid keeps it: its own copy (string-items.ts own()), and one string for
   * the short texts repeated down a roster's columns (性别, 证书类型, 等级, 人员类别 …): fewer strings
   * kept is less for the garbage collector to copy and less memory.
   */
  private keepString(s: string): string {
    if (s.length > SHORT) return own(s);
    const known = this.shortStrings.get(s);
    if (known !== undefined) return known;
    if (this.shortStrings.size < MEMO) this.shortStrings.set(s, s);
    return s;
  }

  /** The displayed text of a number (one string per value and format, as for the short strings). */
  private numberText(v: number, fmt: string): string {
    let memo = this.numberTexts.get(fmt);
    if (!memo) this.numberTexts.set(fmt, (memo = new Map()));
    let text = memo.get(v);
    if (text === undefined) {
      text = displayText(v, v, fmt);
      if (memo.size < MEMO) memo.set(v, text);
    }
    return text;
  }

  private dateText(serial: number): string {
    let text = this.dateTexts.get(serial);
    if (text === undefined) {
      text = serialToIso(serial);
      if (this.dateTexts.size < MEMO) this.dateTexts.set(serial, text);
    }
    return text;
  }

  /** The whole text at once (when its head was too long to look for the rows piece by piece). */
  private whole(xml: string): CellArea[] {
    const p = rootPrefix(xml, 'worksheet');
    this.usePrefix(p);
    const data = findStartTag(xml, `${p}sheetData`);
    const end = data ? xml.indexOf(`</${p}sheetData>`, data[1]) : -1;
    if (data && end < 0 && xml.charCodeAt(data[1] - 2) !== 47) throw new Error('Unclosed <sheetData>');
    if (data && end > 0) this.rows(xml, data[1], end);
    return mergeCellAreas(xml, p, Math.max(0, end));
  }

  /** The rows of xml[pos, end): whole rows only (end is the end of a row, or the start of </sheetData>). */
  private rows(xml: string, pos: number, end: number): void {
    const { grid, src, p, ROW, CELL, ROW_END, CELL_END, tag, content } = this;
    for (;;) {
      const i = xml.indexOf(ROW, pos);
      if (i < 0 || i >= end) break;
      pos = i + ROW.length;
      if (!isTagEnd(xml.charCodeAt(pos))) continue;
      const te = xml.indexOf('>', pos) + 1;
      if (te === 0) throw new Error('Unclosed <row>');
      const rn = Number(rawAttr(xml.slice(i, te), 'r') ?? 0);
      const r = Number.isInteger(rn) && rn > 0 ? rn : this.rowNum + 1;
      this.rowNum = r;
      pos = te;
      if (xml.charCodeAt(te - 2) === 47) continue;
      const rowEnd = xml.indexOf(ROW_END, te);
      if (rowEnd < 0) throw new Error('Unclosed <row>');
      const vr: CellValue[] = [];
      const tr: string[] = [];
      const fr: string[] = [];
      let col = 0;
      let c = xml.indexOf(CELL, te);
      while (c >= 0 && c < rowEnd) {
        const ce = xml.indexOf('>', c) + 1;
        if (ce === 0) throw new Error('Unclosed <c>');
        if (!isTagEnd(xml.charCodeAt(c + CELL.length))) {
          c = xml.indexOf(CELL, ce);
          continue;
        }
        scanCellTag(xml, c + CELL.length, ce - 1, tag);
        col = tag.col || col + 1;
        if (xml.charCodeAt(ce - 2) === 47) {
          c = xml.indexOf(CELL, ce);
          continue;
        }
        const close = xml.indexOf(CELL_END, ce);
        if (close < 0) throw new Error('Unclosed <c>');
        c = xml.indexOf(CELL, close);
        const fmt = (tag.s && src.formats[tag.s]) || '';
        let v: CellValue;
        let text: string;
        if (!p) scanCellContent(xml, ce, close, content);
        if (
          !p &&
          !content.formula &&
          !content.other &&
          (tag.t === 's' || tag.t === 'str' || tag.t === '' || tag.t === 'n')
        ) {
          // the common cells, without building ExcelJS-like values: strings, numbers, dates
          if (content.v0 < 0) continue;
          if (tag.t === 's') {
            let k = 0;
            for (let j = content.v0; j < content.v1; j++) k = k * 10 + xml.charCodeAt(j) - 48;
            const str = src.strings[k];
            if (str === undefined || str === '') continue;
            v = text = str;
          } else if (tag.t === 'str') {
            if (content.v0 === content.v1) continue;
            v = text = this.keepString(unescapeXml(xml.slice(content.v0, content.v1)));
          } else if (src.dates[tag.s]) {
            // as ExcelJS: a Date of the serial (whole milliseconds), then back to a serial (cells.ts dateToSerial)
            const ms = Math.round(
              (parseFloat(xml.slice(content.v0, content.v1)) - 25569 + (src.date1904 ? 1462 : 0)) * 86400000,
            );
            if (!(Math.abs(ms) <= 8.64e15)) continue;
            v = Math.round((ms / 86400000 + 25569) * 1e6) / 1e6;
            text = this.dateText(v);
          } else {
            v = parseFloat(xml.slice(content.v0, content.v1));
            text = this.numberText(v, fmt);
          }
        } else {
          const raw = rawValue(xml.slice(ce, close), tag.t || undefined, fmt, src, p);
          v = toCellValue(raw);
          if (v === null || v === '') continue;
          if (typeof v === 'string') v = this.keepString(v);
          text = displayText(raw, v, fmt);
        }
        grid.place(vr, tr, fr, r, col, v, text, fmt);
      }
      pos = rowEnd;
      if (vr.length) grid.addRow(r, vr, tr, fr);
    }
  }
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
