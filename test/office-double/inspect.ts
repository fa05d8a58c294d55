// Test helpers: a sheet's layout (merges, widths, heights, print setup, frozen panes) and one cell's
// formats, read straight from the model.
import { cellRef, parseAddress, rectRef } from './address';
import type { CellState, PageLayoutState, WorkbookModel } from './model';

export interface SheetLayoutView {
  /** merged areas as 'A1:I1', in the order they were made */
  merges: string[];
  /** column widths and row heights in points, keyed by column letter / 1-based row */
  columnWidths: Record<string, number>;
  rowHeights: Record<number, number>;
  pageLayout: PageLayoutState;
  freeze: { rows: number; cols: number } | null;
}

export function sheetLayout(model: WorkbookModel, name: string): SheetLayoutView {
  const s = model.sheet(name);
  if (!s) throw new Error(`no sheet '${name}'`);
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of s.columnWidths) columnWidths[cellRef(0, c).replace(/\d+$/, '')] = w;
  const rowHeights: Record<number, number> = {};
  for (const [r, h] of s.rowHeights) rowHeights[r + 1] = h;
  return {
    merges: s.merges.map(rectRef),
    columnWidths,
    rowHeights,
    pageLayout: JSON.parse(JSON.stringify(s.pageLayout)),
    freeze: s.freeze ? { ...s.freeze } : null,
  };
}

export type CellFormatView = Pick<
  CellState,
  | 'bold'
  | 'fontName'
  | 'fontSize'
  | 'fontColor'
  | 'hAlign'
  | 'vAlign'
  | 'wrap'
  | 'borders'
  | 'hyperlink'
  | 'fill'
  | 'numberFormat'
>;

export function cellFormat(model: WorkbookModel, sheet: string, address: string): CellFormatView {
  const { rect } = parseAddress(address);
  const c = model.sheet(sheet)?.get(rect.row, rect.col);
  if (!c) return { fill: null, numberFormat: 'General' };
  const { bold, fontName, fontSize, fontColor, hAlign, vAlign, wrap, borders, hyperlink, fill, numberFormat } = c;
  return JSON.parse(
    JSON.stringify({
      bold,
      fontName,
      fontSize,
      fontColor,
      hAlign,
      vAlign,
      wrap,
      borders,
      hyperlink,
      fill,
      numberFormat,
    }),
  );
}
