// One behaviour suite for every RosterHost adapter, run over each host's test double (office.test.ts,
// wps.test.ts): read → mark → clear restores the user's fills and notes exactly → re-mark → claim sheets →
// select → settings. A harness hides how each double is installed and looked at.
import type { SheetSpec } from '../office-double/builder';
import type { RosterHost } from '../../src/core/host';
import type { Finding } from '../../src/core/types';
import type { SheetModel } from '../../src/core/sheet';
import { A4_MARGINS } from '../../src/core/sheet';
import { resultsSheetFor } from '../../src/core';
import { STATE_SHEET } from '../../src/office/state';
import { resultOf, rosterRows } from '../office/fixtures';

export interface CellLook {
  value: unknown;
  fill: string | null;
  note: string | null;
  formula: string | null;
  numberFormat: string;
}

export interface HostHarness {
  install(specs: SheetSpec[]): void;
  uninstall(): void;
  host(): RosterHost;
  /** the workbook saved, closed and opened again */
  reopen(): void;
  cell(sheet: string, address: string): CellLook;
  /** every fill and note of a sheet, for before/after comparisons */
  marks(sheet: string): Map<unknown, string>;
  values(sheet: string): Map<unknown, unknown>;
  sheets(): { name: string; visibility: string }[];
  activeSheet(): string | null;
  /** 1-based, of the active sheet */
  selection(): { row: number; col: number } | null;
  /** calls into the host so far (Office: syncs; WPS: object-model calls) */
  calls(): number;
}

export const SHEET = '花名册';
/** the roster's own results sheet, as both hosts name it */
const REPORT = resultsSheetFor(SHEET);

export const WORKBOOK: SheetSpec[] = [
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
];

const f = (row: number, col: number, severity: Finding['severity'], message: string): Finding => ({
  code: 'test.x',
  severity,
  row,
  col,
  params: {},
  message,
});

export const FINDINGS = [
  f(5, 4, 'error', '身份证号校验位错误'),
  f(5, 4, 'warning', '身份证号以数字输入'),
  f(6, 4, 'error', '重复'),
  f(5, 5, 'warning', '手机号'),
  f(12, 11, 'info', '金额'),
  f(9, 0, 'warning', '整行'),
];

