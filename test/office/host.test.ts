import {
  cellState,
  installOfficeDouble,
  buildWorkbook,
  markMap,
  sheetNames,
  valueMap,
  type OfficeDouble,
} from '../office-double';
import { createOfficeHost, lastStats, REPORT_SHEET, resultsSheetFor, STATE_SHEET } from '../../src/office';
import type { Finding } from '../../src/core/types';
import { faults, resultOf, rosterRows } from './fixtures';

let double: OfficeDouble;
const SHEET = '花名册';
/** one 校验结果 sheet per roster sheet (the shared 校验结果 of earlier versions changed with issue 10) */
const REPORT = resultsSheetFor(SHEET);

function setup(opts: Parameters<typeof installOfficeDouble>[0] = {}): void {
  double = installOfficeDouble(opts);
  buildWorkbook(double.model, [
    {
      name: SHEET,
      rows: rosterRows(20),
      fills: { D5: '#00B050', E5: '#FFFF00', K12: '#C6EFCE' },
      notes: { D5: '用户的批注', B3: 'other note' },
    },
    {
      name: '职业目录',
      rows: [
        ['职业', '等级'],
        ['育婴员', '五级'],
      ],
    },
    { name: 'hidden', rows: [[1]], visibility: 'Hidden' },
  ]);
}

afterEach(() => double.uninstall());

const f = (row: number, col: number, severity: Finding['severity'], message: string): Finding => ({
  code: 'test.x',
  severity,
  row,
  col,
  params: {},
  message,
});

describe('reading', () => {
  beforeEach(() => setup());

  it('reads the used range with values, number formats and text in one load', async () => {
    const host = createOfficeHost();
    const read = await host.readRoster({ useSelection: false });
    expect(read.sheetName).toBe(SHEET);
    expect(read.fromSelection).toBe(false);
    expect([read.grid.originRow, read.grid.originCol]).toEqual([1, 1]);
    expect(read.grid.values.length).toBe(21);
    // eslint-disable-next-line no-loss-of-precision -- an ID typed as a number, as Excel holds it
    expect(read.grid.values[7][3]).toBe(410102199003071007);
    expect(read.grid.texts![7][3]).toBe('4.10102E+17');
    expect(read.grid.formats![7][3]).toBe('General');
    expect(read.grid.values[1][11]).toBeNull();
    expect(lastStats()!.syncs).toBe(2);
    // the first sync also lists the merged areas (getMergedAreasOrNullObject + load: issue 9)
    expect(double.stats.log.map((l) => l.ops)).toEqual([6, 2]);
  });

  it('reads the selection when asked', async () => {
    double.model.activeSheet!.selection = { row: 2, col: 1, rows: 3, cols: 2 };
    const read = await createOfficeHost().readRoster({ useSelection: true });
    expect(read.fromSelection).toBe(true);
    expect([read.grid.originRow, read.grid.originCol]).toEqual([3, 2]);
    expect(read.grid.values).toEqual([
      ['王五', '女'],
      ['赵六', '男'],
      ['陈晓明', '女'],
    ]);
  });

  it('reads another sheet, lists visible sheets, selects a cell', async () => {
    const host = createOfficeHost();
    expect(await host.readSheetValues('职业目录')).toEqual([
      ['职业', '等级'],
      ['育婴员', '五级'],
    ]);
    expect(await host.listSheets()).toEqual([SHEET, '职业目录']);
    await host.selectCell('职业目录', 2, 2);
    expect(double.model.activeSheet!.name).toBe('职业目录');
    expect(double.model.activeSheet!.selection).toEqual({ row: 1, col: 1, rows: 1, cols: 1 });
  });

  it('keeps settings in the document and reports the display language', async () => {
    const host = createOfficeHost();
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ policyId: 'henan-2024', mapping: { id: 4 }, catalogSource: 'sheet:职业目录' });
    double.reopen();
    expect(await createOfficeHost().loadSettings()).toEqual({
      policyId: 'henan-2024',
      mapping: { id: 4 },
      catalogSource: 'sheet:职业目录',
    });
    double.config.displayLanguage = 'en-US';
    expect(host.displayLanguage()).toBe('en-US');
  });
});

