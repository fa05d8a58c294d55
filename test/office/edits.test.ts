// The add-in as real Excel behaves (issue 10): marks survive the clerk's edits, the record sheet is never
// deleted while very hidden, protected sheets are refused before anything is written, two rosters keep two
// reports, requests the host refuses as too large are sent again in smaller pieces.
import {
  buildWorkbook,
  cellState,
  installOfficeDouble,
  markMap,
  sheetNames,
  valueMap,
  type OfficeDouble,
  type SheetSpec,
} from '../office-double';
import { createOfficeHost, lastStats, ProtectedSheetError, resultsSheetFor, STATE_SHEET } from '../../src/office';
import type { Finding } from '../../src/core/types';
import type { Workbook } from '../office-double/sheets';
import { faults, resultOf, rosterRows } from './fixtures';

const SHEET = '花名册';
let double: OfficeDouble | null = null;

afterEach(() => {
  double?.uninstall();
  double = null;
});

const f = (row: number, col: number, severity: Finding['severity'], message: string): Finding => ({
  code: 'test.x',
  severity,
  row,
  col,
  params: {},
  message,
});

/** the clerk's own fills and notes, some on cells that will be marked, some next to them */
function roster(extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: SHEET,
    rows: rosterRows(20),
    fills: { D5: '#00B050', E5: '#FFFF00', K12: '#C6EFCE', D8: '#B4C6E7', D9: '#F8CBAD' },
    notes: { D5: '用户的批注', B3: 'other note', D9: '第9行的批注', D8: '第8行' },
    ...extra,
  };
}

const FINDINGS = [
  f(5, 4, 'error', '身份证号校验位错误'),
  f(6, 4, 'error', '重复'),
  f(7, 4, 'warning', '身份证号以数字输入'),
  f(5, 5, 'warning', '手机号'),
  f(12, 11, 'info', '金额'),
  f(9, 4, 'error', '出生日期'),
  f(15, 2, 'info', '姓名'),
];

type Edit = () => Promise<void>;

/** the Excel global the double installs, typed as the double's own classes */
type DoubleContext = { workbook: Workbook; sync: () => Promise<unknown> };
function excel(): { run: (f: (ctx: DoubleContext) => Promise<void>) => Promise<void> } {
  return (globalThis as unknown as { Excel: ReturnType<typeof excel> }).Excel;
}

const insertRowAbove5: Edit = () =>
  excel().run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET).getRange('5:5').insert('Down');
    await ctx.sync();
  });
const deleteRows6and8: Edit = () =>
  excel().run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    ws.getRange('8:8').delete('Up');
    ws.getRange('6:6').delete('Up');
    await ctx.sync();
  });
const sortByName: Edit = () =>
  excel().run(async (ctx) => {
    // 姓名 descending, then 序号: every marked row lands somewhere else
    ctx.workbook.worksheets
      .getItem(SHEET)
      .getRange('A1:L21')
      .sort.apply([{ key: 1, ascending: false }, { key: 0 }], false, true);
    await ctx.sync();
  });
const insertColumnB: Edit = () =>
  excel().run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET).getRange('B:B').insert('Right');
    await ctx.sync();
  });
const deleteColumnC: Edit = () =>
  excel().run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET).getRange('C:C').delete('Left');
    await ctx.sync();
  });
const rename: Edit = () =>
  excel().run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET).name = '花名册（改名）';
    await ctx.sync();
  });

/** the roster as the clerk's edit leaves it without the add-in: fills, notes and values */
async function editedWithoutMarks(
  edit: Edit,
  name: string,
): Promise<{ marks: Map<number, string>; values: Map<number, unknown> }> {
  const plain = installOfficeDouble();
  buildWorkbook(plain.model, [roster()]);
  await edit();
  const out = { marks: markMap(plain.model, name), values: valueMap(plain.model, name) };
  plain.uninstall();
  return out;
}

