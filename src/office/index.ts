/// <reference types="office-js" />
// The RosterHost over Office.js. Each method is one Excel.run; lastStats() tells what the last one cost.
import type { CheckResult } from '../core';
import type { DocSettings, MarkOptions, MarkStats, Progress, RosterHost, SheetRead, WriteSheetsStats } from '../core';
import { cellMarks, resultsTable } from '../core';
import { SEVERITY_FILL, groupBy } from './runs';
import { applyFills, readOriginals, restoreEntries, writeNotes } from './marks';
import { readSheetGrid, writeLedgerPlan } from './ledger';
import { readGrid, readUsedValues } from './read';
import { apiSupported, renderSheets } from './render';
import { deleteReport, REPORT_SHEET, writeReport } from './report';
import { DEFAULT_LIMITS, Session, type AdapterLimits, type RunStats } from './session';
import { displayLanguage, loadSettings, notesSupported, saveSettings } from './settings';
import { loadEntries, saveEntries, STATE_SHEET } from './state';

export interface HostStats extends RunStats {
  operation: string;
  cellsMarked: number;
  notes: boolean;
}

let last: HostStats | null = null;

/** what the last host operation cost: syncs, format and note commands, largest estimated batch */
export function lastStats(): HostStats | null {
  return last;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

async function run<T>(operation: string, limits: AdapterLimits, signal: AbortSignal | undefined,
  body: (s: Session) => Promise<T>, extra: Partial<HostStats> = {}): Promise<T> {
  return Excel.run(async (ctx) => {
    const s = new Session(ctx, limits, signal);
    last = { operation, cellsMarked: 0, notes: false, ...s.stats, ...extra };
    try {
      const result = await body(s);
      await s.flush();
      return result;
    } finally {
      last = { ...last!, ...s.stats, operation };
    }
  });
}

function guardSheet(sheetName: string): void {
  if (sameName(sheetName, REPORT_SHEET) || sameName(sheetName, STATE_SHEET)) {
    throw new Error(`'${sheetName}' is the add-in's own sheet, not a roster`);
  }
}

export function createOfficeHost(limits: AdapterLimits = DEFAULT_LIMITS): RosterHost {
  return {
    readRoster(opts): Promise<SheetRead> {
      return run('readRoster', limits, opts.signal, async (s) => {
        const ws = s.ctx.workbook.worksheets.getActiveWorksheet();
        const { sheetName, grid } = await readGrid(s, ws, opts.useSelection, opts.onProgress);
        return { sheetName, grid, fromSelection: opts.useSelection };
      });
    },

    readSheetValues(sheetName) {
      return run('readSheetValues', limits, undefined, (s) => readUsedValues(s, s.ctx.workbook.worksheets.getItemOrNullObject(sheetName)));
    },

    readSheetGrid(sheetName) {
      return run('readSheetGrid', limits, undefined, (s) => readSheetGrid(s, sheetName));
    },

    writeLedgerPlan(plan, opts) {
      return run('writeLedgerPlan', limits, undefined, (s) => writeLedgerPlan(s, plan, opts));
    },

    listSheets() {
      return run('listSheets', limits, undefined, async (s) => {
        const sheets = s.ctx.workbook.worksheets;
        sheets.load('items/name,items/visibility');
        await s.sync();
        return sheets.items.filter((w) => w.visibility === 'Visible').map((w) => w.name);
      });
    },

    async writeMarks(sheetName: string, result: CheckResult, opts: MarkOptions): Promise<MarkStats> {
      guardSheet(sheetName);
      const notes = notesSupported();
      const progress = (done: number) => opts.onProgress?.({ done, total: 6, stage: 'mark' } as Progress);
      return run('writeMarks', limits, opts.signal, async (s) => {
        const ws = s.ctx.workbook.worksheets.getItem(sheetName);
        const all = await loadEntries(s);
        const previous = all.filter((e) => sameName(e.sheet, sheetName));
        progress(1);
        await restoreEntries(s, ws, previous, notes);
        progress(2);
        const cells = cellMarks(result.findings, result.layout, opts.locale);
        const originals = await readOriginals(s, ws, sheetName, cells, notes);
        progress(3);
        // the record is written before any mark, so a cancelled run can still be cleared
        await saveEntries(s, [...all.filter((e) => !sameName(e.sheet, sheetName)), ...originals]);
        await applyFills(s, ws, groupBy(cells, (c) => SEVERITY_FILL[c.severity] as string | null));
        progress(4);
        if (notes) await writeNotes(s, ws, cells, originals);
        progress(5);
        const table = resultsTable(result.findings, result.layout, { locale: opts.locale, sheet: sheetName });
        await writeReport(s, sheetName, table);
        await s.flush();
        progress(6);
        last = { ...last!, cellsMarked: cells.length, notes };
        return { syncs: s.stats.syncs, cellsMarked: cells.length, notes };
      }, { notes });
    },

    clearMarks(sheetName, opts) {
      const notes = notesSupported();
      return run('clearMarks', limits, undefined, async (s) => {
        const ws = s.ctx.workbook.worksheets.getItemOrNullObject(sheetName);
        const all = await loadEntries(s);
        const mine = all.filter((e) => sameName(e.sheet, sheetName));
        opts?.onProgress?.({ done: 1, total: 3, stage: 'clear' });
        await restoreEntries(s, ws, mine, notes);
        opts?.onProgress?.({ done: 2, total: 3, stage: 'clear' });
        await saveEntries(s, all.filter((e) => !sameName(e.sheet, sheetName)));
        deleteReport(s);
        await s.flush();
        opts?.onProgress?.({ done: 3, total: 3, stage: 'clear' });
        return { syncs: s.stats.syncs, cellsRestored: mine.length };
      }, { notes });
    },

    async writeSheets(sheets, opts): Promise<WriteSheetsStats> {
      for (const m of sheets) guardSheet(m.name);
      const features = { hyperlinks: apiSupported('1.7'), pageLayout: apiSupported('1.9') };
      return run('writeSheets', limits, opts?.signal, async (s) => {
        const r = await renderSheets(s, sheets, { ...features, onProgress: opts?.onProgress });
        return { syncs: s.stats.syncs, ...r };
      });
    },

    selectCell(sheetName, row, col) {
      return run('selectCell', limits, undefined, async (s) => {
        const ws = s.ctx.workbook.worksheets.getItem(sheetName);
        ws.activate();
        ws.getRangeByIndexes(row - 1, col - 1, 1, 1).select();
        await s.sync();
      });
    },

    async loadSettings(): Promise<DocSettings> {
      return loadSettings();
    },

    saveSettings(settings: DocSettings) {
      return saveSettings(settings);
    },

    displayLanguage,
  };
}

export { DEFAULT_LIMITS, type AdapterLimits } from './session';
export { SEVERITY_FILL } from './runs';
export { REPORT_SHEET } from './report';
export { STATE_SHEET } from './state';
export type { LedgerWriteOptions, LedgerWriteStats } from '../core';
