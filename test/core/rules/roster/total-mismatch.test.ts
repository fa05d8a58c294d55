import { totalMismatch } from '../../../../src/core/rules/roster/total-mismatch';
import type { CellValue, Grid } from '../../../../src/core/types';
import { colOf, makeContext, makeTrainee } from '../../../helpers/factory';

/** A grid with the total cell at (row, amount column); nothing else matters to the rule. */
function gridWithTotal(row: number, total: CellValue): Grid {
  const values: CellValue[][] = [];
  for (let r = 1; r <= row; r++) values.push([]);
  values[row - 1][colOf('amount') - 1] = total;
  return { originRow: 1, originCol: 1, values };
}

const trainees = () => [
  makeTrainee({ row: 4, amount: 1500 }),
  makeTrainee({ row: 5, amount: 1800.5 }),
  makeTrainee({ row: 6, amount: 1000 }),
];

describe('total.mismatch', () => {
  it('finds nothing when the total adds up (numbers or text)', () => {
    expect(
      totalMismatch.run(makeContext(trainees(), { grid: gridWithTotal(7, 4300.5), layout: { totalRow: 7 } })),
    ).toEqual([]);
    expect(
      totalMismatch.run(makeContext(trainees(), { grid: gridWithTotal(7, '4,300.50元'), layout: { totalRow: 7 } })),
    ).toEqual([]);
  });

  it('flags a wrong total on the total row amount cell, with both sums in yuan', () => {
    const fs = totalMismatch.run(makeContext(trainees(), { grid: gridWithTotal(7, 4800), layout: { totalRow: 7 } }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      code: 'total.mismatch',
      severity: 'error',
      row: 7,
      col: colOf('amount'),
      field: 'amount',
    });
    expect(totalMismatch.message(fs[0].params, 'zh-CN')).toBe(
      '合计金额 4800.00 元与各行补贴金额之和 4300.50 元不一致（相差 499.50 元）',
    );
    expect(totalMismatch.message(fs[0].params, 'en-US')).toBe(
      'The total 4800.00 yuan differs from the sum of the rows, 4300.50 yuan (difference 499.50 yuan)',
    );
  });

  it('gives no finding without a total row or an amount in it', () => {
    expect(totalMismatch.run(makeContext(trainees(), { grid: gridWithTotal(7, 9999) }))).toEqual([]);
    expect(
      totalMismatch.run(makeContext(trainees(), { grid: gridWithTotal(7, null), layout: { totalRow: 7 } })),
    ).toEqual([]);
    expect(
      totalMismatch.run(
        makeContext(trainees(), { grid: gridWithTotal(7, 4800), layout: { totalRow: 7, columns: [] } }),
      ),
    ).toEqual([]);
  });

  it('flags a total that cannot be read', () => {
    const [f] = totalMismatch.run(
      makeContext(trainees(), { grid: gridWithTotal(7, '肆仟叁佰元'), layout: { totalRow: 7 } }),
    );
    expect(totalMismatch.message(f.params, 'zh-CN')).toBe(
      '合计行金额“肆仟叁佰元”无法识别，无法与各行之和 4300.50 元核对',
    );
  });

  it('respects the grid origin', () => {
    const g = gridWithTotal(5, 4800);
    g.originRow = 3;
    expect(totalMismatch.run(makeContext(trainees(), { grid: g, layout: { totalRow: 7 } }))).toHaveLength(1);
  });
});
