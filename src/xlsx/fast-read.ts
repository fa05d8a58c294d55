// The roster's Grid straight from the package's XML: one linear scan of the sheet (no SAX events, no
// ExcelJS cell objects), shared strings and number formats read once. It gives the same Grid as
// ExcelJS's full reader (sheetToGrid; a test compares them on every fixture) in a fraction of the
// time and memory, and only for the sheets the chooser actually looks at.
import * as path from 'path';
import type { CellValue, Grid } from '../core';
import { scanCellContent, scanCellTag, type CellContent, type CellTag } from './cell-scan';
import { displayText, serialToIso, toCellValue } from './cells';
import { GridCollector } from './grid-limits';
import { isRel, type XlsxPackage } from './package';
import { mergeCellAreas } from './merge-cells';
import { findElement, findStartTag, getAttr, rawAttr, rootPrefix, unescapeXml } from './xml';
import { WorkbookPart } from './workbook-part';

// ExcelJS's table of built-in number formats (ids without an entry, like 0, have none)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILTIN = require('exceljs/lib/xlsx/defaultnumformats') as Record<number, { f?: string }>;

export interface PackageSheet {
  name: string;
  hidden: boolean;
  part: string;
  grid(): Grid;
}

/** _xHHHH_ escapes of <t> text (how OOXML stores control characters). */
function unescapeT(s: string): string {
  const u = unescapeXml(s);
  return u.indexOf('_x') < 0
    ? u
    : u.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a string item (the inside of <si> or <is>): its <t> runs joined, phonetic runs (<rPh>) left out. */
function itemText(item: string, p: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const t = findStartTag(item, `${p}t`, i);
    if (!t) return out;
    const ph = item.lastIndexOf(`<${p}rPh`, t[0]);
    if (ph >= 0 && item.lastIndexOf(`</${p}rPh>`, t[0]) < ph) {
      i = item.indexOf(`</${p}rPh>`, t[0]);
      if (i < 0) return out;
      continue;
    }
    if (item.charCodeAt(t[1] - 2) === 47) {
      i = t[1];
      continue;
    }
    const end = item.indexOf(`</${p}t>`, t[1]);
    if (end < 0) throw new Error('Unclosed <t>');
    out += unescapeT(item.slice(t[1], end));
    i = end;
  }
}

function sharedStrings(xml: string): string[] {
  const p = rootPrefix(xml, 'sst');
  const out: string[] = [];
  const close = `</${p}si>`;
  let t = findStartTag(xml, `${p}si`);
  while (t) {
    let next = t[1];
    if (xml.charCodeAt(t[1] - 2) === 47) out.push('');
    else {
      next = xml.indexOf(close, t[1]);
      if (next < 0) throw new Error('Unclosed <si>');
      out.push(itemText(xml.slice(t[1], next), p));
    }
    t = findStartTag(xml, `${p}si`, next);
  }
  return out;
}

