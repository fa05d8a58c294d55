import { detectLayout } from '../../../../src/core/layout/detect';
import { readTrainees } from '../../../../src/core/layout/read';
import { rosterRules } from '../../../../src/core/rules/roster';
import { subtotalMismatch } from '../../../../src/core/rules/roster/subtotal-mismatch';
import type { Grid } from '../../../../src/core/types';
import { makeContext } from '../../../helpers/factory';

const HEAD = ['序号', '姓名', '身份证号码', '培训工种', '证书类型', '培训起止时间', '补贴金额(元)'];
const row = (n: number, amount: number | string) => [
  n,
  `学员${n}`,
  '410102199003071230',
  '电工',
  '培训合格证',
  '2021.03.01-2021.03.20',
  amount,
];

function check(values: (string | number | null)[][]) {
  const g: Grid = {
    originRow: 1,
    originCol: 1,
    values: [['补贴人员花名册', null, null, null, null, null, null], HEAD, ...values],
  };
  const layout = detectLayout(g);
  const ctx = makeContext(readTrainees(g, layout), { grid: g, layout });
  return { layout, findings: rosterRules.flatMap((r) => r.run(ctx)).filter((f) => f.code.startsWith('total.')) };
}

describe('total.subtotal-mismatch', () => {
  it('checks each 小计 against the rows since the previous one; the 合计 against all rows', () => {
    const { layout, findings } = check([
      row(1, 1000),
      row(2, 1000),
      ['小计', null, null, null, null, null, 2000],
      row(3, 1000),
      row(4, 1500),
      ['本页小计', null, null, null, null, null, 2000],
      ['合计', null, null, null, null, null, 4500],
    ]);
    expect(layout.subtotalRows).toEqual([5, 8]);
    expect(findings.map((f) => `${f.code}@${f.row}:${f.col}`)).toEqual(['total.subtotal-mismatch@8:7']);
    expect(findings[0].params).toMatchObject({ total: '2000.00', sum: '2500.00', from: 6, to: 7 });
    expect(
      subtotalMismatch.message(findings[0].params as Parameters<typeof subtotalMismatch.message>[0], 'zh-CN'),
    ).toBe('小计 2000.00 元与第 6–7 行补贴金额之和 2500.00 元不一致（相差 500.00 元）');
  });

  it('clean subtotals give nothing; an empty 小计 amount is not checked; an unreadable one is', () => {
    expect(
      check([
        row(1, 1000),
        ['小计', null, null, null, null, null, 1000],
        row(2, 1000),
        ['小计', null, null, null, null, null, null],
        ['合计', null, null, null, null, null, 2000],
      ]).findings,
    ).toEqual([]);
    const { findings } = check([
      row(1, 1000),
      ['小计', null, null, null, null, null, '一千'],
      row(2, 1000),
      ['合计', null, null, null, null, null, 2000],
    ]);
    expect(findings.map((f) => f.code)).toEqual(['total.subtotal-mismatch']);
    expect(
      subtotalMismatch.message(findings[0].params as Parameters<typeof subtotalMismatch.message>[0], 'en-US'),
    ).toContain('cannot be read');
  });

  it('a single 小计 after the last trainee is the total, not a subtotal', () => {
    const { layout, findings } = check([row(1, 1000), row(2, 1000), ['小计', null, null, null, null, null, 2500]]);
    expect(layout.subtotalRows).toBeUndefined();
    expect(findings.map((f) => f.code)).toEqual(['total.mismatch']);
  });
});
