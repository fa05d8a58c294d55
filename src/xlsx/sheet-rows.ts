// The rows of a worksheet's <sheetData>, read from its UTF-8 bytes into a GridCollector: no SAX
// events, no ExcelJS cell objects, and no text of the sheet. The markup is ASCII, so it is scanned
// in the bytes as they were inflated; only a cell's value is decoded (byte-strings.ts), numbers and
// shared-string indexes are read from the digits (byte-scan.ts). A cell of the common shape,
// <c …><v>…</v></c>, is read in place; any other (a formula, an inline string, a prefixed sheet, a
// tag with non-ASCII bytes …) is decoded and read by the string code below, as before.
import type { CellValue } from '../core';
import { byteIndex, bytesAt, isTagEndByte, parseFloatAt, rowNumberAttr, scanCellTagBytes, tagIndex } from './byte-scan';
import { ByteStrings } from './byte-strings';
import { scanCellContent, scanCellTag, type CellContent, type CellTag } from './cell-scan';
import { dateCellSerial, displayText, generalText, serialMs, serialToIso, toCellValue } from './cells';
import { RowCells, type GridCollector } from './grid-limits';
import { itemText, own } from './string-items';
import { findStartTag, unescapeXml } from './xml';

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
      value = isDateFormat(fmt) ? new Date(serialMs(n, src.date1904)) : n;
    }
  }
  return findStartTag(inner, `${p}f`) ? { formula: '', result: value } : value;
}

/** strings this short are kept once per sheet (and V8 copies them when cut anyway) */
const SHORT = 12;
/** the most strings, number texts and date texts remembered per sheet */
const MEMO = 1 << 16;
/** number texts remembered (a table by value: a power of two) */
const NUMBER_SLOTS = 1 << 12;
/** the end of a cell of the common shape, after its value */
const V_C_END = Buffer.from('</v></c>');
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

export class SheetRows {
  private p = '';
  private ROW = Buffer.from('<row');
  private CELL = Buffer.from('<c');
  private ROW_END = Buffer.from('</row>');
  private CELL_END = Buffer.from('</c>');
  private rowNum = 0;
  private readonly tag: CellTag = { col: 0, s: 0, t: '' };
  private readonly content: CellContent = { v0: -1, v1: -1, formula: false, other: false };
  /** the row being read */
  private readonly cells = new RowCells();
  /** what the last cell read gives */
  private v: CellValue = null;
  private text = '';
  private readonly strings = new ByteStrings();
  private readonly shortStrings = new Map<string, string>();
  private readonly numberValues = new Float64Array(NUMBER_SLOTS);
  private readonly numberFormats: (string | null)[] = new Array<string | null>(NUMBER_SLOTS).fill(null);
  private readonly numberTexts: string[] = new Array<string>(NUMBER_SLOTS).fill('');
  private readonly dateTexts = new Map<number, string>();

  constructor(
    private readonly src: CellSource,
    private readonly grid: GridCollector,
  ) {}

  /** The namespace prefix of the sheet's elements ('' or 'x:'). */
  usePrefix(p: string): void {
    this.p = p;
    this.ROW = Buffer.from(`<${p}row`);
    this.CELL = Buffer.from(`<${p}c`);
    this.ROW_END = Buffer.from(`</${p}row>`);
    this.CELL_END = Buffer.from(`</${p}c>`);
  }

  /** The rows of buf[pos, end): whole rows only (end is the end of a row, or the start of </sheetData>). */
  read(buf: Buffer, pos: number, end: number): void {
    const { grid, src, p, ROW, CELL, ROW_END, CELL_END, tag, cells } = this;
    for (;;) {
      const i = bytesAt(buf, pos, ROW) ? pos : buf.indexOf(ROW, pos);
      if (i < 0 || i >= end) break;
      pos = i + ROW.length;
      if (pos >= end || !isTagEndByte(buf[pos])) continue;
      const te = byteIndex(buf, 62 /* > */, pos, end) + 1;
      if (te === 0) throw new Error('Unclosed <row>');
      const rn = rowNumberAttr(buf, i, te);
      const r = Number.isInteger(rn) && rn > 0 ? rn : this.rowNum + 1;
      this.rowNum = r;
      pos = te;
      if (buf[te - 2] === 47) continue;
      const rowEnd = buf.indexOf(ROW_END, te);
      if (rowEnd < 0 || rowEnd + ROW_END.length > end) throw new Error('Unclosed <row>');
      let col = 0;
      let c = tagIndex(buf, CELL, te, rowEnd);
      while (c >= 0) {
        const from = c + CELL.length;
        let ce = from;
        let hi = 0;
        for (; ce < end && buf[ce] !== 62; ce++) hi |= buf[ce];
        if (ce >= end) throw new Error('Unclosed <c>');
        ce++;
        if (!isTagEndByte(buf[from])) {
          c = tagIndex(buf, CELL, ce, rowEnd);
          continue;
        }
        if (hi < 128) scanCellTagBytes(buf, from, ce - 1, tag);
        else {
          const tagText = buf.toString('utf8', from, ce - 1);
          scanCellTag(tagText, 0, tagText.length, tag);
        }
        col = tag.col || col + 1;
        if (buf[ce - 2] === 47) {
          c = tagIndex(buf, CELL, ce, rowEnd);
          continue;
        }
        const fmt = (tag.s && src.formats[tag.s]) || '';
        let placed: boolean | null = null;
        if (!p && buf[ce] === 60 && buf[ce + 1] === 118 && buf[ce + 2] === 62) {
          // <v>…</v></c>: the value read in place
          const v0 = ce + 3;
          let v1 = v0;
          let vhi = 0;
          for (; v1 < rowEnd && buf[v1] !== 60; v1++) vhi |= buf[v1];
          if (bytesAt(buf, v1, V_C_END)) {
            placed = this.plainCell(buf, v0, v1, vhi, fmt);
            if (placed !== null) c = tagIndex(buf, CELL, v1 + V_C_END.length, rowEnd);
          }
        }
        if (placed === null) {
          const close = buf.indexOf(CELL_END, ce);
          if (close < 0 || close + CELL_END.length > end) throw new Error('Unclosed <c>');
          c = tagIndex(buf, CELL, close, rowEnd);
          placed = this.textCell(buf.toString('utf8', ce, close), fmt);
        }
        if (placed) grid.place(cells, r, col, this.v, this.text, fmt);
      }
      pos = rowEnd;
      grid.addCells(r, cells);
    }
  }

