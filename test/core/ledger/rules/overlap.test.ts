import { buildLedgerIndex, EMPTY_LEDGER } from '../../../../src/core/ledger';
import { checkAgainstLedger } from '../../../../src/core/ledger';
import { makeTrainee, testPolicy } from '../../../helpers/factory';
import { d, makeRecord } from '../make-record';

const run = (start: ReturnType<typeof d>, end: ReturnType<typeof d>) => {
  const ledger = buildLedgerIndex([
    makeRecord({ occupation: '焊工', start: d(2021, 3, 1), end: d(2021, 3, 20), paidOn: d(2021, 5, 10) }),
  ]);
  const t = makeTrainee({ row: 6, occupation: '电工', start, end });
  return checkAgainstLedger([{ source: 'A.xlsx', trainees: [t] }], ledger, testPolicy())
    .get('A.xlsx')!
    .filter((f) => f.code === 'ledger.overlap');
};

describe('ledger.overlap', () => {
  it("a start on the other training's end day overlaps", () => {
    const fs = run(d(2021, 3, 20), d(2021, 4, 5));
    expect(fs).toHaveLength(1);
    expect(fs[0].field).toBe('start');
    expect(fs[0].message).toBe(
      '培训时间 2021-03-20 至 2021-04-05 与此人另一次补贴培训重叠（同一天也算重叠）：补贴台账 台账.xlsx 第 ' +
        `${fs[0].message!.match(/第 (\d+) 行/)![1]} 行（张三，来源：2021第一批.xlsx 第 5 行，培训机构：郑州市某某职业培训学校，培训 2021-03-01 至 2021-03-20，拨付 2021-05-10）`,
    );
  });

  it("an end on the other training's start day overlaps", () => {
    expect(run(d(2021, 2, 10), d(2021, 3, 1))).toHaveLength(1);
  });

  it('the day after the end does not overlap, nor the day before the start', () => {
    expect(run(d(2021, 3, 21), d(2021, 4, 5))).toHaveLength(0);
    expect(run(d(2021, 2, 10), d(2021, 2, 28))).toHaveLength(0);
  });

  it('a period inside another overlaps', () => {
    expect(run(d(2021, 3, 5), d(2021, 3, 6))).toHaveLength(1);
  });

  it('across the year boundary: Dec 31 end and Jan 1 start do not overlap; Dec 31 shared does', () => {
    const ledger = buildLedgerIndex([makeRecord({ start: d(2021, 12, 1), end: d(2021, 12, 31) })]);
    const jan = makeTrainee({ row: 4, occupation: '电工', start: d(2022, 1, 1), end: d(2022, 1, 15) });
    const dec = makeTrainee({ row: 4, occupation: '电工', start: d(2021, 12, 31), end: d(2022, 1, 15) });
    const f = (t: ReturnType<typeof makeTrainee>) =>
      checkAgainstLedger([{ source: 'A', trainees: [t] }], ledger, testPolicy())
        .get('A')!
        .filter((x) => x.code === 'ledger.overlap');
    expect(f(jan)).toHaveLength(0);
    expect(f(dec)).toHaveLength(1);
  });

  it('unknown dates never overlap', () => {
    expect(run(null as never, d(2021, 3, 10))).toHaveLength(0);
  });

  it('catches two rosters of one run in both directions', () => {
    const a = makeTrainee({ row: 5, occupation: '电工', start: d(2021, 6, 1), end: d(2021, 6, 30) });
    const b = makeTrainee({ row: 12, occupation: '焊工', start: d(2021, 6, 30), end: d(2021, 7, 15) });
    const out = checkAgainstLedger(
      [
        { source: 'A.xlsx', trainees: [a], institution: '甲学校' },
        { source: 'B.xlsx', trainees: [b], institution: '乙学校' },
      ],
      EMPTY_LEDGER,
      testPolicy(),
    );
    const fa = out.get('A.xlsx')!,
      fb = out.get('B.xlsx')!;
    expect(fa.map((f) => [f.code, f.row])).toEqual([['ledger.overlap', 5]]);
    expect(fb.map((f) => [f.code, f.row])).toEqual([['ledger.overlap', 12]]);
    expect(fa[0].message).toContain('花名册 B.xlsx 第 12 行（张三，培训机构：乙学校，培训 2021-06-30 至 2021-07-15）');
    expect(fb[0].message).toContain('花名册 A.xlsx 第 5 行（张三，培训机构：甲学校，培训 2021-06-01 至 2021-06-30）');
  });
});
