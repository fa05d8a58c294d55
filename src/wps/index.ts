// The RosterHost over WPS 表格's JS object model (WPS加载项). The same core decisions as the Office adapter
// (core/marks: cells, colours, notes, 校验结果; the same very hidden record of what marks replaced), drawn
// through ET's synchronous API. lastWpsStats() tells what the last operation cost in calls by kind.
import { a1 } from '../core';
import { isResultsSheet, LEDGER_SHEET } from '../core';
import { cellMarks, resultsTable } from '../core';
import type { CellValue } from '../core';
import type { DocSettings, LedgerWriteStats, MarkStats, RosterHost, SheetRead, WriteSheetsStats } from '../core';

import { groupBy, SEVERITY_FILL } from '../office/runs';
import { addSheet, etApplication, isVisible, sheetOrNull, type EtApplication, type EtWorksheet } from './et';
import { applyFills, readOriginals, restoreEntries, writeNotes } from './marks';
import { blockAddress, blockOf, readGridBlock } from './read';
import { renderSheets } from './render';
import { deleteReport, REPORT_SHEET, writeReport } from './report';
import { loadSettings, saveSettings, SETTINGS_SHEET } from './settings';
import { loadEntries, saveEntries, STATE_SHEET, usedValues } from './state';
import { abortError, newStats, type WpsStats } from './stats';

export interface WpsLimits {
  /** longest comma-joined address passed to Worksheet.Range (Excel's VBA limit is 255 characters) */
  maxAddressChars: number;
}

export const WPS_LIMITS: WpsLimits = { maxAddressChars: 255 };

let last: WpsStats | null = null;

