// Vertical merges in the trainee rows: spread to every covered row, findings gathered on the top cell.
import { detectLayout } from '../../../src/core/layout/detect';
import { collapseMerged, spreadMerges } from '../../../src/core/layout/merges';
import { noteText } from '../../../src/core/layout/notes';
import type { Finding, Grid } from '../../../src/core/types';
import { gridOf as grid } from '../../helpers/grid';
import { IDS } from './grids';

/** Header at row 1; 职业 (C) merged over rows 2–5, but row 4 holds a value of its own. */
function roster(): Grid {
  const g = grid([
    ['姓名', '身份证号码', '职业（工种）', '证书类型', '补贴金额', '备注'],
    ['张三', IDS[0], '电工', '培训合格证', 1000, null],
    ['李四', IDS[1], null, '培训合格证', 1000, null],
    ['王五', IDS[2], '焊工', '培训合格证', 1000, null],
    ['赵六', IDS[3], null, '培训合格证', 1000, null],
  ]);
  g.texts = g.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
  g.merges = [
    { row: 2, col: 3, rows: 4, cols: 1 },
    { row: 1, col: 6, rows: 2, cols: 1 },
    { row: 3, col: 5, rows: 1, cols: 2 },
  ];
  return g;
}

describe('spreadMerges', () => {
  test("carries the top value down, keeps a covered cell's own value, never changes the host grid", () => {
    const g = roster();
    const layout = detectLayout(g);
    const { grid: out, blocks, notes } = spreadMerges(g, layout);
    expect(out.values.map((r) => r[2])).toEqual(['职业（工种）', '电工', '电工', '焊工', '电工']);
    expect(out.texts!.map((r) => r[2])).toEqual(['职业（工种）', '电工', '电工', '焊工', '电工']);
    expect(g.values[2][2]).toBeNull();
    expect(blocks).toEqual([{ col: 3, top: 2, bottom: 5, area: 'C2:C5', rows: [2, 3, 5] }]);
    expect(notes.map((n) => noteText(n, 'zh-CN'))).toEqual([
      '合并单元格的值按其覆盖的每一学员行读取：C2:C5',
      '合并单元格 F1:F2 跨越表头与数据行，未按学员行展开',
      '横向合并单元格 E3:F3：只读其最左一列',
      '合并区域内的单元格 C4 另有自己的值，按该值读取',
    ]);
  });

  test('no merges: the grid itself', () => {
    const g = grid([
      ['姓名', '身份证号码', '职业', '证书类型', '补贴金额'],
      ['张三', IDS[0], '电工', '培训合格证', 1000],
    ]);
    expect(spreadMerges(g, detectLayout(g)).grid).toBe(g);
  });
});

describe('collapseMerged', () => {
  const block = { col: 3, top: 2, bottom: 5, area: 'C2:C5', rows: [2, 3, 4, 5] };
  const f = (row: number, col: number, params: Record<string, string> = { v: 'x' }): Finding => ({
    code: 'occ.unknown',
    severity: 'error',
    row,
    col,
    params,
  });

  test('one finding per block and params, on the top row, naming the rows; other cells untouched', () => {
    const out = collapseMerged([f(3, 3), f(5, 3), f(4, 3, { v: 'y' }), f(3, 2)], [block]);
    expect(out).toEqual([
      { ...f(3, 3), row: 2, rows: [3, 5], area: 'C2:C5' },
      { ...f(4, 3, { v: 'y' }), row: 2, rows: [4], area: 'C2:C5' },
      f(3, 2),
    ]);
  });
});
