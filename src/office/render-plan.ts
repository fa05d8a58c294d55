// Pure planning for the Office.js sheet renderer: the value and number-format blocks, the cells of each
// style as rectangles (so one format command covers many cells), and units Excel's API wants.
import { a1, type CellStyle, colLetter, isFormula, type SheetCell, type SheetLink, type SheetModel } from '../core';

/** Excel character widths (as the model and ExcelJS have them) to points (Range.format.columnWidth). */
export function widthToPoints(chars: number): number {
  // a character of the default font is 7 px wide plus 5 px of padding; 1 px = 0.75 pt
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export const POINTS_PER_INCH = 72;

/** 'Sheet'!B3 as Range.hyperlink.documentReference wants it (quotes in the name doubled). */
export function documentReference(link: SheetLink): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
}

function quote(s: string): string {
  return s.replace(/"/g, '""');
}

/** =HYPERLINK("#'Sheet'!B3","text"): the link where Range.hyperlink is not available. */
export function hyperlinkFormula(link: SheetLink, text: string): string {
  return `=HYPERLINK("${quote(`#${documentReference(link)}`)}","${quote(text)}")`;
}

export function linkText(c: SheetCell): string {
  const v = c.value;
  if (v === null) return c.link?.sheet ?? '';
  return isFormula(v) ? String(v.result ?? '') : String(v);
}

export interface CellInput {
  /** what goes into Range.formulas / values: a constant, '=…' or null (leave the cell empty) */
  value: string | number | null;
  /** null: keep the sheet's General */
  format: string | null;
  formula: boolean;
}

/**
 * What one model cell becomes. Text gets the text format '@' unless its style names another, so Excel
 * keeps it as typed: an account number, '2025年9月29日' or '1-2' stays text, as ExcelJS writes it.
 */
export function cellInput(c: SheetCell, style: CellStyle | undefined, linkFormulas: boolean): CellInput {
  const fmt = style?.numFmt ?? null;
  const v = c.value;
  if (c.link && linkFormulas)
    return { value: hyperlinkFormula(c.link, linkText(c)), format: fmt === '@' ? null : fmt, formula: true };
  if (c.link) return { value: linkText(c), format: fmt ?? '@', formula: false };
  if (v === null) return { value: null, format: fmt, formula: false };
  if (isFormula(v)) return { value: `=${v.formula}`, format: fmt === '@' ? null : fmt, formula: true };
  if (typeof v === 'string') return { value: v, format: fmt ?? '@', formula: false };
  return { value: v, format: fmt, formula: false };
}

/** Rows × columns the sheet covers (at least its column widths). */
export function extent(model: SheetModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = model.columns.length;
  for (const c of model.cells) {
    if (c.row > rows) rows = c.row;
    if (c.col > cols) cols = c.col;
  }
  return { rows, cols };
}

/** The value and format grids of rows from..to (1-based, inclusive) across cols columns. */
export function blockOf(
  model: SheetModel,
  cells: Map<string, SheetCell>,
  from: number,
  to: number,
  cols: number,
  linkFormulas: boolean,
) {
  const values: (string | number | null)[][] = [];
  const formats: (string | null)[][] = [];
  /** per row: whether it holds a formula (then it is written through Range.formulas) */
  const formulaRows: boolean[] = [];
  for (let r = from; r <= to; r++) {
    let formula = false;
    const vLine: (string | number | null)[] = new Array(cols).fill(null);
    const fLine: (string | null)[] = new Array(cols).fill(null);
    for (let c = 1; c <= cols; c++) {
      const cell = cells.get(`${r}:${c}`);
      if (!cell) continue;
      const input = cellInput(cell, cell.style ? model.styles[cell.style] : undefined, linkFormulas);
      vLine[c - 1] = input.value;
      fLine[c - 1] = input.format;
      formula ||= input.formula;
    }
    values.push(vLine);
    formats.push(fLine);
    formulaRows.push(formula);
  }
  return { values, formats, formulaRows };
}

/** A rectangle of cells, 1-based, corners included. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectAddress(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/**
 * Covers the cells with rectangles: runs along each row, then runs of equal span stacked down.
 * `wide`/`tall` false keep rectangles one column wide / one row tall (for styles whose borders differ
 * on opposite sides, where an inside border would draw a line the style does not have).
 */
export function rectangles(cells: { row: number; col: number }[], wide = true, tall = true): Rect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Rect[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (wide && last && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  if (!tall) return runs;
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out;
}

/** Consecutive indexes (1-based) grouped by value: width → 'A:B,D:D', height → '1:1,4:6'. */
export function lineAddresses(byIndex: [number, number][], kind: 'col' | 'row'): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const sorted = [...byIndex].sort((a, b) => a[0] - b[0]);
  let start = -1;
  let end = -1;
  let value = NaN;
  const name = (i: number) => (kind === 'col' ? colLetter(i) : String(i));
  const close = () => {
    if (start < 0) return;
    const list = out.get(value) ?? [];
    list.push(`${name(start)}:${name(end)}`);
    out.set(value, list);
  };
  for (const [i, v] of sorted) {
    if (start >= 0 && v === value && i === end + 1) end = i;
    else {
      close();
      start = i;
      end = i;
      value = v;
    }
  }
  close();
  return out;
}

/** The cells of each style, in the order styles first appear. */
export function cellsByStyle(model: SheetModel): Map<string, SheetCell[]> {
  const out = new Map<string, SheetCell[]>();
  for (const c of model.cells) {
    if (!c.style) continue;
    const list = out.get(c.style);
    if (list) list.push(c);
    else out.set(c.style, [c]);
  }
  return out;
}
