// Test build only (webpack --env test → taskpane-wps.html): installs the WPS 表格 object-model double as
// `window.Application` before the pane starts, with the fixture roster, and exposes window.__wpsDouble
// for the browser test (test/host-suite/wps-pane.browser.test.ts).
import { CATALOG_SHEET, catalogSheetRows, rosterSheet, SHEET } from '../taskpane/fixture/roster';
import { buildWpsWorkbook, installWpsDouble, wpsCell, wpsMarks, wpsSheets } from '.';

/** the same prior fills and notes as the Office double's entry (test/taskpane/double-entry.ts) */
const PRIOR = {
  fills: { A3: '#D9E1F2', B3: '#D9E1F2', C3: '#D9E1F2', D3: '#D9E1F2', D30: '#FFFF00' },
  notes: { D30: '待核实：与第12行疑似同一人' },
};

const double = installWpsDouble();
const roster = rosterSheet();
buildWpsWorkbook(double.model, [
  { name: SHEET, rows: roster.rows, formats: roster.formats, ...PRIOR },
  { name: CATALOG_SHEET, rows: catalogSheetRows() },
]);

(globalThis as Record<string, unknown>).__wpsDouble = {
  marks: (sheet = SHEET) => Object.fromEntries(wpsMarks(double.model, sheet)),
  cell: (address: string, sheet = SHEET) => wpsCell(double.model, sheet, address),
  sheets: () => wpsSheets(double.model),
  activeSheet: () => double.model.active?.name ?? null,
  selection: () => {
    const s = double.model.active;
    return s?.selection ? { sheet: s.name, row: s.selection.row + 1, col: s.selection.col + 1 } : null;
  },
  calls: () => double.model.stats.calls,
};
