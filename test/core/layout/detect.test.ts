import { detectLayout } from '../../../src/core/layout/detect';
import type { Field, RosterLayout } from '../../../src/core/types';
import { gridOf } from '../../helpers/grid';
import { IDS, zhengzhouRoster } from './grids';
import { noteText } from '../../../src/core/layout/notes';

/** The layout's notes as the Chinese report words them. */
const notesOf = (l: RosterLayout): string[] => l.notes.map((n) => noteText(n, 'zh-CN'));

function colOf(layout: RosterLayout, f: Field): number | undefined {
  return layout.columns.find((c) => c.field === f)?.col;
}

describe('detectLayout: title, institution line, header at row 3', () => {
  const layout = detectLayout(zhengzhouRoster());
  it('skips the title and institution lines', () => {
    expect(layout.headerRows).toEqual([3]);
    expect(layout.firstDataRow).toBe(4);
  });
  it('maps the columns by their spellings', () => {
    expect(colOf(layout, 'seq')).toBe(1);
    expect(colOf(layout, 'name')).toBe(2);
    expect(colOf(layout, 'gender')).toBe(3);
    expect(colOf(layout, 'id')).toBe(4);
    expect(colOf(layout, 'occupation')).toBe(5);
    expect(colOf(layout, 'certType')).toBe(6);
    expect(colOf(layout, 'level')).toBe(7);
    expect(colOf(layout, 'period')).toBe(8);
    expect(colOf(layout, 'hours')).toBe(9);
    expect(colOf(layout, 'amount')).toBe(10);
    expect(colOf(layout, 'start')).toBeUndefined();
    expect(layout.columns.find((c) => c.field === 'amount')?.header).toBe('补贴标准（元）');
    expect(layout.missing).toEqual([]);
  });
  it('reads trainees, skipping the blank line, and stops at 合计 and the footer', () => {
    expect(layout.dataRows).toEqual([4, 5, 7, 8]);
    expect(layout.lastDataRow).toBe(8);
    expect(layout.totalRow).toBe(9);
    expect(notesOf(layout)).toContain('跳过空行 6');
    expect(notesOf(layout)).toContain('第 9 行为合计行');
  });
});

describe('detectLayout: two-row header', () => {
  const g = gridOf([
    ['某培训学校职业技能培训补贴花名册', null, null, null, null, null, null, null],
    ['序号', '姓 名', '公民身份号码', '培训工种', '证书名称', '培训时间', null, '补贴金额(元)'],
    [null, null, null, null, null, '开始', '结束', null],
    [1, '张三', IDS[0], '电工', '培训合格证', '2021/3/1', '2021/3/20', 1000],
    [2, '李四', IDS[1], '电工', '培训合格证', 44256, 44275, 1000],
  ]);
  const layout = detectLayout(g);
  it('merges 开始/结束 under the merged 培训时间', () => {
    expect(layout.headerRows).toEqual([2, 3]);
    expect(layout.firstDataRow).toBe(4);
    expect(colOf(layout, 'start')).toBe(6);
    expect(colOf(layout, 'end')).toBe(7);
    expect(colOf(layout, 'period')).toBeUndefined();
    expect(layout.columns.find((c) => c.field === 'end')?.header).toBe('培训时间/结束');
    expect(layout.dataRows).toEqual([4, 5]);
  });
  it('reads sub-columns with their merged parent (证书 over 名称 / 编号)', () => {
    const l = detectLayout(
      gridOf([
        ['序号', '姓名', '身份证号码', '工种', '证书', null, '补贴', null],
        [null, null, null, null, '名称', '编号', '标准', '金额'],
        [1, '张三', IDS[0], '电工', '培训合格证', 'A001', 1000, 1000],
      ]),
    );
    expect(l.headerRows).toEqual([1, 2]);
    expect(colOf(l, 'certType')).toBe(5);
    expect(colOf(l, 'certNo')).toBe(6);
    expect(colOf(l, 'amount')).toBe(8);
    expect(colOf(l, 'seq')).toBe(1);
    expect(l.dataRows).toEqual([3]);
  });
  it('does not take the first trainee for a sub-header', () => {
    const one = detectLayout(
      gridOf([
        ['序号', '姓名', '身份证号', '工种', '证书类型', '培训时间', '金额'],
        [1, '张三', IDS[0], '电工', '培训合格证', '2021.3.1-2021.3.20', 1000],
      ]),
    );
    expect(one.headerRows).toEqual([1]);
    expect(colOf(one, 'period')).toBe(6);
    expect(one.dataRows).toEqual([2]);
  });
});

