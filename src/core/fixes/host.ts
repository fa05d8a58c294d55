// What the pane's clerk tools need from a workbook host, beside RosterHost: change and selection events,
// writing a previewed fix, selecting cells. Implemented over Office.js in src/office/fixes.ts.
import type { Locale } from '../types';
import type { FixPlan } from './plan';

export interface SheetWatch {
  /** takes the handlers off */
  stop(): Promise<void>;
}

export interface SheetListeners {
  /** cells of the watched sheet changed: the changed area's address (A1 form, no sheet name) */
  changed(address: string): void;
  /** the selection on the watched sheet moved */
  selected(address: string): void;
}

export interface PaneTools {
  /** listens to the sheet's changes and selection; null when the host raises no such events */
  watchSheet(sheetName: string, on: SheetListeners): Promise<SheetWatch | null>;
  /** writes exactly the plan's cells, and lists them at the end of the sheet's 校验结果 sheet */
  applyFix(sheetName: string, plan: FixPlan, opts: { locale: Locale }): Promise<{ cells: number }>;
  /** appends fixes made earlier to the 校验结果 sheet again (a check rewrites that sheet) */
  reportFixes(sheetName: string, plans: FixPlan[], opts: { locale: Locale }): Promise<void>;
  /** selects the cells (1-based); only the first address list when they need more than one */
  selectCells(sheetName: string, cells: { row: number; col: number }[]): Promise<{ cells: number; areas: number }>;
}
