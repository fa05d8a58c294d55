// A host-independent sheet: what a generated sheet holds, in plain data that both renderers (worksheet XML
// for .xlsx files, Office.js in the task pane) map one to one. Rows and columns are 1-based.

export type BorderWeight = 'thin' | 'medium';

export interface Borders {
  top?: BorderWeight;
  bottom?: BorderWeight;
  left?: BorderWeight;
  right?: BorderWeight;
}

/** A named cell style. Colours are 'RRGGBB'. */
export interface CellStyle {
  font?: string;
  size?: number;
  bold?: boolean;
  color?: string;
  h?: 'left' | 'center' | 'right';
  v?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: Borders;
  fill?: string;
  /** Excel number format, e.g. '#,##0.00', '0', '@' (text) */
  numFmt?: string;
}

export interface Formula {
  /** without the leading '=' */
  formula: string;
  /** the value the formula gives, so a reader that does not calculate still shows it */
  result?: string | number;
}

/** null: a cell that carries only a style (borders around a merged area, empty boxes of a form). */
export type SheetValue = string | number | Formula | null;

/** A link to a cell of a sheet in the same workbook. */
export interface SheetLink {
  sheet: string;
  /** A1 address, e.g. 'A1' */
  cell: string;
}

export interface SheetCell {
  row: number;
  col: number;
  value: SheetValue;
  /** key into SheetModel.styles */
  style?: string;
  link?: SheetLink;
}

/** A merged area, corners included. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Page margins in inches. */
export interface Margins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** fit all columns on one page width; pages run down as needed (fitToWidth 1, fitToHeight 0) */
  fitToWidth: boolean;
  /** also fit the height on one page (forms that must stay on one sheet of paper); default false */
  onePage?: boolean;
  /** rows repeated at the top of every printed page, e.g. [4, 4] */
  titleRows?: [number, number];
  margins: Margins;
  centerHorizontally: boolean;
  /** the centre footer in Excel's header/footer codes, e.g. '第 &P 页 共 &N 页' (page N of M) */
  footer?: string;
  /** manual page breaks: a new printed page starts at each of these rows */
  rowBreaks?: number[];
}

/** The page-number footer every generated sheet prints: 第 N 页 共 M 页. */
export const PAGE_FOOTER = '第 &P 页 共 &N 页';

export interface SheetModel {
  name: string;
  /** column widths in Excel character units; index 0 is column A */
  columns: number[];
  /** row heights in points, by row number */
  rowHeights: Record<number, number>;
  cells: SheetCell[];
  styles: Record<string, CellStyle>;
  merges: Merge[];
  print: PrintSetup;
  /** rows and columns frozen at the top left */
  freeze?: { rows: number; cols: number };
}

export const A4_MARGINS: Margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

export function isFormula(v: SheetValue): v is Formula {
  return typeof v === 'object' && v !== null;
}

/** The value a cell shows: a formula's result, or the value itself ('' for null). */
export function shownValue(v: SheetValue): string | number {
  if (v === null) return '';
  if (isFormula(v)) return v.result ?? '';
  return v;
}