describe('detectLayout: header spellings', () => {
  it('ignores full-width brackets, line breaks, spaces and units', () => {
    const layout = detectLayout(
      gridOf([
        [
          '序\n号',
          '姓　名',
          '身份证\n号码',
          '联系\r\n电话',
          '职业(工种)',
          '目录类别',
          '证书\n类型',
          '技能等级',
          '证书编号',
          '培训开始日期',
          '培训结束日期',
          '培训学时',
          '人员类别',
          '申请补贴标准(元)',
          '备 注',
        ],
      ]),
    );
    const got = Object.fromEntries(layout.columns.map((c) => [c.field, c.col]));
    expect(got).toEqual({
      seq: 1,
      name: 2,
      id: 3,
      phone: 4,
      occupation: 5,
      category: 6,
      certType: 7,
      level: 8,
      certNo: 9,
      start: 10,
      end: 11,
      hours: 12,
      personType: 13,
      amount: 14,
      remark: 15,
    });
  });
  it('tells 类别 from 人员类别, 证书编号 from 证书类型, and prefers 补贴金额 over 补贴标准', () => {
    const layout = detectLayout(
      gridOf([
        [
          '姓名',
          '证件号码',
          '工种',
          '类别',
          '人员类别',
          '证书编号',
          '取证类型',
          '证书等级',
          '补贴标准(元)',
          '补贴金额（元）',
          '开班时间',
          '结业时间',
          '民族',
        ],
      ]),
    );
    expect(colOf(layout, 'category')).toBe(4);
    expect(colOf(layout, 'personType')).toBe(5);
    expect(colOf(layout, 'certNo')).toBe(6);
    expect(colOf(layout, 'certType')).toBe(7);
    expect(colOf(layout, 'level')).toBe(8);
    expect(colOf(layout, 'amount')).toBe(10);
    expect(colOf(layout, 'start')).toBe(11);
    expect(colOf(layout, 'end')).toBe(12);
    expect(notesOf(layout).some((n) => n.includes('未识别的列') && n.includes('民族'))).toBe(true);
  });
  it('reads a header at row 1 without a title, in a grid with an origin offset', () => {
    const layout = detectLayout(
      gridOf(
        [
          ['姓名', '身份证号', '职业名称', '证书类型', '补贴金额'],
          ['张三', IDS[0], '电工', '培训合格证', 1000],
        ],
        { originRow: 5, originCol: 3 },
      ),
    );
    expect(layout.headerRows).toEqual([5]);
    expect(colOf(layout, 'name')).toBe(3);
    expect(colOf(layout, 'amount')).toBe(7);
    expect(layout.dataRows).toEqual([6]);
  });
});