describe.each([
  ['inserting a row above the marks', insertRowAbove5, SHEET],
  ['deleting a marked row and a row between marks', deleteRows6and8, SHEET],
  ['sorting the roster', sortByName, SHEET],
  ['renaming the sheet', rename, '花名册（改名）'],
  ['inserting a column left of the marks', insertColumnB, SHEET],
  ['deleting a column left of the marks', deleteColumnC, SHEET],
])('clear after %s', (_label, edit, name) => {
  it("restores the clerk's own fills and notes exactly and leaves no mark of ours", async () => {
    const expected = await editedWithoutMarks(edit, name);
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster(), { name: '其他', rows: [['x']] }]);
    await createOfficeHost().writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
    await edit();
    const cleared = await createOfficeHost().clearMarks(name);
    expect(markMap(double.model, name)).toEqual(expected.marks);
    expect(valueMap(double.model, name)).toEqual(expected.values);
    expect(cleared.cellsRestored).toBe(edit === deleteRows6and8 ? 6 : 7);
    expect(sheetNames(double.model).map((s) => s.name)).toEqual([name, '其他']);
  });
});

describe('marks that moved or changed', () => {
  it('never touches a cell that no longer carries our mark; a re-check after an edit replaces the marks', async () => {
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster()]);
    const host = createOfficeHost();
    await host.writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
    // the clerk recolours a marked cell and replaces our note on another
    await excel().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(SHEET);
      ws.getRange('D6').format.fill.color = '#7030A0';
      ws.notes.getItem('E5').content = '我自己的批注';
      await ctx.sync();
    });
    await insertRowAbove5();
    await host.writeMarks(SHEET, resultOf([f(8, 4, 'error', '新的问题')]), { locale: 'zh-CN' });
    // D6 moved to D7 and is the clerk's now: untouched by both the re-check and the clear
    expect(cellState(double.model, SHEET, 'D7')).toMatchObject({ fill: '#7030A0', note: '花名册核验：\n• 重复' });
    expect(cellState(double.model, SHEET, 'E6')).toMatchObject({ fill: '#FFEB9C', note: '我自己的批注' });
    // D6 (was D5) got its own fill and note back
    expect(cellState(double.model, SHEET, 'D6')).toMatchObject({ fill: '#00B050', note: '用户的批注' });
    expect(cellState(double.model, SHEET, 'D8').fill).toBe('#FFC7CE');
    await host.clearMarks(SHEET);
    expect(cellState(double.model, SHEET, 'D8')).toMatchObject({ fill: null, note: null });
    expect(cellState(double.model, SHEET, 'D7').fill).toBe('#7030A0');
    expect(sheetNames(double.model).some((s) => s.name === STATE_SHEET)).toBe(false);
  });

  it('clears the mark on a cell whose value the clerk corrected', async () => {
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster()]);
    const before = markMap(double.model, SHEET);
    await createOfficeHost().writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
    await excel().run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).getRange('D6').values = [['410102199003071014']];
      await ctx.sync();
    });
    await createOfficeHost().clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(before);
  });
});

describe('the record sheet and the reports', () => {
  it('a second check and a clear succeed with the very hidden record present', async () => {
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster()]);
    const before = markMap(double.model, SHEET);
    const host = createOfficeHost();
    await host.writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
    expect(sheetNames(double.model)).toContainEqual({ name: STATE_SHEET, visibility: 'VeryHidden' });
    await host.writeMarks(SHEET, resultOf(FINDINGS.slice(2)), { locale: 'zh-CN' });
    expect(sheetNames(double.model).filter((s) => s.name === STATE_SHEET)).toEqual([
      { name: STATE_SHEET, visibility: 'VeryHidden' },
    ]);
    expect(double.stats.log.every((l) => !l.failed)).toBe(true);
    await host.clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(before);
    expect(sheetNames(double.model).map((s) => s.name)).toEqual([SHEET]);
  });

  it('two rosters keep two reports; clearing one leaves the other and its marks', async () => {
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster(), roster({ name: '第二批' })]);
    const host = createOfficeHost();
    await host.writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
    await host.writeMarks('第二批', resultOf([f(3, 2, 'error', '第二批的问题')]), { locale: 'zh-CN' });
    expect(sheetNames(double.model).map((s) => s.name)).toEqual([
      SHEET,
      '第二批',
      STATE_SHEET,
      resultsSheetFor(SHEET),
      resultsSheetFor('第二批'),
    ]);
    await host.clearMarks(SHEET);
    expect(sheetNames(double.model).map((s) => s.name)).toEqual([
      SHEET,
      '第二批',
      STATE_SHEET,
      resultsSheetFor('第二批'),
    ]);
    expect(cellState(double.model, resultsSheetFor('第二批'), 'G2').value).toBe('第二批的问题');
    expect(cellState(double.model, '第二批', 'B3').fill).toBe('#FFC7CE');
    await host.clearMarks('第二批');
    expect(cellState(double.model, '第二批', 'B3')).toMatchObject({ fill: null, note: 'other note' });
  });

  it('names a long roster report within 31 characters, distinct for distinct rosters', () => {
    const a = resultsSheetFor('二〇二五年第三期育婴员（五级）培训补贴人员花名册');
    const b = resultsSheetFor('二〇二五年第三期育婴员（五级）培训补贴人员花名册二');
    expect(a.length).toBeLessThanOrEqual(31);
    expect(a).not.toBe(b);
    expect(resultsSheetFor(SHEET)).toBe('校验结果-花名册');
  });
});

