// The workbook state behind the proxies: sheets of sparse cells, settings, and what the host supports.
import { MAX_COLS, type Rect } from './address';
import { RichApiError } from './errors';
import { displayText, type Scalar } from './text';

export interface CellState {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  /** '#RRGGBB', or null for no fill */
  fill: string | null;
  note?: string;
  /** a threaded comment's text (ExcelApi 1.10; replies are not modelled) */
  comment?: string;
  bold?: boolean;
  /** font name, size and colour ('#RRGGBB'); absent: the workbook default (Calibri 11, black) */
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  /** Excel.HorizontalAlignment / VerticalAlignment values, e.g. 'Center' */
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Partial<Record<BorderSide, BorderState>>;
  hyperlink?: HyperlinkState;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

export interface BorderState {
  /** Excel.BorderLineStyle, e.g. 'Continuous' */
  style: string;
  /** Excel.BorderWeight, e.g. 'Thin' */
  weight: string;
  color: string;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  screenTip?: string;
}

/** Worksheet.pageLayout (ExcelApi 1.9): margins in points. */
export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printGridlines: boolean;
  /** rows repeated on every printed page, 0-based; null when none */
  printTitleRows: { row: number; rows: number } | null;
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printGridlines: false,
    printTitleRows: null,
  };
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

let nextSheetId = 1;

export class SheetModel {
  readonly id = `{sheet-${nextSheetId++}}`;
  name: string;
  visibility: Visibility = 'Visible';
  deleted = false;
  /** Worksheet.protection.protected (ExcelApi 1.2); see checkWritable */
  protected = false;
  readonly cells = new Map<number, CellState>();
  /** the selection on this sheet, 0-based */
  selection: Rect = { row: 0, col: 0, rows: 1, cols: 1 };
  /** merged areas, 0-based */
  merges: Rect[] = [];
  /** column widths and row heights in points, by 0-based index (absent: the default 48 and 15) */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  pageLayout: PageLayoutState = defaultPageLayout();
  /** frozen rows and columns at the top left; null when nothing is frozen */
  freeze: { rows: number; cols: number } | null = null;

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  get(row: number, col: number): CellState | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }

  /** the cell, created empty when absent (for writes) */
  cell(row: number, col: number): CellState {
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null, numberFormat: 'General', fill: null };
      this.cells.set(k, c);
    }
    return c;
  }

  text(row: number, col: number): string {
    const c = this.get(row, col);
    return c ? displayText(c.value, c.numberFormat) : '';
  }

  /** Bounding box of cells with a value (valuesOnly) or also a format or fill; null when the sheet is empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [k, c] of this.cells) {
      const used =
        (c.value !== null && c.value !== '') ||
        c.formula !== undefined ||
        (!valuesOnly && (c.fill !== null || c.numberFormat !== 'General'));
      if (!used) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row < r0) r0 = row;
      if (row > r1) r1 = row;
      if (col < c0) c0 = col;
      if (col > c1) c1 = col;
    }
    if (r1 < 0) return null;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** cells with a note, in row then column order */
  noteCells(field: 'note' | 'comment' = 'note'): { row: number; col: number; content: string }[] {
    const out: { row: number; col: number; content: string }[] = [];
    for (const [k, c] of this.cells) {
      const content = c[field];
      if (content !== undefined) out.push({ row: Math.floor(k / MAX_COLS), col: k % MAX_COLS, content });
    }
    return out.sort((a, b) => a.row - b.row || a.col - b.col);
  }
}

/**
 * Refuses a change to a protected sheet. Microsoft's reference (Excel.WorksheetProtection, and e.g.
 * AllowEditRange.address in @types/office-js): "If worksheet protection is enabled and not paused, this
 * method throws an `AccessDenied` error". The double models the default protection (every cell locked,
 * no formatting or object editing allowed): values, formats, merges, links and notes are all refused.
 */
export function checkWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new RichApiError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`,
    );
  }
}

export interface HostConfig {
  /** requirement sets and the highest version supported, e.g. { ExcelApi: '1.18' } */
  requirementSets: Record<string, string>;
  displayLanguage: string;
  /** request and response payload limits in bytes (Excel on the web: 5 MB; see context.ts for the source) */
  requestLimitBytes: number;
  responseLimitBytes: number;
  /**
   * longest address string Worksheet.getRanges accepts. Microsoft documents no limit; OfficeDev/office-js
   * issue #5198 ("Error 'The argument is invalid or missing or has an incorrect format.' in
   * Worksheet.getRanges", 2024-12) reports an address of 513 areas and 8,207 characters failing on Windows
   * desktop and on the web with that InvalidArgument error while another 513-area address, shorter, worked,
   * and a 9,085-character one failing too: the failure follows the length, not the count of areas. The
   * double refuses above 8,192 characters with Excel's message; the adapter joins at most 2,000
   * (src/office/session.ts DEFAULT_LIMITS), well inside what the report saw work.
   */
  maxAreasAddressLength: number;
  /**
   * cells one property read of a range may cover: "A range is limited to **5,000,000** cells for read
   * operations. When a read exceeds this limit, the API will either return `null` or throw an error."
   * (OfficeDev/office-js-docs-pr, docs/concepts/resource-limits-and-performance-optimization.md); the
   * double returns null, as docs/excel/performance.md says Range.values can.
   */
  maxReadCells: number;
}

export const DEFAULT_CONFIG: HostConfig = {
  requirementSets: { ExcelApi: '1.18', WordApi: '0', DialogApi: '1.2' },
  displayLanguage: 'zh-CN',
  requestLimitBytes: 5 * 1024 * 1024,
  responseLimitBytes: 5 * 1024 * 1024,
  maxAreasAddressLength: 8192,
  maxReadCells: 5_000_000,
};

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  /** settings as last saved with saveAsync (what survives a reopen) */
  savedSettings: Record<string, unknown> = {};

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === lower);
  }

  live(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }
}

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0,
      y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** A rectangle of one sheet, as proxies resolve to at apply time. */
export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

const NAMED: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
};

/** '#ffc7ce', 'FFC7CE' or 'yellow' → '#FFC7CE'; null for anything else. */
export function normalizeColor(c: string): string | null {
  const s = c.trim();
  if (NAMED[s.toLowerCase()]) return NAMED[s.toLowerCase()];
  const m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  return m ? `#${m[1].toUpperCase()}` : null;
}
