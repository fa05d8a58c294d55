import { detectLayout } from '../../../../src/core/layout/detect';
import { readTrainees } from '../../../../src/core/layout/read';
import { rosterRules } from '../../../../src/core/rules/roster';
import type { Grid } from '../../../../src/core/types';
import { makeContext } from '../../../helpers/factory';

describe('roster rules over a detected sheet', () => {
  it('exports the five rules (value.unreadable: issue 9; total.subtotal-mismatch: issue 16)', () => {
    expect(rosterRules.map((r) => r.code)).toEqual([
      'field.missing',
      'value.unreadable',
      'dates.invalid',
      'total.mismatch',
      'total.subtotal-mismatch',
    ]);
  });

  it('finds an empty ID, a reversed period and a wrong 合计 in a real-looking sheet', () => {
    const g: Grid = {
      originRow: 1,
      originCol: 1,
      values: [
        ['2021年郑州市职业技能培训补贴人员花名册', null, null, null, null, null, null],
        ['序号', '姓名', '身份证号码', '培训工种', '证书类型', '培训起止时间', '补贴金额(元)'],
        [1, '张三', '410102199003071230', '电工', '培训合格证', '2021.03.01-2021.03.20', 1000],
        [2, '李四', null, '电工', '培训合格证', '2021.03.20-2021.03.01', 1000],
        ['合计', null, null, null, null, null, 3000],
      ],
    };
    const layout = detectLayout(g);
    const trainees = readTrainees(g, layout);
    const ctx = makeContext(trainees, { grid: g, layout });
    const found = rosterRules.flatMap((r) => r.run(ctx)).map((f) => `${f.code}@${f.row}:${f.col}`);
    expect(found).toEqual(['field.missing@4:3', 'dates.invalid@4:6', 'total.mismatch@5:7']);
  });
});
