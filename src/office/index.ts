/// <reference types="office-js" />
// The RosterHost over Office.js. Each method is one Excel.run; lastStats() tells what the last one cost.
import type { CheckResult } from '../core';
import type { DocSettings, MarkOptions, MarkStats, Progress, RosterHost, SheetRead, WriteSheetsStats } from '../core';
import { cellMarks, isResultsSheet, resultsSheetFor, resultsTable } from '../core';
import { SEVERITY_FILL, groupBy } from './runs';
import { applyFills, writeNotes } from './marks';
import { readSheetGrid, writeLedgerPlan } from './ledger';
import { queueUsedRange, readGrid, readUsedBlock, readUsedValues } from './read';
import { entriesFor, readCellMarks, removeMarks } from './record';
import { loadProtection, ProtectedSheetError } from './protect';
import { apiSupported } from './features';
import { renderSheets } from './render';
import { deleteReport, REPORT_SHEET, writeReport } from './report';
import { DEFAULT_LIMITS, Session, type AdapterLimits, type RunStats } from './session';
import { displayLanguage, loadSettings, saveSettings } from './settings';
import { hostFeatures } from './features';
import { loadRecord, ofSheet, saveRecord, STATE_SHEET, type MarkRecord } from './state';

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

async function run<T>(
  operation: string,
  limits: AdapterLimits,
  signal: AbortSignal | undefined,
  body: (s: Session) => Promise<T>,
  extra: Partial<HostStats> = {},
): Promise<T> {
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
  if (isResultsSheet(sheetName) || sameName(sheetName, STATE_SHEET)) {
    throw new Error(`'${sheetName}' is the add-in's own sheet, not a roster`);
  }
}

const EMPTY_BLOCK = { originRow: 1, originCol: 1, values: [] };

/**
 * The roster sheet (name and id: marks are recorded by id, which a rename keeps) and the record, in one
 * sync; refuses a protected roster before anything is written.
 */
async function openRoster(
  s: Session,
  sheetName: string,
  action: 'mark' | 'clear',
): Promise<{ ws: Excel.Worksheet; sheet: { name: string; id: string }; record: MarkRecord; used: Excel.Range }> {
  const ws = s.ctx.workbook.worksheets.getItem(sheetName);
  ws.load('name,id');
  const protection = loadProtection(ws);
  // the roster's used range rides on the record's first sync (its values are read by readUsedBlock)
  const used = queueUsedRange(ws);
  const record = await loadRecord(s);
  if (protection.protected) throw new ProtectedSheetError(ws.name, action);
  return { ws, sheet: { name: ws.name, id: ws.id }, record, used };
}

export function createOfficeHost(limits: AdapterLimits = DEFAULT_LIMITS): RosterHost {
  return {
    readRoster(opts): Promise<SheetRead> {
      return run('readRoster', limits, opts.signal, async (s) => {
        const ws = s.ctx.workbook.worksheets.getActiveWorksheet();
        const { sheetName, grid, mergesRead } = await readGrid(s, ws, opts.useSelection, opts.onProgress);
        return { sheetName, grid, fromSelection: opts.useSelection, mergesRead };
      });
    },

    readSheetValues(sheetName) {
      return run('readSheetValues', limits, undefined, (s) =>
        readUsedValues(s, s.ctx.workbook.worksheets.getItemOrNullObject(sheetName)),
      );
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
      const features = hostFeatures();
      const { annotation } = features;
      const notes = annotation !== 'none';
      const progress = (done: number) => opts.onProgress?.({ done, total: 6, stage: 'mark' } as Progress);
      return run(
        'writeMarks',
        limits,
        opts.signal,
        async (s) => {
          const { ws, sheet, record, used } = await openRoster(s, sheetName, 'mark');
          const block = (await readUsedBlock(s, ws, used)) ?? EMPTY_BLOCK;
          progress(1);
          // earlier marks of this roster come off first, wherever they are now
          await removeMarks(
            s,
            ws,
            block,
            record.marks.filter((e) => ofSheet(e, sheet)),
            annotation,
          );
          await s.flush();
          progress(2);
          const cells = cellMarks(result.findings, result.layout, opts.locale);
          const now = await readCellMarks(s, ws, cells, annotation);
          const entries = entriesFor(cells, now, block, sheet, annotation);
          progress(3);
          const report = resultsSheetFor(sheet.name);
          const stale = record.reports.filter((r) => ofSheet(r, sheet));
          // the record is written before any mark, so a cancelled run can still be cleared
          await saveRecord(
            s,
            record,
            [...record.marks.filter((e) => !ofSheet(e, sheet)), ...entries],
            [...record.reports.filter((r) => !ofSheet(r, sheet)), { sheet: sheet.name, sheetId: sheet.id, report }],
          );
          await applyFills(
            s,
            ws,
            groupBy(cells, (c) => SEVERITY_FILL[c.severity] as string | null),
          );
          progress(4);
          await writeNotes(s, ws, cells, entries, annotation);
          progress(5);
          for (const r of stale) if (!sameName(r.report, report)) await deleteReport(s, r.report);
          const table = resultsTable(result.findings, result.layout, { locale: opts.locale, sheet: sheet.name });
          await writeReport(s, sheet.name, table, report);
          await s.flush();
          progress(6);
          last = { ...last!, cellsMarked: cells.length, notes };
          const degraded = { annotation, fills: features.rangeAreas ? ('areas' as const) : ('runs' as const) };
          return { syncs: s.stats.syncs, cellsMarked: cells.length, notes, ...degraded };
        },
        { notes },
      );
    },

    clearMarks(sheetName, opts) {
      const { annotation } = hostFeatures();
      const notes = annotation !== 'none';
      return run(
        'clearMarks',
        limits,
        undefined,
        async (s) => {
          const { ws, sheet, record, used } = await openRoster(s, sheetName, 'clear');
          const mine = record.marks.filter((e) => ofSheet(e, sheet));
          const block = (await readUsedBlock(s, ws, used)) ?? EMPTY_BLOCK;
          opts?.onProgress?.({ done: 1, total: 3, stage: 'clear' });
          const removed = await removeMarks(s, ws, block, mine, annotation);
          opts?.onProgress?.({ done: 2, total: 3, stage: 'clear' });
          const reports = record.reports.filter((r) => ofSheet(r, sheet));
          await saveRecord(
            s,
            record,
            record.marks.filter((e) => !ofSheet(e, sheet)),
            record.reports.filter((r) => !ofSheet(r, sheet)),
          );
          for (const r of reports) await deleteReport(s, r.report);
          // a record from before reports were kept per roster: the one shared 校验结果 sheet
          if (!record.reports.length && mine.length) await deleteReport(s, REPORT_SHEET);
          await s.flush();
          opts?.onProgress?.({ done: 3, total: 3, stage: 'clear' });
          return { syncs: s.stats.syncs, cellsRestored: removed.restored };
        },
        { notes },
      );
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
export { ProtectedSheetError } from './protect';
export { resultsSheetFor } from '../core';
export type { LedgerWriteOptions, LedgerWriteStats } from '../core';
export { createOfficeTools } from './fixes';
