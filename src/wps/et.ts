// The part of the WPS 表格 (ET) JS object model this adapter calls: a synchronous, VBA-like API reached
// through `window.Application` in a WPS add-in page. Each member is one call into WPS; see docs/wps.md for
// the reference pages and test/wps-double/api.ts for the behaviour assumed of each.
export type EtScalar = string | number | boolean | null | undefined;

export interface EtComment {
  /** sets the text when given; returns it */
  Text(text?: string): string;
  Delete(): void;
}

export interface EtInterior {
  /** BGR integer (red in the low byte); null when the cells differ */
  Color: number | null;
  /** xlColorIndexNone (-4142) when there is no fill */
  ColorIndex: number | null;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { Count: number };
  readonly Columns: { Count: number };
  Value2: EtScalar | EtScalar[][];
  Formula: EtScalar | EtScalar[][];
  readonly Text: string | null;
  NumberFormat: string | null;
  readonly Interior: EtInterior;
  readonly Font: { Bold: boolean | null; Name: string; Size: number; Color: number };
  readonly Borders: { Item(index: number): EtBorder };
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  readonly Comment: EtComment | null;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  Merge(): void;
  Select(): void;
}

export interface EtWorksheet {
  Name: string;
  /** xlSheetVisible -1 (some builds: true), xlSheetHidden 0, xlSheetVeryHidden 2 */
  Visible: number | boolean;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly PageSetup: Record<string, unknown>;
  Activate(): void;
  Delete(): void;
}

export interface EtWorksheets {
  readonly Count: number;
  Item(key: number | string): EtWorksheet;
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtApplication {
  readonly ActiveSheet: EtWorksheet | null;
  readonly Worksheets: EtWorksheets;
  readonly Selection: EtRange;
  readonly ActiveWindow: { SplitRow: number; SplitColumn: number; FreezePanes: boolean };
  DisplayAlerts: boolean;
}

export const xlColorIndexNone = -4142;
export const xlSheetVisible = -1;
export const xlSheetVeryHidden = 2;

/** the ET Application of this page, or null outside WPS */
export function etApplication(): EtApplication | null {
  const g = globalThis as { Application?: unknown; wps?: { EtApplication?: () => unknown } };
  const app = (g.Application ?? g.wps?.EtApplication?.()) as EtApplication | undefined;
  return app && typeof app === 'object' && 'Worksheets' in app ? app : null;
}

/** '#RRGGBB' ↔ the BGR integer Interior.Color takes */
export function rgbToBgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function bgrToRgb(bgr: number): string {
  const r = bgr & 0xff,
    g = (bgr >> 8) & 0xff,
    b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

export function isVisible(v: number | boolean): boolean {
  return v === xlSheetVisible || v === true;
}

/** the named sheet, or null (Worksheets.Item throws for a missing name) */
export function sheetOrNull(app: EtApplication, name: string): EtWorksheet | null {
  try {
    return app.Worksheets.Item(name);
  } catch {
    return null;
  }
}

/** deletes a sheet without WPS asking the user to confirm */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/** adds a sheet at the end with this name and visibility, leaving the active sheet as it was */
export function addSheet(app: EtApplication, name: string, visible: number = xlSheetVisible): EtWorksheet {
  const active = app.ActiveSheet;
  const sheets = app.Worksheets;
  const ws = sheets.Add(null, sheets.Item(sheets.Count));
  ws.Name = name;
  if (visible !== xlSheetVisible) ws.Visible = visible;
  // a new sheet becomes the active one (ET "Sheets.Add"); put the user back where they were
  active?.Activate();
  return ws;
}
