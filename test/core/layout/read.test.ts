import { detectLayout } from '../../../src/core/layout/detect';
import { readTrainees } from '../../../src/core/layout/read';
import type { CellValue, Grid } from '../../../src/core/types';
import { gridOf } from '../../helpers/grid';
import { IDS, zhengzhouRoster } from './grids';

describe('readTrainees', () => {
  it('reads a title + period-column roster', () => {
    const g = zhengzhouRoster();
    const ts = readTrainees(g, detectLayout(g));
    expect(ts.map((t) => t.row)).toEqual([4, 5, 7, 8]);
    const [a, , c, d] = ts;
    expect(a.name).toBe('张三');
    expect(a.gender).toBe('男');
    expect(a.occupation).toBe('电工');
    expect(a.certType).toBe('职业技能等级证书');
    expect(a.level).toBe('初级工');
    expect(a.start).toEqual({ raw: '2021.03.01', date: { y: 2021, m: 3, d: 1 }, invalid: false });
    expect(a.end.date).toEqual({ y: 2021, m: 3, d: 20 });
    expect(a.hours).toBe(80);
    expect(a.amountFen).toBe(180000);
    expect(a.cells.id).toEqual({ col: 4, value: IDS[0] });
    expect(a.cells.period?.col).toBe(8);
    expect(c.hours).toBe(80);
    expect(c.amountFen).toBe(100000);
    expect(c.level).toBe('');
    // every mapped field has a cell, empty ones too
    expect(c.cells.level).toEqual({ col: 7, value: null });
    expect(d.cells.seq).toEqual({ col: 1, value: null });
    expect(d.name).toBe('赵六');
  });

  it('reads separate start/end columns (serials and text) and passes on texts and formats', () => {
    const values: CellValue[][] = [
      ['姓名', '身份证号码', '工种', '证书类型', '开始时间', '结束时间', '补贴金额', '手机号'],
      ['张三', 4.10102199003071e17, '电工', '培训合格证', 44256, '2021年3月20日', '1000元', 13800138000],
    ];
    const g: Grid = {
      originRow: 1,
      originCol: 1,
      values,
      texts: [
        values[0].map(String),
        ['张三', '4.10102E+17', '电工', '培训合格证', '2021/3/1', '2021年3月20日', '1000元', '13800138000'],
      ],
      formats: [values[0].map(() => 'General'), ['@', '0.00E+00', '@', '@', 'yyyy/m/d', '@', '@', '0']],
    };
    const [t] = readTrainees(g, detectLayout(g));
    expect(t.start).toEqual({ raw: '2021/3/1', date: { y: 2021, m: 3, d: 1 }, invalid: false });
    expect(t.end.date).toEqual({ y: 2021, m: 3, d: 20 });
    expect(t.cells.id).toEqual({ col: 2, value: 4.10102199003071e17, text: '4.10102E+17', format: '0.00E+00' });
    expect(t.phone).toBe('13800138000');
    expect(t.amountFen).toBe(100000);
  });

  it('marks unreadable values without changing what was typed', () => {
    const g = gridOf([
      ['姓名', '身份证号', '工种', '证书类型', '培训时间', '课时', '补贴金额'],
      ['  张三 ', IDS[0], '电工', '培训合格证', '三月份', '八十', '一千'],
      ['李四', IDS[1], '电工', '培训合格证', null, null, null],
    ]);
    const [a, b] = readTrainees(g, detectLayout(g));
    expect(a.name).toBe('张三');
    expect(a.cells.name?.value).toBe('  张三 ');
    expect(a.start).toEqual({ raw: '三月份', date: null, invalid: true });
    expect(a.hours).toBeNaN();
    expect(a.amountFen).toBeNaN();
    expect(b.start.invalid || b.end.invalid).toBe(false);
    expect(b.hours).toBeNull();
    expect(b.amountFen).toBeNull();
  });

  it('reads 100,000 rows', () => {
    const values: CellValue[][] = [
      ['2021年郑州市职业技能培训补贴人员花名册'],
      [
        '序号',
        '姓名',
        '性别',
        '身份证号码',
        '联系电话',
        '职业(工种)',
        '证书类型',
        '等级',
        '培训起止时间',
        '课时',
        '补贴金额',
      ],
    ];
    for (let i = 1; i <= 100000; i++) {
      values.push([
        i,
        `学员${i}`,
        '男',
        IDS[i % 4],
        13800000000 + i,
        '电工',
        '职业技能等级证书',
        '初级工',
        '2021.03.01-2021.03.20',
        80,
        1800,
      ]);
    }
    values.push(['合计', null, null, null, null, null, null, null, null, null, 180000000]);
    const g = gridOf(values);
    const layout = detectLayout(g);
    const ts = readTrainees(g, layout);
    expect(ts).toHaveLength(100000);
    expect(layout.totalRow).toBe(100003);
    expect(ts[99999].row).toBe(100002);
    expect(ts[99999].amountFen).toBe(180000);
    expect(ts[500].end.date).toEqual({ y: 2021, m: 3, d: 20 });
  });
});
