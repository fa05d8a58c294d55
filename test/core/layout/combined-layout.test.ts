// A combined column (证书名称及等级, 职业（工种）及等级) in detectLayout and readTrainees.
import { detectLayout } from '../../../src/core/layout/detect';
import { readTrainees } from '../../../src/core/layout/read';
import { gridOf } from '../../helpers/grid';
import { IDS } from './grids';

const HEADER = ['序号', '姓名', '身份证号码', '职业（工种）及等级', '证书类型', '补贴金额'];
const grid = gridOf([
  HEADER,
  [1, '张三', IDS[0], '电工（初级工）', '职业技能等级证书', 1800],
  [2, '李四', IDS[1], '焊工四级', '职业技能等级证书', 2400],
  [3, '王五', IDS[2], '养老护理员', '培训合格证', 1000],
]);

describe('a combined column', () => {
  test('maps to two fields, each reading its part; the cell keeps its text', () => {
    const layout = detectLayout(grid);
    expect(layout.missing).toEqual([]);
    expect(layout.columns.filter((c) => c.col === 4)).toEqual([
      { field: 'occupation', col: 4, header: '职业（工种）及等级', part: 'name' },
      { field: 'level', col: 4, header: '职业（工种）及等级', part: 'level' },
    ]);
    expect(layout.notes).toContainEqual({
      code: 'column.combined',
      col: 4,
      header: '职业（工种）及等级',
      fields: ['occupation', 'level'],
    });
    const t = readTrainees(grid, layout);
    expect(t.map((x) => [x.occupation, x.level])).toEqual([
      ['电工', '初级工'],
      ['焊工', '四级'],
      ['养老护理员', ''],
    ]);
    expect(t[0].cells.occupation?.value).toBe('电工（初级工）');
    expect(t[0].cells.level?.col).toBe(4);
  });

  test('a level column of its own wins the level; the combined column still gives the name part', () => {
    const g = gridOf([
      [...HEADER, '等级'],
      [1, '张三', IDS[0], '电工（初级工）', '职业技能等级证书', 1800, '中级工'],
    ]);
    const layout = detectLayout(g);
    expect(layout.columns.find((c) => c.field === 'level')).toEqual({ field: 'level', col: 7, header: '等级' });
    const [t] = readTrainees(g, layout);
    expect([t.occupation, t.level]).toEqual(['电工', '中级工']);
  });

  test('the user mapping a half to the column it already has keeps the split', () => {
    const layout = detectLayout(grid, { level: 4, occupation: 4, name: 2 });
    expect(layout.columns.filter((c) => c.col === 4).map((c) => c.part)).toEqual(['name', 'level']);
    expect(readTrainees(grid, layout)[1].occupation).toBe('焊工');
  });

  test('mapping the level elsewhere leaves the name part', () => {
    const layout = detectLayout(grid, { level: 0 });
    expect(layout.columns.filter((c) => c.col === 4)).toEqual([
      { field: 'occupation', col: 4, header: '职业（工种）及等级', part: 'name' },
    ]);
    expect(readTrainees(grid, layout)[0].occupation).toBe('电工');
  });
});
