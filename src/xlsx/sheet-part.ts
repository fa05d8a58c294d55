// The roster sheet's XML patched in one linear pass over its bytes: the s (format) attribute of each
// marked cell set, cells and rows the XML does not have yet inserted in order, everything else
// byte-identical. A worksheet can be 50+ MB of XML, so the pass only looks for `<row` and, in
// marked rows, `<c`.
import { colLetter, type Severity } from '../core';
import { findElement, findStartTag, getAttr, rawAttr, refColumn, removeAttr, rootPrefix, setAttr } from './xml';

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
    for (
      let t = findStartTag(xml, `${p}col`, cols[0] + 1);
      t && t[0] < cols[1];
      t = findStartTag(xml, `${p}col`, t[1])
    ) {
      const tag = xml.slice(t[0], t[1]);
      const style = Number(getAttr(tag, 'style') ?? 0);
      if (style) ranges.push([Number(getAttr(tag, 'min') ?? 0), Number(getAttr(tag, 'max') ?? 0), style]);
    }
  }
  return (col) => ranges.find(([min, max]) => col >= min && col <= max)?.[2] ?? 0;
}

/**
 * Sets the format of every marked cell; marks must be sorted by row, then column, one per cell.
 * Works on the part's bytes (UTF-8): a 60 MB sheet is never decoded into a JS string.
 */
export function markSheetCells(xml: Buffer, marks: CellMark[], styleFor: StyleFor): Buffer {
  if (!marks.length) return xml;
  const at = xml.indexOf('sheetData');
  if (at < 0) throw new Error('the worksheet has no <sheetData>');
  const headEnd = xml.indexOf('>', at) + 1;
  const head = xml.toString('utf8', 0, headEnd); // root, sheetPr … cols: small
  const p = rootPrefix(head, 'worksheet');
  const ROW = Buffer.from(`<${p}row`);
  const C = Buffer.from(`<${p}c`);
  const ROW_END = Buffer.from(`</${p}row>`);
  const C_END = Buffer.from(`</${p}c>`);
  const data = findStartTag(head, `${p}sheetData`);
  if (!data) throw new Error('the worksheet has no <sheetData>');
  const colStyle = columnStyles(head, p, data[0]);
  const cell = (row: number, col: number, xf: number, sev: Severity) =>
    `<${p}c r="${colLetter(col)}${row}" s="${styleFor(xf, sev)}"/>`;
  let mi = 0;
  const newRows = (upTo: number): Buffer => {
    let s = '';
    while (mi < marks.length && marks[mi].row < upTo) {
      const r = marks[mi].row;
      s += `<${p}row r="${r}">`;
      for (; mi < marks.length && marks[mi].row === r; mi++)
        s += cell(r, marks[mi].col, colStyle(marks[mi].col), marks[mi].severity);
      s += `</${p}row>`;
    }
    return Buffer.from(s);
  };
  if (head.charCodeAt(data[1] - 2) === 47) {
    // <sheetData/>: open it up
    return Buffer.concat([
      Buffer.from(`${head.slice(0, data[0])}<${p}sheetData>`),
      newRows(Infinity),
      Buffer.from(`</${p}sheetData>`),
      xml.subarray(headEnd),
    ]);
  }
  const out: Buffer[] = [];
  let last = 0; // xml before this offset has been copied to out
  const copy = (to: number, ...insert: (Buffer | string)[]) => {
    out.push(xml.subarray(last, to), ...insert.map((x) => (typeof x === 'string' ? Buffer.from(x) : x)));
  };
  const dataEnd = xml.indexOf(`</${p}sheetData>`, headEnd);
  let pos = headEnd;
  let prevRow = 0;
  while (mi < marks.length) {
    const i = xml.indexOf(ROW, pos);
    if (i < 0 || i > dataEnd) break;
    pos = i + ROW.length;
    if (!isTagEnd(xml[pos])) continue;
    const te = xml.indexOf(62, pos) + 1;
    const tag = xml.toString('utf8', i, te);
    const r = Number(rawAttr(tag, 'r') ?? 0) || prevRow + 1;
    prevRow = r;
    pos = te;
    if (marks[mi].row < r) {
      copy(i, newRows(r));
      last = i;
    }
    if (mi >= marks.length || marks[mi].row !== r) continue;
    const custom = getAttr(tag, 'customFormat');
    const rowStyle = custom === '1' || custom === 'true' ? Number(getAttr(tag, 's') ?? 0) : -1;
    const empty = (col: number) => (rowStyle >= 0 ? rowStyle : colStyle(col));
    if (xml[te - 2] === 47) {
      // <row …/>: no cells yet
      let cells = '';
      for (; mi < marks.length && marks[mi].row === r; mi++)
        cells += cell(r, marks[mi].col, empty(marks[mi].col), marks[mi].severity);
      copy(i, `${tag.slice(0, -2).trimEnd()}>${cells}</${p}row>`);
      last = te;
      continue;
    }
    const rowEnd = xml.indexOf(ROW_END, te);
    const spans = /^(\d+):(\d+)$/.exec(getAttr(tag, 'spans') ?? '');
    let outside = false;
    for (let k = mi; spans && k < marks.length && marks[k].row === r; k++)
      outside ||= marks[k].col < Number(spans[1]) || marks[k].col > Number(spans[2]);
    if (outside) {
      // spans (an optional hint) would no longer cover the row's cells: drop it
      copy(i, removeAttr(tag, 'spans'));
      last = te;
    }
    let cursor = te;
    let prevCol = 0;
    while (mi < marks.length && marks[mi].row === r) {
      const c = xml.indexOf(C, cursor);
      if (c < 0 || c > rowEnd) break;
      const ce = xml.indexOf(62, c) + 1;
      if (!isTagEnd(xml[c + C.length])) {
        cursor = ce;
        continue;
      }
      const ctag = xml.toString('utf8', c, ce);
      const ref = rawAttr(ctag, 'r');
      const col = (ref ? refColumn(ref) : 0) || prevCol + 1;
      prevCol = col;
      cursor = xml[ce - 2] === 47 ? ce : xml.indexOf(C_END, ce) + C_END.length;
      let inserted = '';
      for (; mi < marks.length && marks[mi].row === r && marks[mi].col < col; mi++)
        inserted += cell(r, marks[mi].col, empty(marks[mi].col), marks[mi].severity);
      if (inserted) {
        copy(c, inserted);
        last = c;
      }
      if (mi < marks.length && marks[mi].row === r && marks[mi].col === col) {
        const xf = Number(rawAttr(ctag, 's') ?? 0) || 0;
        copy(c, setAttr(ctag, 's', String(styleFor(xf, marks[mi].severity))));
        last = ce;
        mi++;
      }
    }
    let tail = '';
    for (; mi < marks.length && marks[mi].row === r; mi++)
      tail += cell(r, marks[mi].col, empty(marks[mi].col), marks[mi].severity);
    if (tail) {
      copy(rowEnd, tail);
      last = rowEnd;
    }
    pos = rowEnd;
  }
  if (mi < marks.length) {
    copy(dataEnd, newRows(Infinity));
    last = dataEnd;
  }
  out.push(xml.subarray(last));
  return Buffer.concat(out);
}

