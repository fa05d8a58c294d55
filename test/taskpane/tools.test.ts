// The pane's clerk tools over the real Office adapter and the in-memory Excel double: a cell edited after a
// check makes the result stale and a re-check changes only that row's findings and marks; each fix changes
// exactly the previewed cells (every other cell of the workbook hashes the same before and after).
import { createHash } from 'crypto';
import { a1, resultsSheetFor } from '../../src/core';
import { BUILTIN_POLICIES } from '../../src/core/policy/profiles';
import { createOfficeHost, createOfficeTools, DEFAULT_LIMITS } from '../../src/office';
import { PaneController } from '../../src/taskpane/state/controller';
import { initialState } from '../../src/taskpane/state/reducer';
import { rowsOf } from '../../src/taskpane/state/tools';
import { createStore } from '../../src/taskpane/state/store';
import { inlineRunner } from '../../src/taskpane/worker/runner';
import {
  addSheet,
  handlerCount,
  installOfficeDouble,
  markMap,
  userEdit,
  userSelect,
  type OfficeDouble,
} from '../office-double';
import { CATALOG_SHEET, catalogSheetRows, FAULTS, rosterSheet, SHEET } from './fixture/roster';

let double: OfficeDouble;
afterEach(() => double?.uninstall());

function setup(
  edit?: (rows: (string | number | null)[][]) => void,
  autoRecheckTrainees = 0,
  opts: { excelApi?: string; maxAddressChars?: number } = {},
) {
  double = installOfficeDouble(opts.excelApi ? { requirementSets: { ExcelApi: opts.excelApi } } : {});
  const roster = rosterSheet();
  const rows = roster.rows as (string | number | null)[][];
  edit?.(rows);
  double.model.activeSheet = addSheet(double.model, { name: SHEET, rows, formats: roster.formats });
  addSheet(double.model, { name: CATALOG_SHEET, rows: catalogSheetRows() });
  const store = createStore(initialState('zh-CN', BUILTIN_POLICIES[0].id));
  const limits = { ...DEFAULT_LIMITS, ...(opts.maxAddressChars ? { maxAddressChars: opts.maxAddressChars } : {}) };
  const deps = {
    host: createOfficeHost(),
    tools: createOfficeTools(limits),
    runner: inlineRunner,
    autoRecheckTrainees,
  };
  const ctl = new PaneController(deps, store.dispatch, store.getState);
  return { ctl, state: store.getState };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

/** every cell of every sheet but the skipped ones: value, format, fill, note */
function cellHashes(skip: Set<string>, skipSheets: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of double.model.live()) {
    if (skipSheets.includes(s.name)) continue;
    for (const [k, c] of s.cells) {
      const at = `${s.name}!${k}`;
      if (skip.has(at)) continue;
      out.set(at, createHash('sha1').update(JSON.stringify(c)).digest('hex'));
    }
  }
  return out;
}

const key = (row: number, col: number) => `${SHEET}!${(row - 1) * 16384 + (col - 1)}`;

function findingKeys(findings: { code: string; row: number; col: number }[], skipRow?: number): string[] {
  return findings
    .filter((f) => f.row !== skipRow)
    .map((f) => `${f.code}@${f.row}:${f.col}`)
    .sort();
}

function marksOutside(row: number): [number, string][] {
  return [...markMap(double.model, SHEET)].filter(([k]) => Math.floor(k / 16384) !== row - 1);
}

/** a fixture row with no finding of its own and no repeat of it */
const CLEAN = 13;

