import { buildLedgerIndex } from '../../../../src/core/ledger';
import { checkAgainstLedger } from '../../../../src/core/ledger';
import { makeTrainee, testPolicy } from '../../../helpers/factory';
import { d, makeRecord } from '../make-record';

// three different occupations so only the count rule can fire
const OCC = ['焊工', '养老护理员', '中式烹调师', '育婴员'];

function ledgerOf(n: number, year = 2021) {
  return buildLedgerIndex(
    OCC.slice(0, n).map((occupation, i) =>
      makeRecord({ occupation, start: d(year, 2 + i * 2, 1), end: d(year, 2 + i * 2, 10) }),
    ),
  );
}

const claim = () => makeTrainee({ row: 7, occupation: '电工', start: d(2021, 11, 1), end: d(2021, 11, 20) });
const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

describe('ledger.annual-limit', () => {
  it('passes a third subsidy in the year (two in the ledger)', () => {
    const out = checkAgainstLedger([{ source: 'A.xlsx', trainees: [claim()] }], ledgerOf(2), testPolicy());
    expect(out.get('A.xlsx')).toEqual([]);
  });

  it('fails a fourth subsidy in the year (three in the ledger), naming the ledger rows', () => {
    const out = checkAgainstLedger([{ source: 'A.xlsx', trainees: [claim()] }], ledgerOf(3), testPolicy());
    const fs = out.get('A.xlsx')!;
    expect(codes(fs)).toEqual(['ledger.annual-limit']);
    expect(fs[0].row).toBe(7);
    expect(fs[0].params).toMatchObject({ year: 2021, count: 4, limit: 3, others: 3 });
    expect(fs[0].message).toContain('2021 年已享受培训补贴 3 次');
    expect(fs[0].message).toContain('补贴台账 台账.xlsx 第');
    expect(fs[0].message).toContain('郑州市某某职业培训学校');
    expect(fs[0].message).toContain('2021-02-01 至 2021-02-10');
  });

  it('counts by the training end date: Dec 31 and Jan 1 are different years', () => {
    const ledger = buildLedgerIndex([
      makeRecord({ occupation: '焊工', start: d(2021, 3, 1), end: d(2021, 3, 10) }),
      makeRecord({ occupation: '养老护理员', start: d(2021, 6, 1), end: d(2021, 6, 10) }),
      makeRecord({ occupation: '育婴员', start: d(2021, 12, 1), end: d(2021, 12, 10) }),
    ]);
    // ends on Jan 1: the first of 2022 (its start in 2021 does not count)
    const jan1 = makeTrainee({ row: 4, occupation: '电工', start: d(2021, 12, 20), end: d(2022, 1, 1) });
    expect(checkAgainstLedger([{ source: 'A.xlsx', trainees: [jan1] }], ledger, testPolicy()).get('A.xlsx')).toEqual(
      [],
    );
    // ends on Dec 31: the fourth of 2021
    const dec31 = makeTrainee({ row: 4, occupation: '电工', start: d(2021, 12, 20), end: d(2021, 12, 31) });
    const fs = checkAgainstLedger([{ source: 'A.xlsx', trainees: [dec31] }], ledger, testPolicy()).get('A.xlsx')!;
    expect(codes(fs)).toContain('ledger.annual-limit');
  });

  it('counts the other rosters of the run, and flags both rosters', () => {
    const a = makeTrainee({ row: 5, occupation: '电工', start: d(2021, 9, 1), end: d(2021, 9, 10) });
    const b = makeTrainee({ row: 9, occupation: '育婴员', start: d(2021, 10, 1), end: d(2021, 10, 10) });
    const out = checkAgainstLedger(
      [
        { source: 'A.xlsx', trainees: [a] },
        { source: 'B.xlsx', trainees: [b] },
      ],
      ledgerOf(2),
      testPolicy(),
    );
    const fa = out.get('A.xlsx')!,
      fb = out.get('B.xlsx')!;
    expect(codes(fa)).toEqual(['ledger.annual-limit']);
    expect(codes(fb)).toEqual(['ledger.annual-limit']);
    expect(fa[0].message).toContain('花名册 B.xlsx 第 9 行');
    expect(fb[0].message).toContain('花名册 A.xlsx 第 5 行');
  });

  it('follows policy.limits.perYear', () => {
    const out = checkAgainstLedger(
      [{ source: 'A.xlsx', trainees: [claim()] }],
      ledgerOf(1),
      testPolicy({ limits: { perYear: 1 } }),
    );
    expect(codes(out.get('A.xlsx')!)).toEqual(['ledger.annual-limit']);
  });

  it('checks the lifetime total when policy.limits.lifetime is set', () => {
    const ledger = buildLedgerIndex([
      makeRecord({ occupation: '焊工', start: d(2019, 3, 1), end: d(2019, 3, 10) }),
      makeRecord({ occupation: '养老护理员', start: d(2020, 6, 1), end: d(2020, 6, 10) }),
      makeRecord({ occupation: '育婴员', start: d(2020, 12, 1), end: d(2020, 12, 31) }),
    ]);
    const policy = testPolicy({ limits: { lifetime: 3 } });
    const fs = checkAgainstLedger([{ source: 'A.xlsx', trainees: [claim()] }], ledger, policy).get('A.xlsx')!;
    expect(fs.map((f) => f.params.window)).toEqual(['lifetime']);
    expect(fs[0].message).toContain('超过累计 3 次的上限');
    const ok = checkAgainstLedger(
      [{ source: 'A.xlsx', trainees: [claim()] }],
      ledger,
      testPolicy({ limits: { lifetime: 4 } }),
    );
    expect(ok.get('A.xlsx')).toEqual([]);
  });

  it('gives English messages', () => {
    const out = checkAgainstLedger([{ source: 'A.xlsx', trainees: [claim()] }], ledgerOf(3), testPolicy(), {
      locale: 'en-US',
    });
    expect(out.get('A.xlsx')![0].message).toMatch(
      /number 4 that year, over the limit of 3 a year .* ledger 台账\.xlsx row/,
    );
  });
});
