// The roster sheet's XML patched in one linear pass: the s (format) attribute of each marked cell
// set, cells and rows the XML does not have yet inserted in order, everything else byte-identical.
// A worksheet can be 50+ MB of XML, so the pass only looks for `<row` and, in marked rows, `<c`.
import { colLetter } from '../core/a1';
import type { Severity } from '../core/types';
import { findElement, findStartTag, getAttr, rawAttr, refColumn, rootPrefix, setAttr } from './xml';

export interface CellMark {
  row: number;
  col: number;
  severity: Severity;
}

/** The format a marked cell gets, from its own format index and the severity. */
export type StyleFor = (xf: number, severity: Severity) => number;

/** Column formats from <cols>: the format an empty cell of that column shows. */
function columnStyles(xml: string, p: string, before: number): (col: number) => number {
  const cols = findElement(xml, `${p}cols`);
  const ranges: [number, number, number][] = [];
  if (cols && cols[0] < before) {
    for (let t = findStartTag(xml, `${p}col`, cols[0] + 1); t && t[0] < cols[1]; t = findStartTag(xml, `${p}col`, t[1])) {
      const tag = xml.slice(t[0], t[1]);
      const style = Number(getAttr(tag, 'style') ?? 0);
      if (style) ranges.push([Number(getAttr(tag, 'min') ?? 0), Number(getAttr(tag, 'max') ?? 0), style]);
    }
  }
  return (col) => ranges.find(([min, max]) => col >= min && col <= max)?.[2] ?? 0;
}

/** Sets the format of every marked cell; marks must be sorted by row, then column, one per cell. */
export function markSheetCells(xml: string, marks: CellMark[], styleFor: StyleFor): string {
  if (!marks.length) return xml;
  const p = rootPrefix(xml, 'worksheet');
  const ROW = `${p}row`;
  const C = `${p}c`;
  const data = findStartTag(xml, `${p}sheetData`);
  if (!data) throw new Error('the worksheet has no <sheetData>');
  const colStyle = columnStyles(xml, p, data[0]);
  const cell = (row: number, col: number, xf: number, sev: Severity) => `<${C} r="${colLetter(col)}${row}" s="${styleFor(xf, sev)}"/>`;
  const newRows = (upTo: number): string => {
    let s = '';
    while (mi < marks.length && marks[mi].row < upTo) {
      const r = marks[mi].row;
      s += `<${ROW} r="${r}">`;
      for (; mi < marks.length && marks[mi].row === r; mi++) s += cell(r, marks[mi].col, colStyle(marks[mi].col), marks[mi].severity);
      s += `</${ROW}>`;
    }
    return s;
  };

  const out: string[] = [];
  let last = 0; // xml before this offset has been copied to out
  let mi = 0;
  if (xml.charCodeAt(data[1] - 2) === 47) {
    // <sheetData/>: open it up
    const rows = newRows(Infinity);
    return `${xml.slice(0, data[0])}<${p}sheetData>${rows}</${p}sheetData>${xml.slice(data[1])}`;
  }
  const dataEnd = xml.indexOf(`</${p}sheetData>`, data[1]);
  let pos = data[1];
  let prevRow = 0;
  while (mi < marks.length) {
    const t = findStartTag(xml, ROW, pos);
    if (!t || t[0] > dataEnd) break;
    const tag = xml.slice(t[0], t[1]);
    const r = Number(rawAttr(tag, 'r') ?? 0) || prevRow + 1;
    prevRow = r;
    pos = t[1];
    if (marks[mi].row < r) {
      out.push(xml.slice(last, t[0]), newRows(r));
      last = t[0];
    }
    if (mi >= marks.length || marks[mi].row !== r) continue;
    const rowStyle = getAttr(tag, 'customFormat') === '1' || getAttr(tag, 'customFormat') === 'true' ? Number(getAttr(tag, 's') ?? 0) : -1;
    const empty = (col: number) => (rowStyle >= 0 ? rowStyle : colStyle(col));
    if (xml.charCodeAt(t[1] - 2) === 47) {
      // <row …/>: no cells yet
      let cells = '';
      for (; mi < marks.length && marks[mi].row === r; mi++) cells += cell(r, marks[mi].col, empty(marks[mi].col), marks[mi].severity);
      out.push(xml.slice(last, t[0]), `${tag.slice(0, -2).trimEnd()}>${cells}</${ROW}>`);
      last = t[1];
      continue;
    }
    const rowEnd = xml.indexOf(`</${ROW}>`, t[1]);
    let cursor = t[1];
    let prevCol = 0;
    while (mi < marks.length && marks[mi].row === r) {
      const c = findStartTag(xml, C, cursor);
      if (!c || c[0] > rowEnd) break;
      const ctag = xml.slice(c[0], c[1]);
      const ref = rawAttr(ctag, 'r');
      const col = (ref ? refColumn(ref) : 0) || prevCol + 1;
      prevCol = col;
      cursor = xml.charCodeAt(c[1] - 2) === 47 ? c[1] : xml.indexOf(`</${C}>`, c[1]) + C.length + 3;
      let inserted = '';
      for (; mi < marks.length && marks[mi].row === r && marks[mi].col < col; mi++) inserted += cell(r, marks[mi].col, empty(marks[mi].col), marks[mi].severity);
      if (inserted) {
        out.push(xml.slice(last, c[0]), inserted);
        last = c[0];
      }
      if (mi < marks.length && marks[mi].row === r && marks[mi].col === col) {
        const xf = Number(rawAttr(ctag, 's') ?? 0) || 0;
        out.push(xml.slice(last, c[0]), setAttr(ctag, 's', String(styleFor(xf, marks[mi].severity))));
        last = c[1];
        mi++;
      }
    }
    let tail = '';
    for (; mi < marks.length && marks[mi].row === r; mi++) tail += cell(r, marks[mi].col, empty(marks[mi].col), marks[mi].severity);
    if (tail) {
      out.push(xml.slice(last, rowEnd), tail);
      last = rowEnd;
    }
    pos = rowEnd;
  }
  if (mi < marks.length) {
    out.push(xml.slice(last, dataEnd), newRows(Infinity));
    last = dataEnd;
  }
  out.push(xml.slice(last));
  return out.join('');
}