describe('staleness', () => {
  it('rowsOf reads the rows of a changed address', () => {
    expect(rowsOf('D9')).toEqual([9]);
    expect(rowsOf('B3:C5')).toEqual([3, 4, 5]);
    expect(rowsOf('A:A')).toBeNull();
  });

  it('an edit after a check: stale notice, 生成申报材料 refused, re-check changes only that row', async () => {
    const { ctl, state } = setup();
    await ctl.open();
    await ctl.runCheck();
    await settle();
    expect(handlerCount(double.model, SHEET, 'onChanged')).toBe(1);
    const before = state().result!.findings;
    const marks = marksOutside(CLEAN);
    // a clean row: the clerk mistypes the last character of its ID (the 合计 row is left as it was)
    expect(before.some((f) => f.row === CLEAN || f.related?.includes(CLEAN))).toBe(false);
    const id = String(double.model.sheet(SHEET)!.get(CLEAN - 1, 3)!.value);
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    await userEdit(double.model, SHEET, `D${CLEAN}`, [[wrong]]);
    expect(state().stale).toEqual({ rows: [CLEAN], setting: false });
    await ctl.claim.generate();
    expect(state().notice?.text).toContain('结果可能已过期');
    await ctl.tools.recheck();
    const after = state().result!.findings;
    expect(state().stale).toBeUndefined();
    expect(after.filter((f) => f.row === CLEAN).map((f) => `${f.code}@${f.col}`)).toEqual(['id.checksum@4']);
    expect(findingKeys(after, CLEAN)).toEqual(findingKeys(before, CLEAN));
    expect(marksOutside(CLEAN)).toEqual(marks);
    expect(markMap(double.model, SHEET).get((CLEAN - 1) * 16384 + 3)).toBeDefined();
  });

  it('a small roster is checked again by itself; a setting change only marks the result stale', async () => {
    const { ctl, state } = setup(undefined, 300);
    await ctl.open();
    await ctl.runCheck();
    await settle();
    await userEdit(double.model, SHEET, `N${CLEAN}`, [[1234]]);
    for (let i = 0; i < 50 && (state().stale || state().phase !== 'idle'); i++) await settle();
    expect(state().stale).toBeUndefined();
    expect(state().result!.findings.some((f) => f.row === CLEAN && f.code === 'rate.mismatch')).toBe(true);
    ctl.setPolicy(BUILTIN_POLICIES[0].id);
    expect(state().stale).toEqual({ rows: [], setting: true });
  });

  it('before ExcelApi 1.7 (no events) watchSheet listens to nothing and says so with null', async () => {
    setup(undefined, 0, { excelApi: '1.6' });
    const on = { changed: () => undefined, selected: () => undefined };
    expect(await createOfficeTools().watchSheet(SHEET, on)).toBeNull();
    expect(handlerCount(double.model, SHEET, 'onChanged')).toBe(0);
  });

  it('the findings follow the selection in the sheet', async () => {
    const { ctl, state } = setup();
    await ctl.open();
    await ctl.runCheck();
    await settle();
    await userSelect(double.model, SHEET, a1(FAULTS.checksum.row, FAULTS.checksum.col));
    expect(state().selection).toBe(a1(FAULTS.checksum.row, FAULTS.checksum.col));
    // a finding on a later page of the list: the list turns to it
    ctl.setPage(1);
    await userSelect(double.model, SHEET, 'A1:Z40');
    expect(state().page).toBe(0);
  });
});