describe('marking', () => {
  const findings = [
    f(5, 4, 'error', '身份证号校验位错误'),
    f(5, 4, 'warning', '身份证号以数字输入'),
    f(6, 4, 'error', '重复'),
    f(5, 5, 'warning', '手机号'),
    f(12, 11, 'info', '金额'),
    f(9, 0, 'warning', '整行'),
  ];

  it('fills by severity, writes notes and the report, never changes values, and clear restores exactly', async () => {
    setup();
    const host = createOfficeHost();
    const values = valueMap(double.model, SHEET);
    const marksBefore = markMap(double.model, SHEET);
    const stats = await host.writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    expect(stats).toMatchObject({ cellsMarked: 4, notes: true });
    expect(valueMap(double.model, SHEET)).toEqual(values);
    expect(cellState(double.model, SHEET, 'D5')).toMatchObject({
      fill: '#FFC7CE',
      note: '花名册核验：\n• 身份证号校验位错误\n• 身份证号以数字输入\n\n用户的批注',
    });
    expect(cellState(double.model, SHEET, 'D6')).toMatchObject({ fill: '#FFC7CE', note: '花名册核验：\n• 重复' });
    expect(cellState(double.model, SHEET, 'E5').fill).toBe('#FFEB9C');
    expect(cellState(double.model, SHEET, 'K12').fill).toBe('#DDEBF7');
    expect(cellState(double.model, SHEET, 'A9').fill).toBeNull();
    // D5:D6 is one run: error cells go in one format call, warning and info in one each
    expect(lastStats()!.formatCalls).toBe(3 + 2);
    expect(sheetNames(double.model)).toContainEqual({ name: STATE_SHEET, visibility: 'VeryHidden' });
    expect(cellState(double.model, REPORT, 'A1').value).toBe('行');
    expect(cellState(double.model, REPORT, 'H1').value).toBe('相关行');
    expect(cellState(double.model, REPORT, 'C2')).toMatchObject({
      value: 'D5',
      formula: `=HYPERLINK("#'花名册'!D5","D5")`,
    });
    expect(cellState(double.model, REPORT, 'F2').value).toBe('错误');
    expect(cellState(double.model, REPORT, 'A7').value).toBe(9);
    expect(double.model.activeSheet!.name).toBe(SHEET);

    const cleared = await host.clearMarks(SHEET);
    expect(cleared.cellsRestored).toBe(4);
    expect(markMap(double.model, SHEET)).toEqual(marksBefore);
    expect(valueMap(double.model, SHEET)).toEqual(values);
    expect(sheetNames(double.model).map((s) => s.name)).toEqual([SHEET, '职业目录', 'hidden']);
  });

  it('replaces the previous marks on a re-run without losing the user fills', async () => {
    setup();
    const host = createOfficeHost();
    const marksBefore = markMap(double.model, SHEET);
    await host.writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    await host.writeMarks(SHEET, resultOf([f(5, 5, 'error', '再次'), f(7, 2, 'info', '新的')]), { locale: 'en-US' });
    expect(cellState(double.model, SHEET, 'D5')).toMatchObject({ fill: '#00B050', note: '用户的批注' });
    expect(cellState(double.model, SHEET, 'D6')).toMatchObject({ fill: null, note: null });
    expect(cellState(double.model, SHEET, 'E5')).toMatchObject({ fill: '#FFC7CE', note: 'Roster check:\n• 再次' });
    expect(cellState(double.model, REPORT, 'F2').value).toBe('Error');
    expect(sheetNames(double.model).filter((s) => s.name === REPORT)).toHaveLength(1);
    await host.clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(marksBefore);
  });

  it('clears after the workbook is closed and reopened', async () => {
    setup();
    const marksBefore = markMap(double.model, SHEET);
    await createOfficeHost().writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    double.reopen();
    const result = await createOfficeHost().clearMarks(SHEET);
    expect(result.cellsRestored).toBe(4);
    expect(markMap(double.model, SHEET)).toEqual(marksBefore);
  });

  it('skips notes when the host lacks notes (1.18) and threaded comments (1.10)', async () => {
    setup({ requirementSets: { ExcelApi: '1.9' } });
    const host = createOfficeHost();
    const marksBefore = markMap(double.model, SHEET);
    const stats = await host.writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    expect(stats.notes).toBe(false);
    expect(cellState(double.model, SHEET, 'D6')).toMatchObject({ fill: '#FFC7CE', note: null });
    expect(cellState(double.model, SHEET, 'D5').note).toBe('用户的批注');
    expect(cellState(double.model, REPORT, 'G2').value).toBe('身份证号校验位错误');
    await host.clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(marksBefore);
  });

  it('still works, in more syncs, under a tiny payload limit', async () => {
    setup({ requestLimitBytes: 20_000, responseLimitBytes: 20_000 });
    // the per-command overhead is what the double's conservative count gives (object path per command)
    const host = createOfficeHost({ budgetBytes: 8_000, maxAddressChars: 20, opOverheadBytes: 600 });
    const marksBefore = markMap(double.model, SHEET);
    const read = await host.readRoster({ useSelection: false });
    expect(read.grid.values.length).toBe(21);
    expect(lastStats()!.syncs).toBeGreaterThan(2);
    await host.writeMarks(SHEET, resultOf(faults(20, 2)), { locale: 'zh-CN' });
    expect(double.stats.maxRequestBytes).toBeLessThanOrEqual(20_000);
    expect(double.stats.log.every((l) => !l.failed)).toBe(true);
    await host.clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(marksBefore);
  });

  it('reads the fills of a long run of faulty cells in pieces that fit the response limit', async () => {
    setup({ responseLimitBytes: 1_500 });
    const host = createOfficeHost({ budgetBytes: 1_000, maxAddressChars: 2_000, opOverheadBytes: 50 });
    const marksBefore = markMap(double.model, SHEET);
    const column = Array.from({ length: 40 }, (_, i) => f(i + 2, 4, 'error', `第${i + 2}行`));
    await host.writeMarks(SHEET, resultOf(column), { locale: 'zh-CN' });
    expect(double.stats.maxResponseBytes).toBeLessThanOrEqual(1_500);
    expect(cellState(double.model, SHEET, 'D41').fill).toBe('#FFC7CE');
    expect(lastStats()!.formatCalls).toBe(1 + 2);
    await host.clearMarks(SHEET);
    expect(markMap(double.model, SHEET)).toEqual(marksBefore);
  });

  it('refuses to mark its own sheets and stops when cancelled', async () => {
    setup();
    const host = createOfficeHost();
    await expect(host.writeMarks(REPORT_SHEET, resultOf([]), { locale: 'zh-CN' })).rejects.toThrow(/own sheet/);
    const controller = new AbortController();
    controller.abort();
    await expect(host.readRoster({ useSelection: false, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