export function lastWpsStats(): WpsStats | null {
  return last;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function guardSheet(name: string): void {
  if ([REPORT_SHEET, STATE_SHEET, SETTINGS_SHEET].some((n) => sameName(n, name)) || isResultsSheet(name)) {
    throw new Error(`'${name}' is the add-in's own sheet, not a roster`);
  }
}

function sheet(app: EtApplication, name: string): EtWorksheet {
  const ws = sheetOrNull(app, name);
  if (!ws) throw new Error(`工作表“${name}”不存在`);
  return ws;
}

export function createWpsHost(
  getApp: () => EtApplication | null = etApplication,
  limits: WpsLimits = WPS_LIMITS,
): RosterHost {
  const app = (): EtApplication => {
    const a = getApp();
    if (!a) throw new Error('WPS 表格对象模型不可用（window.Application 未定义）');
    return a;
  };
  function run<T>(operation: string, body: (a: EtApplication, s: WpsStats) => T): Promise<T> {
    const s = newStats(operation);
    last = s;
    try {
      return Promise.resolve(body(app(), s));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  const maxChars = limits.maxAddressChars;

  return {
    readRoster(opts) {
      return run('readRoster', (a) => {
        if (opts.signal?.aborted) throw abortError();
        const ws = a.ActiveSheet;
        if (!ws) throw new Error('没有打开的工作表');
        const range = opts.useSelection ? a.Selection : ws.UsedRange;
        const grid = readGridBlock(ws, blockOf(range), { signal: opts.signal, onProgress: opts.onProgress });
        return { sheetName: ws.Name, grid, fromSelection: opts.useSelection } satisfies SheetRead;
      });
    },

    readSheetValues(name) {
      return run('readSheetValues', (a) => usedValues(sheetOrNull(a, name)));
    },

    readSheetGrid(name) {
      return run('readSheetGrid', (a) => {
        const ws = sheetOrNull(a, name);
        if (!ws) return null;
        if (!usedValues(ws).length) return { originRow: 1, originCol: 1, values: [], texts: [], formats: [] };
        return readGridBlock(ws, blockOf(ws.UsedRange));
      });
    },

    writeLedgerPlan(plan, opts) {
      return run('writeLedgerPlan', (a, s): LedgerWriteStats => {
        let ws = sheetOrNull(a, LEDGER_SHEET);
        const created = !ws;
        if (plan.noHeader || (!plan.rows.length && !plan.addColumns.length))
          return { syncs: 0, created: false, rows: 0, headers: 0 };
        ws ??= addSheet(a, LEDGER_SHEET);
        const headerRow = plan.headerRow || opts?.headerRow || 1;
        for (const c of plan.addColumns) {
          const r = ws.Range(a1(headerRow, c.col));
          r.NumberFormat = '@';
          r.Value2 = c.header;
          r.Font.Bold = true;
          s.rangeCalls += 3;
        }
        if (plan.rows.length) {
          const last = plan.firstRow + plan.rows.length - 1;
          plan.formats.forEach((f, i) => {
            ws!.Range(`${a1(plan.firstRow, i + 1)}:${a1(last, i + 1)}`).NumberFormat = f || 'General';
            s.rangeCalls++;
          });
          ws.Range(`${a1(plan.firstRow, 1)}:${a1(last, plan.formats.length)}`).Value2 = plan.rows.map((row) =>
            plan.formats.map((_, i) => (row[i] ?? null) as CellValue),
          );
          s.rangeCalls++;
        }
        return { syncs: 0, created, rows: plan.rows.length, headers: plan.addColumns.length };
      });
    },

    listSheets() {
      return run('listSheets', (a) => {
        const sheets = a.Worksheets;
        const out: string[] = [];
        for (let i = 1, n = sheets.Count; i <= n; i++) {
          const ws = sheets.Item(i);
          if (isVisible(ws.Visible)) out.push(ws.Name);
        }
        return out;
      });
    },

    writeMarks(sheetName, result, opts) {
      const progress = (done: number) => opts.onProgress?.({ done, total: 6, stage: 'mark' });
      return run('writeMarks', (a, s): MarkStats => {
        guardSheet(sheetName);
        if (opts.signal?.aborted) throw abortError();
        const ws = sheet(a, sheetName);
        const all = loadEntries(a);
        const previous = all.filter((e) => sameName(e.sheet, sheetName));
        progress(1);
        restoreEntries(ws, previous, maxChars, s);
        progress(2);
        const cells = cellMarks(result.findings, result.layout, opts.locale);
        const originals = readOriginals(ws, sheetName, cells, s);
        progress(3);
        // the record is written before any mark, so an interrupted run can still be cleared
        saveEntries(a, [...all.filter((e) => !sameName(e.sheet, sheetName)), ...originals]);
        applyFills(
          ws,
          groupBy(cells, (c) => SEVERITY_FILL[c.severity] as string | null),
          maxChars,
          s,
        );
        progress(4);
        writeNotes(ws, cells, originals, s);
        progress(5);
        writeReport(
          a,
          sheetName,
          resultsTable(result.findings, result.layout, { locale: opts.locale, sheet: sheetName }),
        );
        ws.Activate();
        progress(6);
        s.cellsMarked = cells.length;
        return { syncs: 0, cellsMarked: cells.length, notes: true };
      });
    },

    clearMarks(sheetName, opts) {
      return run('clearMarks', (a, s) => {
        const all = loadEntries(a);
        const mine = all.filter((e) => sameName(e.sheet, sheetName));
        opts?.onProgress?.({ done: 1, total: 3, stage: 'clear' });
        const ws = sheetOrNull(a, sheetName);
        if (ws) restoreEntries(ws, mine, maxChars, s);
        opts?.onProgress?.({ done: 2, total: 3, stage: 'clear' });
        saveEntries(
          a,
          all.filter((e) => !sameName(e.sheet, sheetName)),
        );
        deleteReport(a, sheetName);
        opts?.onProgress?.({ done: 3, total: 3, stage: 'clear' });
        return { syncs: 0, cellsRestored: mine.length };
      });
    },

    writeSheets(models, opts) {
      return run('writeSheets', (a, s): WriteSheetsStats => {
        for (const m of models) guardSheet(m.name);
        const sheets = renderSheets(a, models, maxChars, s, { signal: opts?.signal, onProgress: opts?.onProgress });
        return { syncs: 0, sheets, hyperlinks: false, print: true };
      });
    },

    selectCell(sheetName, row, col) {
      return run('selectCell', (a) => {
        const ws = sheet(a, sheetName);
        // Range.Select needs its sheet active
        ws.Activate();
        ws.Range(blockAddress({ row, col, rows: 1, cols: 1 })).Select();
      });
    },

    loadSettings(): Promise<DocSettings> {
      return run('loadSettings', (a) => loadSettings(a));
    },

    saveSettings(settings) {
      return run('saveSettings', (a) => saveSettings(a, settings));
    },

    displayLanguage() {
      // no documented ET member for the UI language was found; the page's language is WPS's
      return (typeof navigator !== 'undefined' && navigator.language) || 'zh-CN';
    },
  };
}

export { etApplication, REPORT_SHEET, SETTINGS_SHEET, STATE_SHEET };