describe('fixes', () => {
  const ID_COL = 4;
  it('规范身份证号 changes exactly the previewed cells, and lists them in the results sheet', async () => {
    const typed = new Map<number, string>();
    const { ctl, state } = setup((rows) => {
      // full-width digits, a space inside, an invisible character, a lowercase x
      const widen = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      const edits: [number, (s: string) => string][] = [
        [5, widen],
        [6, (s) => `${s.slice(0, 6)} ${s.slice(6)}`],
        [7, (s) => `\u200b${s}`],
      ];
      for (const [row, f] of edits) {
        const v = f(String(rows[row - 1][ID_COL - 1]));
        rows[row - 1][ID_COL - 1] = v;
        typed.set(row, v);
      }
    });
    await ctl.open();
    await ctl.runCheck();
    const plan = ctl.tools.preview('id.normalize')!;
    expect(state().fixPreview).toBe(plan);
    expect(plan.cells.map((c) => c.row).sort((a, b) => a - b)).toEqual([5, 6, 7]);
    const skip = new Set(plan.cells.map((c) => key(c.row, c.col)));
    const hashes = cellHashes(skip, [resultsSheetFor(SHEET)]);
    await ctl.tools.applyFix();
    expect(cellHashes(skip, [resultsSheetFor(SHEET)])).toEqual(hashes);
    for (const c of plan.cells) {
      const cell = double.model.sheet(SHEET)!.get(c.row - 1, c.col - 1)!;
      expect(cell.value).toBe(c.after);
      expect(String(c.after)).toMatch(/^\d{17}[\dX]$/);
      expect(cell.numberFormat).toBe('@');
    }
    const report = [...double.model.sheet(resultsSheetFor(SHEET))!.cells.values()].map((c) => c.value);
    expect(report).toContain('规范身份证号');
    expect(report).toContain(a1(5, ID_COL));
    expect(state().notice?.text).toContain('已修改 3 个单元格');
    expect(state().stale?.rows).toEqual([5, 6, 7]);
    // a check rewrites the results sheet: the fix is listed there again
    await ctl.tools.recheck();
    expect(state().stale).toBeUndefined();
    const again = [...double.model.sheet(resultsSheetFor(SHEET))!.cells.values()].map((c) => c.value);
    expect(again).toContain('规范身份证号');
    expect(again.filter((v) => v === a1(5, ID_COL))).toHaveLength(1);
  });

  it('填入应发金额: one finding, then all; nothing else changes', async () => {
    const { ctl, state } = setup();
    await ctl.open();
    await ctl.runCheck();
    const one = state().result!.findings.find((f) => f.code === 'rate.mismatch' && f.row === FAULTS.oldRate.row)!;
    const single = ctl.tools.preview('amount.expected', one)!;
    expect(single.cells.map((c) => [c.row, c.col])).toEqual([[FAULTS.oldRate.row, FAULTS.oldRate.col]]);
    ctl.tools.cancelFix();
    expect(state().fixPreview).toBeUndefined();
    const plan = ctl.tools.preview('amount.expected')!;
    expect(plan.cells.map((c) => c.row).sort((a, b) => a - b)).toEqual([FAULTS.oldRate.row, FAULTS.noUplift.row]);
    const skip = new Set(plan.cells.map((c) => key(c.row, c.col)));
    const hashes = cellHashes(skip, [resultsSheetFor(SHEET)]);
    await ctl.tools.applyFix();
    expect(cellHashes(skip, [resultsSheetFor(SHEET)])).toEqual(hashes);
    for (const c of plan.cells) expect(double.model.sheet(SHEET)!.get(c.row - 1, c.col - 1)!.value).toBe(c.after);
    await ctl.tools.recheck();
    expect(state().result!.findings.filter((f) => f.code === 'rate.mismatch')).toEqual([]);
  });

  it('身份证号列设为文本 sets only the number format of the ID cells', async () => {
    const { ctl } = setup();
    // three ID cells left General (the fixture types them as text '@')
    for (const row of [5, 6, 7]) double.model.sheet(SHEET)!.cell(row - 1, ID_COL - 1).numberFormat = 'General';
    await ctl.open();
    await ctl.runCheck();
    const plan = ctl.tools.preview('id.textFormat')!;
    expect(plan.cells.map((c) => c.row)).toEqual([5, 6, 7]);
    const values = plan.cells.map((c) => double.model.sheet(SHEET)!.get(c.row - 1, c.col - 1)!.value);
    const skip = new Set(plan.cells.map((c) => key(c.row, c.col)));
    const hashes = cellHashes(skip, [resultsSheetFor(SHEET)]);
    await ctl.tools.applyFix();
    expect(cellHashes(skip, [resultsSheetFor(SHEET)])).toEqual(hashes);
    plan.cells.forEach((c, i) => {
      const cell = double.model.sheet(SHEET)!.get(c.row - 1, c.col - 1)!;
      expect(cell.numberFormat).toBe('@');
      expect(cell.value).toBe(values[i]);
    });
  });

  it('选中标记的单元格 selects the flagged cells of the filtered findings', async () => {
    const { ctl, state } = setup();
    await ctl.open();
    await ctl.runCheck();
    ctl.setFilters({ rule: 'rate.mismatch' });
    await ctl.tools.selectFlagged();
    expect(state().notice?.text).toBe('已选中 2 个单元格（2 个区域）');
    const sel = double.model.activeSheet!.selection;
    expect(sel.row + 1).toBe(FAULTS.oldRate.row);
  });

  it('more flagged cells than one address list holds: the first list is selected, and the notice says how many', async () => {
    // 'N17,N22' is 7 characters: a limit of 4 leaves one address per list
    const { ctl, state } = setup(undefined, 0, { maxAddressChars: 4 });
    await ctl.open();
    await ctl.runCheck();
    ctl.setFilters({ rule: 'rate.mismatch' });
    await ctl.tools.selectFlagged();
    expect(state().notice?.text).toBe('已选中 1 个单元格（1 个区域）');
    expect(double.model.activeSheet!.selection).toMatchObject({ row: FAULTS.oldRate.row - 1, rows: 1, cols: 1 });
  });
});