// elements that come after <legacyDrawing> in a worksheet (CT_Worksheet's sequence)
const AFTER_LEGACY = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** The r:id of the sheet's <legacyDrawing>, if it has one. */
export function legacyDrawingId(xml: string): string | undefined {
  const p = rootPrefix(xml, 'worksheet');
  const end = xml.lastIndexOf(`</${p}sheetData>`);
  const t = findStartTag(xml, `${p}legacyDrawing`, Math.max(0, end));
  return t ? getAttr(xml.slice(t[0], t[1]), 'r:id') : undefined;
}

/** Adds <legacyDrawing r:id="…"/> at its place in the element order (after drawing, before legacyDrawingHF …). */
export function addLegacyDrawing(xml: string, relId: string): string {
  const p = rootPrefix(xml, 'worksheet');
  const from = Math.max(0, xml.lastIndexOf(`</${p}sheetData>`), xml.lastIndexOf(`<${p}sheetData/>`));
  let at = xml.lastIndexOf(`</${p}worksheet>`);
  for (const name of [...AFTER_LEGACY.map((n) => p + n), 'mc:AlternateContent']) {
    const t = findStartTag(xml, name, from);
    if (t && t[0] < at) at = t[0];
  }
  let out = `${xml.slice(0, at)}<${p}legacyDrawing r:id="${relId}"/>${xml.slice(at)}`;
  const root = findStartTag(out, `${p}worksheet`);
  if (root && rawAttr(out.slice(root[0], root[1]), 'xmlns:r') === undefined) {
    const tag = setAttr(out.slice(root[0], root[1]), 'xmlns:r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships');
    out = out.slice(0, root[0]) + tag + out.slice(root[1]);
  }
  return out;
}