function isTagEnd(code: number | undefined): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

// elements that come after <legacyDrawing> in a worksheet (CT_Worksheet's sequence)
const AFTER_LEGACY = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Where the part after the cells starts (its tail is small and is handled as a string). */
function tailStart(xml: Buffer, p: string): number {
  const end = xml.lastIndexOf(`</${p}sheetData>`);
  return end >= 0 ? end : Math.max(0, xml.lastIndexOf(`<${p}sheetData`));
}

function prefixOf(xml: Buffer): string {
  return rootPrefix(xml.toString('utf8', 0, Math.min(xml.length, 4096)), 'worksheet');
}

/** The r:id of the sheet's <legacyDrawing>, if it has one. */
export function legacyDrawingId(xml: Buffer): string | undefined {
  const p = prefixOf(xml);
  const tail = xml.toString('utf8', tailStart(xml, p));
  const t = findStartTag(tail, `${p}legacyDrawing`);
  return t ? getAttr(tail.slice(t[0], t[1]), 'r:id') : undefined;
}

/** Adds <legacyDrawing r:id="…"/> at its place in the element order (after drawing, before legacyDrawingHF …). */
export function addLegacyDrawing(xml: Buffer, relId: string): Buffer {
  const p = prefixOf(xml);
  const from = tailStart(xml, p);
  const tail = xml.toString('utf8', from);
  let at = tail.lastIndexOf(`</${p}worksheet>`);
  for (const name of [...AFTER_LEGACY.map((n) => p + n), 'mc:AlternateContent']) {
    const t = findStartTag(tail, name);
    if (t && t[0] < at) at = t[0];
  }
  const newTail = `${tail.slice(0, at)}<${p}legacyDrawing r:id="${relId}"/>${tail.slice(at)}`;
  // the r: prefix must be declared on the root (it nearly always is)
  const rootEnd = xml.indexOf(62, xml.indexOf(`<${p}worksheet`)) + 1;
  let root = xml.toString('utf8', 0, rootEnd);
  const t = findStartTag(root, `${p}worksheet`);
  if (t && rawAttr(root.slice(t[0], t[1]), 'xmlns:r') === undefined) {
    root =
      root.slice(0, t[0]) +
      setAttr(root.slice(t[0], t[1]), 'xmlns:r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships');
  }
  return Buffer.concat([Buffer.from(root), xml.subarray(rootEnd, from), Buffer.from(newTail)]);
}
