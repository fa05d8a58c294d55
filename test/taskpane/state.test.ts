import type { Finding, Severity } from '../../src/core/types';
import { pickLocale, stringsFor } from '../../src/taskpane/i18n';
import { filterFindings, pageOf, PAGE_SIZE, ruleCounts, targetCell } from '../../src/taskpane/state/findings';
import { initialState, reducer } from '../../src/taskpane/state/reducer';
import { catalogChoiceOf, toDocSettings } from '../../src/taskpane/state/settings';
import { sheetColumns } from '../../src/taskpane/state/columns';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { enUS } from '../../src/taskpane/i18n/en-US';

function manyFindings(n: number): Finding[] {
  const sev: Severity[] = ['error', 'warning', 'info'];
  const codes = ['id.checksum', 'dup.id', 'rate.mismatch', 'field.missing'];
  return Array.from({ length: n }, (_, i) => ({
    code: codes[i % 4],
    severity: sev[i % 3],
    row: 4 + i,
    col: 1 + (i % 10),
    params: {},
  }));
}

describe('reducer', () => {
  test('mapping edits accumulate; filters reset the page; a new result resets filters', () => {
    let s = initialState('zh-CN', 'zhengzhou-2021');
    s = reducer(s, { type: 'setMapping', field: 'name', col: 2 });
    s = reducer(s, { type: 'setMapping', field: 'id', col: 0 });
    expect(s.mapping).toEqual({ name: 2, id: 0 });
    s = reducer(s, { type: 'setPage', page: 3 });
    s = reducer(s, { type: 'setFilters', filters: { severity: 'error' } });
    expect(s.page).toBe(0);
    expect(s.filters).toEqual({ rule: 'all', severity: 'error' });
    const layout = {
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 5,
      columns: [],
      missing: [],
      dataRows: [4, 5],
      notes: [],
    };
    s = reducer(s, { type: 'runStarted' });
    expect(s.phase).toBe('running');
    s = reducer(s, {
      type: 'checked',
      sheetName: 'S',
      usedSample: true,
      result: { layout, trainees: [], findings: [], summary: { error: 0, warning: 0, info: 0 }, byRule: {} },
    });
    expect(s.filters).toEqual({ rule: 'all', severity: 'all' });
    s = reducer(s, { type: 'runEnded' });
    expect(s.phase).toBe('idle');
    expect(s.progress).toBeUndefined();
  });
});

describe('findings list helpers', () => {
  // how fast: npm run bench (units: findings list)
  test('filters and pages 20,000 findings', () => {
    const all = manyFindings(20000);
    const errors = filterFindings(all, { rule: 'all', severity: 'error' });
    const checks = filterFindings(all, { rule: 'id.checksum', severity: 'all' });
    const p = pageOf(errors, 10);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    expect(checks).toHaveLength(5000);
    expect(p.items).toHaveLength(PAGE_SIZE);
    expect(p.pages).toBe(Math.ceil(errors.length / PAGE_SIZE));
    expect(pageOf(errors, 10_000).page).toBe(p.pages - 1);
    expect(filterFindings(all, { rule: 'all', severity: 'all' })).toBe(all);
  });

  test('rule counts sort by count; a row finding targets the first mapped column', () => {
    expect(ruleCounts({ a: 1, b: 3, c: 3 })).toEqual([
      { code: 'b', count: 3 },
      { code: 'c', count: 3 },
      { code: 'a', count: 1 },
    ]);
    const layout = {
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 5,
      columns: [
        { field: 'name' as const, col: 3, header: '姓名' },
        { field: 'id' as const, col: 2, header: '身份证号码' },
      ],
      missing: [],
      dataRows: [],
      notes: [],
    };
    expect(targetCell({ code: 'x', severity: 'error', row: 7, col: 0, params: {} }, layout)).toEqual({
      row: 7,
      col: 2,
    });
    expect(targetCell({ code: 'x', severity: 'error', row: 7, col: 5, params: {} }, layout)).toEqual({
      row: 7,
      col: 5,
    });
  });
});

describe('columns, settings and strings', () => {
  test('sheet columns carry letters and the header text of every header row', () => {
    const grid = {
      originRow: 2,
      originCol: 2,
      values: [
        ['培训时间', null],
        ['开始', '结束'],
        [1, 2],
      ],
    };
    const layout = {
      headerRows: [2, 3],
      firstDataRow: 4,
      lastDataRow: 4,
      columns: [],
      missing: [],
      dataRows: [4],
      notes: [],
    };
    expect(sheetColumns(grid, layout)).toEqual([
      { col: 2, letter: 'B', header: '培训时间 / 开始' },
      { col: 3, letter: 'C', header: '结束' },
    ]);
  });

  test('settings round-trip the catalog choice', () => {
    let s = initialState('zh-CN', 'zhengzhou-2021');
    s = reducer(s, {
      type: 'setCatalog',
      choice: {
        kind: 'file',
        name: 'a.csv',
        rows: [
          ['职业', '类别'],
          ['电工', 'A'],
        ],
      },
    });
    const doc = toDocSettings(s);
    expect(doc.catalogSource).toBe('file:a.csv');
    expect(catalogChoiceOf(doc)).toEqual(s.catalog);
    expect(catalogChoiceOf({ catalogSource: 'sheet:职业目录' })).toEqual({ kind: 'sheet', sheet: '职业目录' });
    expect(catalogChoiceOf({ catalogSource: 'file:x.csv' })).toBeUndefined();
  });

  test('language: English only when Office says en-*', () => {
    expect(pickLocale('en-US')).toBe('en-US');
    expect(pickLocale('EN-gb')).toBe('en-US');
    expect(pickLocale('zh-CN')).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('')).toBe('zh-CN');
    expect(stringsFor('zh-CN').start).toBe('开始校验');
    // both languages define every string (same keys, same field names)
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(enUS.fields).sort()).toEqual(Object.keys(zhCN.fields).sort());
  });
});

describe('xlsx cells', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { displayText, toCellValue } = require('../../src/xlsx/cells') as typeof import('../../src/xlsx/cells');

  test("ExcelJS cell values become the CLI's cell values; the catalog sheet is picked by name", () => {
    // imported lazily so the ExcelJS bundle itself is not loaded here
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { pickSheet } = require('../../src/taskpane/files/xlsx') as typeof import('../../src/taskpane/files/xlsx');
    // the pane's reader builds its grid with src/xlsx/grid.ts, whose cell values are these
    expect(toCellValue({ richText: [{ text: '电' }, { text: '工' }] })).toBe('电工');
    expect(toCellValue({ formula: 'A1', result: 'A' })).toBe('A');
    // a date is a serial number (it was '2021-03-01' here and 44256 in the CLI); its text shows the date
    expect(toCellValue(new Date(Date.UTC(2021, 2, 1)))).toBe(44256);
    expect(displayText(new Date(Date.UTC(2021, 2, 1)), 44256, 'yyyy-mm-dd')).toBe('2021-03-01');
    expect(toCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(toCellValue(undefined)).toBeNull();
    expect(pickSheet([{ name: 'Sheet1' }, { name: '2021职业目录' }])?.name).toBe('2021职业目录');
    expect(pickSheet([{ name: 'Sheet1' }])?.name).toBe('Sheet1');
  });
});
