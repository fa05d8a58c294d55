// Test build only (webpack --env test): installs the in-memory Office.js test double in place of
// office.js, with the fixture roster, and exposes a small inspection API for the browser test.
// ?lang=en-US sets Office's display language; ?big=N loads a long roster of N trainees instead;
// ?excelApi=1.7 makes the double answer as an Excel with that highest ExcelApi set (test/office-double/versions.ts).
import {
  addSheet,
  cellState,
  handlerCount,
  installOfficeDouble,
  markMap,
  userEdit,
  userSelect,
} from '../office-double';
import { cellRef, MAX_COLS } from '../office-double/address';
import { bigRosterSheet, CATALOG_SHEET, catalogSheetRows, FAULTS, rosterSheet, SHEET } from './fixture/roster';

/** Fills and notes the roster had before any check, which 清除标记 must restore exactly. */
export const PRIOR_MARKS: { fills: Record<string, string>; notes: Record<string, string> } = {
  fills: { A3: '#D9E1F2', B3: '#D9E1F2', C3: '#D9E1F2', D3: '#D9E1F2', D30: '#FFFF00' },
  notes: { D30: '待核实：与第12行疑似同一人' },
};

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'zh-CN';
const big = Number(params.get('big') ?? 0);
const excelApi = params.get('excelApi');
const double = installOfficeDouble({
  displayLanguage: lang,
  ...(excelApi ? { requirementSets: { ExcelApi: excelApi } } : {}),
});
const roster = big > 0 ? bigRosterSheet(big) : rosterSheet();
addSheet(double.model, { name: SHEET, rows: roster.rows, formats: roster.formats, ...(big > 0 ? {} : PRIOR_MARKS) });
addSheet(double.model, { name: CATALOG_SHEET, rows: catalogSheetRows() });

function markSnapshot(sheet: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of markMap(double.model, sheet)) out[String(k)] = v;
  return out;
}

const api = {
  faults: FAULTS,
  prior: PRIOR_MARKS,
  activeSheet: () => double.model.activeSheet?.name ?? null,
  /** the active sheet's selection, 1-based */
  selection() {
    const s = double.model.activeSheet;
    return s
      ? {
          sheet: s.name,
          row: s.selection.row + 1,
          col: s.selection.col + 1,
          rows: s.selection.rows,
          cols: s.selection.cols,
        }
      : null;
  },
  cell: (address: string, sheet = SHEET) => cellState(double.model, sheet, address),
  marks: (sheet = SHEET) => markSnapshot(sheet),
  sheetNames: () => double.model.live().map((s) => s.name),
  /** adds a sheet (rows from A1) and makes it the active one, as a user opening another roster */
  addRoster(name: string, rows: (string | number | null)[][], formats?: (string | undefined)[][]) {
    double.model.activeSheet = addSheet(double.model, { name, rows, formats });
  },
  /** the last row of a sheet with a value (0 when empty or absent) */
  lastRow(sheet: string): number {
    const used = double.model.sheet(sheet)?.usedRect(true);
    return used ? used.row + used.rows : 0;
  },
  /** every non-empty cell of a sheet as [A1 address, value] */
  sheetValues(sheet: string): [string, unknown][] {
    const s = double.model.sheet(sheet);
    if (!s) return [];
    const out: [string, unknown][] = [];
    for (const [k, c] of s.cells) {
      if (c.value === null) continue;
      out.push([cellRef(Math.floor(k / MAX_COLS), k % MAX_COLS), c.value]);
    }
    return out;
  },
  /** the user types values into the roster from a cell on (raises Worksheet.onChanged) */
  edit: (address: string, values: (string | number | null)[][], sheet = SHEET) =>
    userEdit(double.model, sheet, address, values),
  /** the user clicks a cell of the roster (raises Worksheet.onSelectionChanged) */
  click: (address: string, sheet = SHEET) => userSelect(double.model, sheet, address),
  handlers: (sheet = SHEET) => handlerCount(double.model, sheet, 'onChanged'),
  stats: () => ({ ...double.stats, log: undefined }),
  savedSettings: () => double.model.savedSettings,
};

(globalThis as Record<string, unknown>).__rosterDouble = api;
export type RosterDoubleApi = typeof api;
