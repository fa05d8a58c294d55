// The roster sheet is never one of the sheets this tool writes, even when that one comes first and
// looks like a roster (公示名单 has name, ID, occupation, certificate and amount columns).
import { chooseSheet } from '../../src/xlsx/read';
import type { Grid } from '../../src/core/types';
import { isGeneratedSheet } from '../../src/core/sheet-names';

const header = ['序号', '姓名', '身份证号码', '职业(工种)', '证书类型', '等级', '补贴金额'];
const row = [1, '张三', '410102199003071230', '电工', '职业技能等级证书', '五级', 1800];
const grid = (): Grid => ({ originRow: 1, originCol: 1, values: [header, row] });
const entry = (name: string, hidden = false) => ({ name, hidden, grid });

test('claim papers, results and ledger sheets are skipped', () => {
  const sheets = ['公示名单', '校验结果', '补贴台账', '拨付资金汇总表', '花名册'].map((n) => entry(n));
  expect(chooseSheet(sheets, 'x.xlsx').sheet.name).toBe('花名册');
});

test('a sheet named explicitly is taken as it is', () => {
  const sheets = [entry('公示名单'), entry('花名册')];
  expect(chooseSheet(sheets, 'x.xlsx', '公示名单').sheet.name).toBe('公示名单');
});

test('the generated names', () => {
  for (const n of ['校验结果', '_RosterCheckMarks', '补贴台账', '拨付资金汇总表', '资金审批表', '公示名单', '归档清单'])
    expect(isGeneratedSheet(n)).toBe(true);
  expect(isGeneratedSheet('花名册')).toBe(false);
});