  /**
   * The cell of the tag just read holding <v>buf[v0, v1)</v> only (hi: its bytes or'ed): true when
   * this.v and this.text are set, false when it gives nothing, null to read it as text (textCell).
   */
  private plainCell(buf: Buffer, v0: number, v1: number, hi: number, fmt: string): boolean | null {
    const { src, tag } = this;
    const t = tag.t;
    if (t === 's') {
      if (hi >= 128) return null;
      let k = 0;
      for (let j = v0; j < v1; j++) k = k * 10 + buf[j] - 48;
      const str = src.strings[k];
      if (str === undefined || str === '') return false;
      this.v = this.text = str;
      return true;
    }
    if (t === 'str') {
      if (v0 === v1) return false;
      this.v = this.text = this.strings.text(buf, v0, v1);
      return true;
    }
    if (t !== '' && t !== 'n') return null;
    if (src.dates[tag.s]) {
      const v = dateCellSerial(parseFloatAt(buf, v0, v1), src.date1904);
      if (v === null) return false;
      this.v = v;
      this.text = this.dateText(v);
      return true;
    }
    const v = parseFloatAt(buf, v0, v1);
    this.v = v;
    this.text = this.numberText(v, fmt);
    return true;
  }

  /** The cell of the tag just read, its content decoded (inner): as plainCell, without null. */
  private textCell(inner: string, fmt: string): boolean {
    const { src, p, tag, content } = this;
    const t = tag.t;
    if (!p) scanCellContent(inner, 0, inner.length, content);
    if (!p && !content.formula && !content.other && (t === 's' || t === 'str' || t === '' || t === 'n')) {
      // the common cells, without building ExcelJS-like values: strings, numbers, dates
      if (content.v0 < 0) return false;
      const { v0, v1 } = content;
      if (t === 's') {
        let k = 0;
        for (let j = v0; j < v1; j++) k = k * 10 + inner.charCodeAt(j) - 48;
        const str = src.strings[k];
        if (str === undefined || str === '') return false;
        this.v = this.text = str;
      } else if (t === 'str') {
        if (v0 === v1) return false;
        this.v = this.text = this.keepString(unescapeXml(inner.slice(v0, v1)));
      } else if (src.dates[tag.s]) {
        const v = dateCellSerial(parseFloat(inner.slice(v0, v1)), src.date1904);
        if (v === null) return false;
        this.v = v;
        this.text = this.dateText(v);
      } else {
        const v = parseFloat(inner.slice(v0, v1));
        this.v = v;
        this.text = this.numberText(v, fmt);
      }
      return true;
    }
    const raw = rawValue(inner, t || undefined, fmt, src, p);
    let v = toCellValue(raw);
    if (v === null || v === '') return false;
    if (typeof v === 'string') v = this.keepString(v);
    this.v = v;
    this.text = displayText(raw, v, fmt);
    return true;
  }

  /**
   * A string cut from a cell's text as the grid keeps it: its own copy (string-items.ts own()), and
   * one string for the short texts repeated down a roster's columns.
   */
  private keepString(s: string): string {
    if (s.length > SHORT) return own(s);
    const known = this.shortStrings.get(s);
    if (known !== undefined) return known;
    if (this.shortStrings.size < MEMO) this.shortStrings.set(s, s);
    return s;
  }

  /** The displayed text of a number (one string per value and format, the last of a table slot kept). */
  private numberText(v: number, fmt: string): string {
    f64[0] = v;
    const h = Math.imul(i32[0] ^ i32[1], 0x9e3779b1);
    const slot = (h ^ (h >>> 16)) & (NUMBER_SLOTS - 1);
    const known = this.numberValues[slot];
    // -0 and 0 are told apart (their texts may differ); NaN is never found (NaN !== NaN)
    if (known === v && this.numberFormats[slot] === fmt && (v !== 0 || 1 / known === 1 / v)) {
      return this.numberTexts[slot];
    }
    // displayText of a number in General is generalText
    const text = fmt === '' ? generalText(v) : displayText(v, v, fmt);
    this.numberValues[slot] = v;
    this.numberFormats[slot] = fmt;
    this.numberTexts[slot] = text;
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
}
