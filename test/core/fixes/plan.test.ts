// The pure fix plans: which cells a fix would change, from what to what.
import {
  fixReportRows,
  hasExpectedAmount,
  planExpectedAmounts,
  planIdNormalize,
  planIdTextFormat,
} from '../../../src/core/fixes';
import type { Finding, Grid, RosterLayout } from '../../../src/core/types';

const ID = '11010519491231002X';
const layout = {
  headerRows: [1],
  firstDataRow: 2,
  lastDataRow: 6,
  dataRows: [2, 3, 4, 5, 6],
  columns: [
    { field: 'id', col: 2, header: '身份证号码' },
    { field: 'amount', col: 3, header: '补贴金额' },
  ],
  missing: [],
  notes: [],
} as RosterLayout;

const grid: Grid = {
  originRow: 1,
  originCol: 1,
  values: [
    ['姓名', '身份证号码', '补贴金额'],
    ['甲', ID, 1000],
    ['乙', ID.toLowerCase(), 700],
    ['丙', `${ID.slice(0, 6)}\u3000${ID.slice(6)}\u200b`, 1500],
    ['丁', 110105194912310000, 1000],
    ['戊', '110105194912310021', 1000],
  ],
  formats: [
    ['General', 'General', 'General'],
    ['General', '@', 'General'],
    ['General', '@', 'General'],
    ['General', 'General', 'General'],
    ['General', '0', 'General'],
    ['General', '@', 'General'],
  ],
};

const finding = (row: number, params: Record<string, unknown>, extra: Partial<Finding> = {}): Finding => ({
  code: 'rate.mismatch',
  severity: 'error',
  row,
  col: 3,
  params: params as Finding['params'],
  ...extra,
});

test('规范身份证号: lowercase x, a full-width space and a zero-width space; numbers and clean IDs left alone', () => {
  const plan = planIdNormalize(grid, layout);
  expect(plan.cells).toEqual([
    { row: 3, col: 2, before: ID.toLowerCase(), after: ID },
    { row: 4, col: 2, before: grid.values[3][1], after: ID },
  ]);
});

test('身份证号列设为文本: the roster rows whose ID cell is not text yet', () => {
  expect(planIdTextFormat(grid, layout).cells.map((c) => [c.row, c.after])).toEqual([
    [4, '@'],
    [5, '@'],
  ]);
});

test('填入应发金额: fixed-rate findings only, one per row, none where the amount is already right', () => {
  const findings = [
    finding(3, { variant: 'former', expected: '1000' }),
    finding(3, { variant: 'former', expected: '1000' }),
    finding(4, { variant: 'range' }),
    finding(2, { variant: 'fixed', expected: '1000' }),
    finding(5, { variant: 'fixed', expected: '1800' }, { rows: [5, 6], area: 'C5:C6' }),
    { ...finding(6, { expected: '1800' }), code: 'hours.below-minimum' },
  ];
  expect(planExpectedAmounts(grid, layout, findings).cells).toEqual([{ row: 3, col: 3, before: 700, after: 1000 }]);
  expect(planExpectedAmounts(grid, layout, findings, [findings[2]]).cells).toEqual([]);
  expect(findings.map(hasExpectedAmount)).toEqual([true, true, false, true, false, false]);
});

test('the 校验结果 rows of a fix: a heading, then one row per cell', () => {
  const rows = fixReportRows(planIdNormalize(grid, layout), 'zh-CN');
  expect(rows[0]).toEqual(['修正', '单元格', '原值', '新值']);
  expect(rows[1]).toEqual(['规范身份证号', 'B3', ID.toLowerCase(), ID]);
  expect(fixReportRows(planIdTextFormat(grid, layout), 'en-US')[1]).toEqual([
    'ID column set to text format',
    'B4',
    grid.values[3][1],
    'text format',
  ]);
});