const CLAIM: SheetModel = {
  name: '附件1',
  columns: [10, 24, 12],
  rowHeights: { 1: 30 },
  cells: [
    { row: 1, col: 1, value: '补贴申请表', style: 'title' },
    { row: 2, col: 1, value: '班级' },
    { row: 2, col: 2, value: '1-2' },
    { row: 3, col: 1, value: '金额' },
    { row: 3, col: 2, value: 1500, style: 'money' },
    { row: 4, col: 1, value: '合计' },
    { row: 4, col: 2, value: { formula: 'SUM(B3:B3)', result: 1500 }, style: 'money' },
  ],
  styles: {
    title: { bold: true, size: 16, h: 'center' },
    money: { numFmt: '0.00', border: { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' } },
  },
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, margins: A4_MARGINS, centerHorizontally: true },
};

export function hostBehaviour(name: string, h: HostHarness): void {
  describe(`RosterHost behaviour over the ${name} double`, () => {
    beforeEach(() => h.install(WORKBOOK));
    afterEach(() => h.uninstall());

    it('reads the used range with values, displayed text and number formats', async () => {
      const read = await h.host().readRoster({ useSelection: false });
      expect(read.sheetName).toBe(SHEET);
      expect([read.grid.originRow, read.grid.originCol]).toEqual([1, 1]);
      expect(read.grid.values.length).toBe(21);
      // eslint-disable-next-line no-loss-of-precision -- an ID typed as a number, as the sheet holds it
      expect(read.grid.values[7][3]).toBe(410102199003071007);
      expect(read.grid.texts![7][3]).toBe('4.10102E+17');
      expect(read.grid.texts![2][1]).toBe('王五');
      expect(read.grid.formats![7][3]).toBe('General');
      expect(read.grid.values[1][11]).toBeNull();
    });

    it('marks by severity with merged notes, never changes a value, and clear restores exactly', async () => {
      const host = h.host();
      const values = h.values(SHEET);
      const before = h.marks(SHEET);
      const stats = await host.writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
      expect(stats).toMatchObject({ cellsMarked: 4, notes: true });
      expect(h.values(SHEET)).toEqual(values);
      expect(h.cell(SHEET, 'D5')).toMatchObject({
        fill: '#FFC7CE',
        note: '花名册核验：\n• 身份证号校验位错误\n• 身份证号以数字输入\n\n用户的批注',
      });
      expect(h.cell(SHEET, 'D6')).toMatchObject({ fill: '#FFC7CE', note: '花名册核验：\n• 重复' });
      expect(h.cell(SHEET, 'E5').fill).toBe('#FFEB9C');
      expect(h.cell(SHEET, 'K12').fill).toBe('#DDEBF7');
      // a whole-row finding with no mapped column is listed in 校验结果 only
      expect(h.cell(SHEET, 'A9')).toMatchObject({ fill: null, note: null });
      expect(h.sheets()).toContainEqual({ name: STATE_SHEET, visibility: 'VeryHidden' });
      expect(h.cell(REPORT, 'A1').value).toBe('行');
      expect(h.cell(REPORT, 'H1').value).toBe('相关行');
      expect(h.cell(REPORT, 'C2')).toMatchObject({ value: 'D5', formula: `=HYPERLINK("#'花名册'!D5","D5")` });
      expect(h.cell(REPORT, 'F2').value).toBe('错误');
      expect(h.cell(REPORT, 'J1').value).not.toBeNull();
      expect(h.activeSheet()).toBe(SHEET);

      const cleared = await host.clearMarks(SHEET);
      expect(cleared.cellsRestored).toBe(4);
      expect(h.marks(SHEET)).toEqual(before);
      expect(h.values(SHEET)).toEqual(values);
      expect(h.sheets().map((s) => s.name)).toEqual([SHEET, '职业目录', 'hidden']);
    });

    it('re-marking replaces the previous marks without losing the user fills', async () => {
      const host = h.host();
      const before = h.marks(SHEET);
      await host.writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
      await host.writeMarks(SHEET, resultOf([f(5, 5, 'error', '再次'), f(7, 2, 'info', '新的')]), { locale: 'en-US' });
      expect(h.cell(SHEET, 'D5')).toMatchObject({ fill: '#00B050', note: '用户的批注' });
      expect(h.cell(SHEET, 'D6')).toMatchObject({ fill: null, note: null });
      expect(h.cell(SHEET, 'E5')).toMatchObject({ fill: '#FFC7CE', note: 'Roster check:\n• 再次' });
      expect(h.cell(REPORT, 'F2').value).toBe('Error');
      expect(h.sheets().filter((s) => s.name === REPORT)).toHaveLength(1);
      await host.clearMarks(SHEET);
      expect(h.marks(SHEET)).toEqual(before);
    });

    it('clears after the workbook is closed and reopened', async () => {
      const before = h.marks(SHEET);
      await h.host().writeMarks(SHEET, resultOf(FINDINGS), { locale: 'zh-CN' });
      h.reopen();
      const result = await h.host().clearMarks(SHEET);
      expect(result.cellsRestored).toBe(4);
      expect(h.marks(SHEET)).toEqual(before);
    });

    it('writes claim sheets: text stays text, numbers and formulas, replaced on a second run', async () => {
      const host = h.host();
      const stats = await host.writeSheets([CLAIM]);
      expect(stats.sheets).toEqual(['附件1']);
      expect(h.cell('附件1', 'A1').value).toBe('补贴申请表');
      expect(h.cell('附件1', 'B2')).toMatchObject({ value: '1-2', numberFormat: '@' });
      expect(h.cell('附件1', 'B3')).toMatchObject({ value: 1500, numberFormat: '0.00' });
      expect(h.cell('附件1', 'B4').formula).toBe('=SUM(B3:B3)');
      expect(h.activeSheet()).toBe('附件1');
      await host.writeSheets([CLAIM]);
      expect(h.sheets().filter((s) => s.name === '附件1')).toHaveLength(1);
    });

    it('selects a cell of another sheet, lists visible sheets, refuses its own sheets', async () => {
      const host = h.host();
      await host.selectCell('职业目录', 2, 2);
      expect(h.activeSheet()).toBe('职业目录');
      expect(h.selection()).toEqual({ row: 2, col: 2 });
      expect(await host.listSheets()).toEqual([SHEET, '职业目录']);
      expect(await host.readSheetValues('职业目录')).toEqual([
        ['职业', '等级'],
        ['育婴员', '五级'],
      ]);
      await expect(host.writeMarks(REPORT, resultOf([]), { locale: 'zh-CN' })).rejects.toThrow(/own sheet/);
    });

    it('keeps settings in the workbook across a reopen', async () => {
      expect(await h.host().loadSettings()).toEqual({});
      const s = {
        policyId: 'henan-2024',
        mapping: { id: 4 },
        catalogSource: 'sheet:职业目录',
        catalogRows: [['育婴员', '五级']],
      };
      await h.host().saveSettings(s);
      h.reopen();
      expect(await h.host().loadSettings()).toEqual(s);
      expect(await h.host().listSheets()).toEqual([SHEET, '职业目录']);
    });

    it('stops when cancelled', async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(h.host().readRoster({ useSelection: false, signal: controller.signal })).rejects.toMatchObject({
        name: 'AbortError',
      });
    });
  });
}
