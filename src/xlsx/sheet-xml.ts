// A host-independent sheet model (core/sheet) written as worksheet XML into a package being patched:
// the claim papers go into a copy of the roster's own package the way the marked copy does, so the
// roster's parts are copied as they were and no full workbook is ever loaded (ExcelJS took 18.6 s and
// 3 GB on a 100,000-row roster). Strings are written inline, so the shared strings are left alone.
import { a1, type CellStyle, colLetter, isFormula, type SheetCell, type SheetModel } from '../core';
import { cutText } from './cell-text';
import { cellLocation } from './results-sheet';
import { DeflatedPart } from './deflated-part';
import type { StylesPart } from './styles-part';
import type { WorkbookPart } from './workbook-part';
import { escapeXml } from './xml';

const A4 = 9;

/** The cell format (xf) of a model style, made once per style per package. */
export class ModelStyles {
  private readonly ids = new Map<string, number>();

  constructor(private readonly styles: StylesPart) {}

  xf(s: CellStyle): number {
    const key = JSON.stringify(s);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.make(s);
      this.ids.set(key, id);
    }
    return id;
  }

  private make(s: CellStyle): number {
    const st = this.styles;
    const attrs: Record<string, number> = {};
    if (s.font || s.size || s.bold || s.color) {
      attrs.fontId = st.addFontSpec({ name: s.font, size: s.size, bold: s.bold, color: s.color });
      attrs.applyFont = 1;
    }
    if (s.border) {
      attrs.borderId = st.addBorder(s.border);
      attrs.applyBorder = 1;
    }
    if (s.fill) {
      attrs.fillId = st.addFill(`FF${s.fill.replace(/^#/, '').toUpperCase()}`);
      attrs.applyFill = 1;
    }
    if (s.numFmt) {
      attrs.numFmtId = st.numFmtId(s.numFmt);
      attrs.applyNumberFormat = 1;
    }
    const align = [
      s.h ? `horizontal="${s.h}"` : '',
      s.v ? `vertical="${s.v === 'middle' ? 'center' : s.v}"` : '',
      s.wrap ? 'wrapText="1"' : '',
    ].filter(Boolean);
    return st.addXf(0, attrs, align.length ? `alignment ${align.join(' ')}` : undefined);
  }
}

