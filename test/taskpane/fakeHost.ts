// A minimal in-memory RosterHost for the pane's node tests (controller, settings). The browser test
// uses the real adapter over the Office.js test double instead.
import type { CheckResult } from '../../src/core/engine';
import { LEDGER_SHEET, type AppendPlan } from '../../src/core/ledger';
import type { SheetModel } from '../../src/core/sheet';
import type { Grid } from '../../src/core/types';
import type {
  DocSettings,
  LedgerWriteOptions,
  LedgerWriteStats,
  MarkOptions,
  MarkStats,
  Progress,
  RosterHost,
  SheetRead,
  WriteSheetsOptions,
  WriteSheetsStats,
} from '../../src/core';
import { gridOf } from '../helpers/grid';
import { applyPlan } from './fakeLedger';

export interface FakeHostInit {
  sheetName?: string;
  grid: Grid;
  selection?: Grid;
  sheets?: Record<string, (string | number | boolean | null)[][]>;
  settings?: DocSettings;
  language?: string;
  /** ms each host call waits, to let a test cancel mid-way */
  delay?: number;
}

export class FakeHost implements RosterHost {
  calls: string[] = [];
  settings: DocSettings;
  selected?: { sheet: string; row: number; col: number };
  lastMarks?: { sheet: string; result: CheckResult; opts: MarkOptions };
  cleared = 0;
  /** sheets written by writeSheets, by name (a later write of the same name replaces the earlier one) */
  written = new Map<string, SheetModel>();

  constructor(private init: FakeHostInit) {
    this.settings = JSON.parse(JSON.stringify(init.settings ?? {}));
  }

  private async wait(signal?: AbortSignal): Promise<void> {
    await new Promise((r) => setTimeout(r, this.init.delay ?? 0));
    if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
  }

  async readRoster(opts: {
    useSelection: boolean;
    signal?: AbortSignal;
    onProgress?: (p: Progress) => void;
  }): Promise<SheetRead> {
    this.calls.push(`readRoster:${opts.useSelection}`);
    opts.onProgress?.({ stage: 'read', done: 0, total: 1 });
    await this.wait(opts.signal);
    opts.onProgress?.({ stage: 'read', done: 1, total: 1 });
    const grid = opts.useSelection && this.init.selection ? this.init.selection : this.init.grid;
    return { sheetName: this.init.sheetName ?? '花名册', grid, fromSelection: opts.useSelection };
  }

  async readSheetValues(sheetName: string) {
    this.calls.push(`readSheetValues:${sheetName}`);
    const rows = this.init.sheets?.[sheetName];
    if (!rows) throw new Error(`no sheet ${sheetName}`);
    return rows;
  }

  async readSheetGrid(sheetName: string) {
    this.calls.push(`readSheetGrid:${sheetName}`);
    const rows = this.init.sheets?.[sheetName];
    return rows ? gridOf(rows, { shown: true }) : null;
  }

  async writeLedgerPlan(plan: AppendPlan, opts?: LedgerWriteOptions): Promise<LedgerWriteStats> {
    this.calls.push(`writeLedgerPlan:${plan.rows.length}`);
    await this.wait();
    const sheets = (this.init.sheets ??= {});
    const { rows, stats } = applyPlan(sheets[LEDGER_SHEET], plan, opts);
    sheets[LEDGER_SHEET] = rows;
    return stats;
  }

  async listSheets() {
    return [this.init.sheetName ?? '花名册', ...Object.keys(this.init.sheets ?? {})];
  }

  async writeMarks(sheet: string, result: CheckResult, opts: MarkOptions): Promise<MarkStats> {
    this.calls.push(`writeMarks:${sheet}`);
    await this.wait(opts.signal);
    opts.onProgress?.({ stage: 'mark', done: result.findings.length, total: result.findings.length });
    this.lastMarks = { sheet, result, opts };
    return { syncs: 3, cellsMarked: new Set(result.findings.map((f) => `${f.row}:${f.col}`)).size, notes: true };
  }

  async clearMarks(sheet: string) {
    this.calls.push(`clearMarks:${sheet}`);
    this.cleared++;
    return { syncs: 2, cellsRestored: this.lastMarks ? this.lastMarks.result.findings.length : 0 };
  }

  async writeSheets(sheets: SheetModel[], opts?: WriteSheetsOptions): Promise<WriteSheetsStats> {
    this.calls.push(`writeSheets:${sheets.map((s) => s.name).join(',')}`);
    await this.wait(opts?.signal);
    sheets.forEach((s, i) => {
      this.written.set(s.name, s);
      opts?.onProgress?.({ stage: 'claim', done: i + 1, total: sheets.length });
    });
    return { syncs: 1, sheets: sheets.map((s) => s.name), hyperlinks: true, print: true };
  }

  async selectCell(sheet: string, row: number, col: number) {
    this.calls.push(`selectCell:${sheet}!${row},${col}`);
    this.selected = { sheet, row, col };
  }

  async loadSettings() {
    return JSON.parse(JSON.stringify(this.settings)) as DocSettings;
  }

  async saveSettings(s: DocSettings) {
    this.calls.push('saveSettings');
    this.settings = JSON.parse(JSON.stringify(s));
  }

  displayLanguage() {
    return this.init.language ?? 'zh-CN';
  }
}