describe('detectLayout: printed pages', () => {
  const header = ['序号', '姓名', '身份证号码', '工种', '证书类型', '补贴金额'];
  const row = (i: number) => [i, `学员${i}`, IDS[i % 4], '电工', '培训合格证', 1000];
  const g = gridOf([
    ['花名册', null, null, null, null, null],
    header,
    row(1),
    row(2),
    [null, null, null, null, null, null],
    ['', '  ', null, null, null, null],
    ['某培训学校补贴人员花名册（续）', null, null, null, null, null],
    header,
    row(3),
    [4, null, null, null, null, null],
    ['小计', null, null, null, null, 3000],
    row(5),
    [null, '赵六', IDS[0], '电工', '培训合格证', 1000],
    ['合 计', null, null, null, null, 5000],
    ['注：本表一式三份', null, null, null, null, null],
  ]);
  const layout = detectLayout(g);
  it('skips blank lines, repeated headers, title lines and 小计, keeps rows without 序号', () => {
    expect(layout.dataRows).toEqual([3, 4, 9, 12, 13]);
    expect(layout.totalRow).toBe(14);
    expect(notesOf(layout)).toEqual(
      expect.arrayContaining([
        '跳过空行 5–6, 10',
        '跳过重复的表头行 8',
        '跳过标题/页码/栏次行 7',
        '跳过小计行 11',
        '第 14 行为合计行',
      ]),
    );
  });
  it('stops at a signature footer even without a 合计 row', () => {
    const l = detectLayout(gridOf([header, row(1), ['制表人：', null, '审核人：', null, null, null], row(2)]));
    expect(l.dataRows).toEqual([2]);
    expect(l.totalRow).toBeUndefined();
    expect(notesOf(l).some((n) => n.startsWith('第 3 行起为落款'))).toBe(true);
  });
  it('takes a lone 小计 after the last trainee for the total', () => {
    const l = detectLayout(gridOf([header, row(1), row(2), ['小计', null, null, null, null, 2000]]));
    expect(l.totalRow).toBe(4);
    expect(l.dataRows).toEqual([2, 3]);
  });
  it('skips a 栏次 row (1, 2, 3 …) or a units row right under the header', () => {
    const ord = detectLayout(gridOf([header, [1, 2, 3, 4, 5, 6], row(1)]));
    expect(ord.dataRows).toEqual([3]);
    expect(notesOf(ord)).toContain('跳过标题/页码/栏次行 2');
    const units = detectLayout(gridOf([header, [null, null, null, null, null, '（元）'], row(1)]));
    expect(units.dataRows).toEqual([3]);
    // a trainee right under the header is never taken for either
    expect(detectLayout(gridOf([header, row(1)])).dataRows).toEqual([2]);
  });
  it('does not note trailing blank lines', () => {
    const l = detectLayout(gridOf([header, row(1), [null], [null], [null]]));
    expect(l.dataRows).toEqual([2]);
    expect(notesOf(l).some((n) => n.includes('空行'))).toBe(false);
  });
});

describe('detectLayout: missing columns and the override', () => {
  const g = gridOf([
    ['序号', '姓名', '工种', '证书类型', '补贴金额', '号码'],
    [1, '张三', '电工', '培训合格证', 1000, IDS[0]],
  ]);
  it('lists a missing ID column', () => {
    const layout = detectLayout(g);
    expect(layout.missing).toEqual(['id']);
  });
  it('the override fixes it', () => {
    const layout = detectLayout(g, { id: 6 });
    expect(layout.missing).toEqual([]);
    expect(layout.columns.find((c) => c.field === 'id')).toEqual({ field: 'id', col: 6, header: '号码' });
    expect(layout.dataRows).toEqual([2]);
  });
  it('0 unmaps a field, and an overridden column is taken from the detected field', () => {
    const layout = detectLayout(g, { occupation: 0, amount: 3 });
    expect(colOf(layout, 'occupation')).toBeUndefined();
    expect(colOf(layout, 'amount')).toBe(3);
    expect(layout.missing).toEqual(['id', 'occupation']);
  });
  it('a period column stands in for start/end and nothing is missing in a full roster', () => {
    const layout = detectLayout(gridOf([['姓名', '身份证号', '工种', '证书类型', '补贴金额', '培训起止时间']]));
    expect(layout.missing).toEqual([]);
    expect(layout.dataRows).toEqual([]);
    expect(layout.lastDataRow).toBe(1);
  });
  it('reports no header in a sheet that has none', () => {
    const layout = detectLayout(
      gridOf([
        ['hello', 'world'],
        [1, 2],
      ]),
    );
    expect(layout.headerRows).toEqual([]);
    expect(layout.dataRows).toEqual([]);
    expect(layout.missing).toEqual(['name', 'id', 'occupation', 'certType', 'amount']);
    expect(notesOf(layout)[0]).toContain('未找到表头');
  });
});