/** The number format code of each cell format (cellXfs), as ExcelJS names them; '' for General. */
function formatCodes(xml: string): string[] {
  const p = rootPrefix(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const nf = findElement(xml, `${p}numFmts`);
  if (nf) {
    for (
      let t = findStartTag(xml, `${p}numFmt`, nf[0] + 1);
      t && t[0] < nf[1];
      t = findStartTag(xml, `${p}numFmt`, t[1])
    ) {
      const tag = xml.slice(t[0], t[1]);
      custom.set(Number(getAttr(tag, 'numFmtId')), getAttr(tag, 'formatCode') ?? '');
    }
  }
  const out: string[] = [];
  const xfs = findElement(xml, `${p}cellXfs`);
  if (!xfs) return out;
  for (let t = findStartTag(xml, `${p}xf`, xfs[0] + 1); t && t[0] < xfs[1]; t = findStartTag(xml, `${p}xf`, t[1])) {
    const id = Number(getAttr(xml.slice(t[0], t[1]), 'numFmtId') ?? 0);
    out.push(id ? (custom.get(id) ?? BUILTIN[id]?.f ?? '') : '');
  }
  return out;
}

/** ExcelJS's test for a date format (it turns such numbers into Dates). */
function isDateFormat(fmt: string): boolean {
  return !!fmt && /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function isTagEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

interface CellSource {
  strings: string[];
  /** number format code by cell format index */
  formats: string[];
  /** whether ExcelJS would read numbers of that cell format as dates */
  dates: boolean[];
  date1904: boolean;
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

/** The Grid of one worksheet's XML (origin A1), the same as sheetToGrid gives for it. */
export function sheetXmlGrid(xml: string, src: CellSource, where = 'worksheet'): Grid {
  const grid = new GridCollector(where);
  const p = rootPrefix(xml, 'worksheet');
  const ROW = `<${p}row`;
  const CELL = `<${p}c`;
  const ROW_END = `</${p}row>`;
  const CELL_END = `</${p}c>`;
  const data = findStartTag(xml, `${p}sheetData`);
  const end = data ? xml.indexOf(`</${p}sheetData>`, data[1]) : -1;
  if (data && end < 0 && xml.charCodeAt(data[1] - 2) !== 47) throw new Error('Unclosed <sheetData>');
  const tag: CellTag = { col: 0, s: 0, t: '' };
  const content: CellContent = { v0: -1, v1: -1, formula: false, other: false };
  let rowNum = 0;
  let pos = data ? data[1] : xml.length;
  while (end > 0) {
    const i = xml.indexOf(ROW, pos);
    if (i < 0 || i > end) break;
    pos = i + ROW.length;
    if (!isTagEnd(xml.charCodeAt(pos))) continue;
    const te = xml.indexOf('>', pos) + 1;
    if (te === 0) throw new Error('Unclosed <row>');
    const rn = Number(rawAttr(xml.slice(i, te), 'r') ?? 0);
    const r = Number.isInteger(rn) && rn > 0 ? rn : rowNum + 1;
    rowNum = r;
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
          v = text = unescapeXml(xml.slice(content.v0, content.v1));
        } else if (src.dates[tag.s]) {
          // as ExcelJS: a Date of the serial (whole milliseconds), then back to a serial (cells.ts dateToSerial)
          const ms = Math.round(
            (parseFloat(xml.slice(content.v0, content.v1)) - 25569 + (src.date1904 ? 1462 : 0)) * 86400000,
          );
          if (!(Math.abs(ms) <= 8.64e15)) continue;
          v = Math.round((ms / 86400000 + 25569) * 1e6) / 1e6;
          text = serialToIso(v);
        } else {
          v = parseFloat(xml.slice(content.v0, content.v1));
          text = displayText(v, v, fmt);
        }
      } else {
        const raw = rawValue(xml.slice(ce, close), tag.t || undefined, fmt, src, p);
        v = toCellValue(raw);
        if (v === null || v === '') continue;
        text = displayText(raw, v, fmt);
      }
      if (!grid.isNear(vr.length, col)) {
        grid.addFar(r, col, v, text, fmt);
        continue;
      }
      while (vr.length < col - 1) {
        vr.push(null);
        tr.push('');
        fr.push('');
      }
      vr[col - 1] = v;
      tr[col - 1] = text;
      fr[col - 1] = fmt;
    }
    pos = rowEnd;
    if (vr.length) grid.addRow(r, vr, tr, fr);
  }
  const merges = mergeCellAreas(xml, p, Math.max(0, end));
  const built = grid.build();
  return merges.length ? { ...built, merges } : built;
}

/**
 * The package's worksheets in tab order, each with a lazy Grid; null when the workbook's sheets
 * cannot be resolved to worksheet parts (the caller then uses ExcelJS's full reader).
 */
export function packageSheets(pkg: XlsxPackage): PackageSheet[] | null {
  const wb = WorkbookPart.open(pkg);
  // worksheets only: chart sheets hold no cells
  const refs = wb.sheets().filter((s) => !isRel(s.relType, 'chartsheet'));
  if (!refs.length || refs.some((s) => !s.part || !isRel(s.relType, 'worksheet') || !pkg.has(s.part))) return null;
  const prTag = findStartTag(wb.xml, 'workbookPr');
  const date1904 = /^(1|true)$/.test((prTag && getAttr(wb.xml.slice(prTag[0], prTag[1]), 'date1904')) ?? '');
  const rels = pkg.rels(wb.part);
  let src: CellSource | null = null;
  const source = (): CellSource => {
    if (src) return src;
    const ss = rels.find((r) => isRel(r.type, 'sharedStrings'));
    const st = rels.find((r) => isRel(r.type, 'styles'));
    const ssXml = ss ? pkg.text(ss.target) : null;
    const stXml = st ? pkg.text(st.target) : null;
    const formats = stXml ? formatCodes(stXml) : [];
    return (src = { strings: ssXml ? sharedStrings(ssXml) : [], formats, dates: formats.map(isDateFormat), date1904 });
  };
  const states = new Map<string, string>();
  const list = findElement(wb.xml, 'sheets');
  for (
    let t = list && findStartTag(wb.xml, 'sheet', list[0]);
    t && list && t[0] < list[1];
    t = findStartTag(wb.xml, 'sheet', t[1])
  ) {
    const tag = wb.xml.slice(t[0], t[1]);
    states.set(getAttr(tag, 'name') ?? '', getAttr(tag, 'state') ?? 'visible');
  }
  return refs.map((s) => ({
    name: s.name,
    hidden: states.get(s.name) === 'hidden' || states.get(s.name) === 'veryHidden',
    part: s.part,
    grid: () => sheetXmlGrid(pkg.text(s.part) ?? '', source(), `${path.resolve(pkg.file)}（工作表「${s.name}」）`),
  }));
}