describe('protected sheets', () => {
  it('refuses to mark a protected roster with a Chinese message naming it, and writes nothing', async () => {
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster({ protected: true })]);
    const before = markMap(double.model, SHEET);
    const err = await createOfficeHost()
      .writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ProtectedSheetError);
    expect(err.message).toMatch(
      /^工作表「花名册」受保护，无法标记，工作簿未作任何改动。请在「审阅」选项卡点「撤消工作表保护」/,
    );
    expect(markMap(double.model, SHEET)).toEqual(before);
    expect(sheetNames(double.model).map((s) => s.name)).toEqual([SHEET]);
  });

  it('refuses to clear a roster protected after marking, and leaves the record for later', async () => {
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster()]);
    const host = createOfficeHost();
    const before = markMap(double.model, SHEET);
    await host.writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
    double.model.sheet(SHEET)!.protected = true;
    await expect(host.clearMarks(SHEET)).rejects.toThrow(/无法清除标记/);
    double.model.sheet(SHEET)!.protected = false;
    await host.clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(before);
  });
});

describe('payload', () => {
  it('sends a refused write again in smaller batches: same marks, same clear', async () => {
    double = installOfficeDouble({ requestLimitBytes: 30_000 });
    buildWorkbook(double.model, [roster({ rows: rosterRows(200) })]);
    const before = markMap(double.model, SHEET);
    // an estimate far below what the host counts: batches of ~10 KB of estimate are ~50 KB of request
    const host = createOfficeHost({ budgetBytes: 12_000, maxAddressChars: 400, opOverheadBytes: 20 });
    await host.writeMarks(SHEET, resultOf(faults(200, 2)), { locale: 'zh-CN' });
    expect(lastStats()!.backoffs).toBeGreaterThan(0);
    expect(double.stats.log.some((l) => l.failed === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(cellState(double.model, SHEET, 'D2').fill).toBe('#FFC7CE');
    const marked = markMap(double.model, SHEET);
    // the same marks as with a generous budget
    double.uninstall();
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster({ rows: rosterRows(200) })]);
    await createOfficeHost().writeMarks(SHEET, resultOf(faults(200, 2)), { locale: 'zh-CN' });
    expect(markMap(double.model, SHEET)).toEqual(marked);
    await host.clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(before);
  });
});

describe('selection', () => {
  it('reads a whole-column selection only where the sheet has data', async () => {
    double = installOfficeDouble();
    buildWorkbook(double.model, [roster()]);
    double.model.activeSheet!.selection = { row: 0, col: 1, rows: 1048576, cols: 3 };
    const read = await createOfficeHost().readRoster({ useSelection: true });
    expect([read.grid.originRow, read.grid.originCol]).toEqual([1, 2]);
    expect(read.grid.values.length).toBe(21);
    expect(read.grid.values[0]).toEqual(['姓名', '性别', '身份证号']);
    expect(double.stats.maxResponseBytes).toBeLessThan(20_000);
  });
});
