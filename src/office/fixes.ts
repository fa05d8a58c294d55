/// <reference types="office-js" />
// The pane's clerk tools over Office.js (core PaneTools): worksheet change and selection events, writing a
// previewed fix, selecting flagged cells. Remarks from node_modules/@types/office-js/index.d.ts:
// - Worksheet.onChanged "Occurs when data changes in a specific worksheet." and onSelectionChanged "Occurs
//   when the selection changes on a specific worksheet." [ExcelApi 1.7]
// - EventHandlers.remove: "The same RequestContext object that the handler was added in must be used when
//   removing the handler." (hence Excel.run(result.context, …) in stop()).
// - WorksheetChangedEventArgs.triggerSource "Represents the trigger source of the event. For example, identifies
//   whether this local add-in triggers the event." [ExcelApi 1.14]
// - Worksheet.getRanges(address) [ExcelApi 1.9]: "Gets the RangeAreas object, representing one or more blocks
//   of rectangular ranges, specified by the address or name."; RangeAreas.select() [ExcelApi 1.9].
import { a1, fixReportRows, resultsSheetFor } from '../core';
import type { FixPlan, Locale, PaneTools, SheetListeners, SheetWatch } from '../core';
import { apiSupported } from './features';
import { addressLists, runsOf } from './runs';
import { DEFAULT_LIMITS, type AdapterLimits } from './session';

/** cells written per sync */
const CHUNK = 500;

/** drops a sheet name in front of an address: 'Sheet 1'!D9 → D9 */
function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

async function watchSheet(sheetName: string, on: SheetListeners): Promise<SheetWatch | null> {
  if (!apiSupported('1.7')) return null;
  const results = await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheetName);
    const changed = ws.onChanged.add(async (e) => {
      // the pane's own writes (a fix) it accounts for itself; triggerSource needs ExcelApi 1.14, else undefined
      if (e.triggerSource !== 'ThisLocalAddin') on.changed(localAddress(e.address));
    });
    const selected = ws.onSelectionChanged.add(async (e) => on.selected(localAddress(e.address)));
    await ctx.sync();
    return [changed, selected];
  });
  return {
    async stop() {
      await Excel.run(results[0].context, async (ctx) => {
        for (const r of results) r.remove();
        await ctx.sync();
      });
    },
  };
}

/** Appends the fixes' rows under what the 校验结果 sheet already holds (adds the sheet when it is missing). */
async function reportFix(ctx: Excel.RequestContext, sheetName: string, plans: FixPlan[], locale: Locale) {
  const name = resultsSheetFor(sheetName);
  let ws = ctx.workbook.worksheets.getItemOrNullObject(name);
  await ctx.sync();
  if (ws.isNullObject) ws = ctx.workbook.worksheets.add(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount');
  await ctx.sync();
  const first = used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1;
  const rows = plans.flatMap((plan) => fixReportRows(plan, locale));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const range = ws.getRangeByIndexes(first + i, 0, part.length, 4);
    range.numberFormat = part.map((r) => r.map(() => '@'));
    range.values = part;
    await ctx.sync();
  }
}

async function applyFix(sheetName: string, plan: FixPlan, opts: { locale: Locale }): Promise<{ cells: number }> {
  return Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheetName);
    for (let i = 0; i < plan.cells.length; i += CHUNK) {
      for (const c of plan.cells.slice(i, i + CHUNK)) {
        const range = ws.getRange(a1(c.row, c.col));
        if (plan.kind === 'id.textFormat') {
          range.numberFormat = [['@']];
        } else if (plan.kind === 'id.normalize') {
          // text first, so Excel keeps all 18 digits of the ID rather than making it a number
          range.numberFormat = [['@']];
          range.values = [[c.after]];
        } else {
          range.values = [[c.after]];
        }
      }
      await ctx.sync();
    }
    if (plan.cells.length) await reportFix(ctx, sheetName, [plan], opts.locale);
    return { cells: plan.cells.length };
  });
}

export function createOfficeTools(limits: AdapterLimits = DEFAULT_LIMITS): PaneTools {
  return {
    watchSheet,
    applyFix,
    async reportFixes(sheetName, plans, opts) {
      if (!plans.length) return;
      await Excel.run((ctx) => reportFix(ctx, sheetName, plans, opts.locale));
    },
    async selectCells(sheetName, cells) {
      const lists = addressLists(runsOf(cells), limits.maxAddressChars);
      if (!lists.length) return { cells: 0, areas: 0 };
      // before ExcelApi 1.9 (no getRanges) only the first block can be selected
      const first = apiSupported('1.9') ? lists[0] : lists[0].split(',')[0];
      await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheetName);
        ws.activate();
        if (first.includes(',')) ws.getRanges(first).select();
        else ws.getRange(first).select();
        await ctx.sync();
      });
      const areas = first.split(',');
      const count = areas.reduce((n, a) => {
        const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(a);
        return n + (m ? (m[2] ? Number(m[2]) - Number(m[1]) + 1 : 1) : 1);
      }, 0);
      return { cells: count, areas: areas.length };
    },
  };
}
