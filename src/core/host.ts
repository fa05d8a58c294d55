// What the task pane needs from the workbook. The Office.js adapter implements it (src/office/index.ts);
// the pane depends only on this interface, so it can be developed and tested against any host. Both
// sides need it, so it lives in the core (types only: no Office.js here).
import type { CheckResult } from './engine';
import type { MappingOverride } from './layout/detect';
import type { AppendPlan } from './ledger';
import type { SheetModel } from './sheet';
import type { Grid, Locale } from './types';

export interface SheetRead {
  sheetName: string;
  grid: Grid;
  /** true when the grid is the user's selection rather than the used range */
  fromSelection: boolean;
  /** false when the host could not list merged cells (no ExcelApi 1.13): merged values read as empty */
  mergesRead?: boolean;
}

export interface Progress {
  done: number;
  total: number;
  /** short stage label key: 'read' | 'check' | 'mark' | 'clear' */
  stage: string;
}

export interface MarkOptions {
  locale: Locale;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface MarkStats {
  syncs: number;
  cellsMarked: number;
  /** false when the host has neither notes nor threaded comments: reasons then go to the 校验结果 sheet only */
  notes: boolean;
  /** where the reasons went on the cells: notes, threaded comments (no notes API), none (results sheet only) */
  annotation?: 'note' | 'comment' | 'none';
  /** how fills were written: over RangeAreas, or run by run (no RangeAreas, ExcelApi below 1.9) */
  fills?: 'areas' | 'runs';
}

/** Settings remembered in the document (mapping, policy and catalog choice). */
export interface DocSettings {
  mapping?: MappingOverride;
  policyId?: string;
  /** 'sample' | 'sheet:<name>' | 'file:<name>' */
  catalogSource?: string;
  /** the policy JSON when the user loaded their own */
  customPolicy?: unknown;
  /** the catalog rows when the user loaded a file (so the check can be re-run next time) */
  catalogRows?: (string | number | boolean | null)[][];
  /** the 申报信息 form as typed (ClaimInfoInput fields; dates as 'YYYY-MM-DD'), validated when used */
  info?: Record<string, unknown>;
}

export interface WriteSheetsOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface WriteSheetsStats {
  syncs: number;
  /** the sheets written, in order */
  sheets: string[];
  /** true: links are Range.hyperlink; false: =HYPERLINK() formulas (hosts without ExcelApi 1.7) */
  hyperlinks: boolean;
  /** false when the host has no page layout API (ExcelApi 1.9): the print setup was skipped */
  print: boolean;
}

export interface LedgerWriteOptions {
  /** the first row of the sheet's existing header (the parse's headerRows[0]), where plan.addColumns go when plan.headerRow is 0 */
  headerRow?: number;
}

export interface LedgerWriteStats {
  syncs: number;
  /** the sheet did not exist and was added */
  created: boolean;
  /** records written */
  rows: number;
  /** header cells written */
  headers: number;
}

export interface RosterHost {
  /** reads the active sheet's used range, or the selection when asked (one pass) */
  readRoster(opts: {
    useSelection: boolean;
    signal?: AbortSignal;
    onProgress?: (p: Progress) => void;
  }): Promise<SheetRead>;
  /** reads the used range of a named sheet of this workbook (e.g. 职业目录); [] when there is no such sheet */
  readSheetValues(sheetName: string): Promise<(string | number | boolean | null)[][]>;
  /** the used range of a named sheet with text and number formats (IDs typed as numbers); null when there is no such sheet */
  readSheetGrid(sheetName: string): Promise<Grid | null>;
  /** appends a ledger plan (core/ledger planLedgerAppend) to the 补贴台账 sheet, adding the sheet when missing */
  writeLedgerPlan(plan: AppendPlan, opts?: LedgerWriteOptions): Promise<LedgerWriteStats>;
  listSheets(): Promise<string[]>;
  /** replaces earlier marks: fills and notes on faulty cells, and the 校验结果 sheet */
  writeMarks(sheetName: string, result: CheckResult, opts: MarkOptions): Promise<MarkStats>;
  /** removes this add-in's marks, restoring the fills and notes the cells had before */
  clearMarks(
    sheetName: string,
    opts?: { onProgress?: (p: Progress) => void },
  ): Promise<{ syncs: number; cellsRestored: number }>;
  /** writes generated sheets (the claim papers), each replacing a sheet of the same name */
  writeSheets(sheets: SheetModel[], opts?: WriteSheetsOptions): Promise<WriteSheetsStats>;
  /** selects a cell (1-based row and column) of a sheet and brings it into view */
  selectCell(sheetName: string, row: number, col: number): Promise<void>;
  loadSettings(): Promise<DocSettings>;
  saveSettings(s: DocSettings): Promise<void>;
  /** Office's display language, e.g. 'zh-CN' or 'en-US' */
  displayLanguage(): string;
}