function cellXml(ref: string, c: SheetCell, xf: number): string {
  const s = xf ? ` s="${xf}"` : '';
  let v = c.value;
  if (c.link) v = String(c.value ?? c.link.sheet);
  if (v === null) return xf ? `<c r="${ref}"${s}/>` : '';
  if (isFormula(v)) {
    const f = `<f>${escapeXml(v.formula)}</f>`;
    if (v.result === undefined) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof v.result === 'number') return `<c r="${ref}"${s}>${f}<v>${v.result}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(cutText(v.result))}</v></c>`;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
  if (v === '') return xf ? `<c r="${ref}"${s}/>` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cutText(v))}</t></is></c>`;
}

function n(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}

/** The cells by row, then column; the model's own array when it is already in that order (a builder's is). */
function sortedCells(cells: readonly SheetCell[]): readonly SheetCell[] {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (a.row > b.row || (a.row === b.row && a.col > b.col)) {
      return [...cells].sort((x, y) => x.row - y.row || x.col - y.col); // stable: equal places keep their order
    }
  }
  return cells;
}

/** The worksheet XML of a model; its cell formats are added to the package's styles. */
export function sheetModelXml(model: SheetModel, styles: ModelStyles): DeflatedPart {
  const out = new DeflatedPart();
  const p = model.print;
  const fit = p.fitToWidth || p.onePage === true;
  out.add(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  if (fit) out.add('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const f = model.freeze;
  if (f && (f.rows || f.cols)) {
    const pane = f.rows && f.cols ? 'bottomRight' : f.rows ? 'bottomLeft' : 'topRight';
    out.add(
      `<sheetViews><sheetView workbookViewId="0"><pane` +
        `${f.cols ? ` xSplit="${f.cols}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''}` +
        ` topLeftCell="${a1(f.rows + 1, f.cols + 1)}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  } else {
    out.add('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  out.add('<sheetFormatPr defaultRowHeight="15"/>');
  if (model.columns.length) {
    out.add('<cols>');
    model.columns.forEach((w, i) => out.add(`<col min="${i + 1}" max="${i + 1}" width="${n(w)}" customWidth="1"/>`));
    out.add('</cols>');
  }
  const xfOf = new Map<string, number>();
  for (const [name, s] of Object.entries(model.styles)) xfOf.set(name, styles.xf(s));
  const links: string[] = [];
  const heights = Object.keys(model.rowHeights)
    .map(Number)
    .sort((a, b) => a - b);
  let h = 0; // the next row with a height still to write
  const openRow = (r: number) => {
    const ht = model.rowHeights[r];
    out.add(`<row r="${r}"${ht !== undefined ? ` ht="${n(ht)}" customHeight="1"` : ''}>`);
  };
  /** rows that have a height but no cell, before row `upTo` */
  const heightOnly = (upTo: number) => {
    for (; h < heights.length && heights[h] < upTo; h++) {
      openRow(heights[h]);
      out.add('</row>');
    }
  };
  const cells = sortedCells(model.cells);
  const letters: string[] = [];
  out.add('<sheetData>');
  let row = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const next = cells[i + 1];
    if (next && next.row === c.row && next.col === c.col) continue; // a later cell at the same place wins
    if (c.row !== row) {
      if (row) out.add('</row>');
      heightOnly(c.row);
      if (heights[h] === c.row) h++;
      openRow((row = c.row));
    }
    const ref = (letters[c.col] ??= colLetter(c.col)) + c.row;
    out.add(cellXml(ref, c, c.style ? (xfOf.get(c.style) ?? 0) : 0));
    if (c.link) {
      const display = escapeXml(cutText(String(c.value ?? c.link.sheet)));
      const location = escapeXml(cellLocation(c.link.sheet, c.link.cell));
      links.push(`<hyperlink ref="${ref}" location="${location}" tooltip="${location}" display="${display}"/>`);
    }
  }
  if (row) out.add('</row>');
  heightOnly(Infinity);
  out.add('</sheetData>');
  if (model.merges.length) {
    out.add(`<mergeCells count="${model.merges.length}">`);
    for (const m of model.merges) out.add(`<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`);
    out.add('</mergeCells>');
  }
  if (links.length) out.add(`<hyperlinks>${links.join('')}</hyperlinks>`);
  if (p.centerHorizontally) out.add('<printOptions horizontalCentered="1"/>');
  const mg = p.margins;
  out.add(
    `<pageMargins left="${n(mg.left)}" right="${n(mg.right)}" top="${n(mg.top)}" bottom="${n(mg.bottom)}" ` +
      `header="${n(mg.header)}" footer="${n(mg.footer)}"/>`,
  );
  out.add(
    `<pageSetup paperSize="${A4}" orientation="${p.orientation}"` +
      `${fit ? ` fitToWidth="1" fitToHeight="${p.onePage ? 1 : 0}"` : ''}/>`,
  );
  if (p.footer) out.add(`<headerFooter><oddFooter>${escapeXml(`&C${p.footer}`)}</oddFooter></headerFooter>`);
  const breaks = p.rowBreaks ?? [];
  if (breaks.length) {
    // <brk id> is the last row before the break
    const brk = breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('');
    out.add(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</rowBreaks>`);
  }
  out.add('</worksheet>');
  return out;
}

/** The sheet-local defined names of a model: its print titles. */
function localNames(model: SheetModel): { name: string; value: string }[] {
  const t = model.print.titleRows;
  if (!t) return [];
  return [{ name: '_xlnm.Print_Titles', value: `${cellLocation(model.name, '')}$${t[0]}:$${t[1]}` }];
}

/** Puts each model into the workbook as a worksheet, replacing a sheet of the same name. */
export function putSheetModels(wb: WorkbookPart, styles: StylesPart, models: readonly SheetModel[]): void {
  const ms = new ModelStyles(styles);
  for (const m of models) wb.putSheet(m.name, sheetModelXml(m, ms), localNames(m));
}
