import { buildLedgerIndex } from '../../../../src/core/ledger';
import { checkAgainstLedger } from '../../../../src/core/ledger';
import { makeTrainee, testPolicy } from '../../../helpers/factory';
import { d, makeRecord } from '../make-record';

const CODE = 'ledger.lower-level';
const on = testPolicy({ limits: { lowerLevelAfterHigher: true } });

function check(rec: Parameters<typeof makeRecord>[0], t: Parameters<typeof makeTrainee>[0], policy = on) {
  const ledger = buildLedgerIndex([makeRecord({ start: d(2020, 3, 1), end: d(2020, 3, 20), ...rec })]);
  const trainee = makeTrainee({ row: 8, start: d(2021, 5, 1), end: d(2021, 5, 20), ...t });
  return checkAgainstLedger([{ source: 'A.xlsx', trainees: [trainee] }], ledger, policy)
    .get('A.xlsx')!
    .filter((f) => f.code === CODE);
}

describe('ledger.lower-level', () => {
  it('flags 初级 after 中级 of the same occupation was paid, on the level cell', () => {
    const fs = check({ occupation: '电工', level: '四级' }, { occupation: '电工', level: '初级工' });
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', row: 8, field: 'level' });
    expect(fs[0].message).toContain(
      '此人已享受过「电工」四级/中级工的培训补贴，不得再申领较低等级（五级/初级工）的补贴',
    );
    expect(fs[0].message).toContain('2020-03-01 至 2020-03-20');
  });

  it('passes a higher level, another occupation, types without levels, and is off by default', () => {
    expect(check({ occupation: '电工', level: '初级工' }, { occupation: '电工', level: '中级工' })).toHaveLength(0);
    expect(check({ occupation: '焊工', level: '中级工' }, { occupation: '电工', level: '初级工' })).toHaveLength(0);
    expect(
      check(
        { occupation: '电工', level: '', certType: '培训合格证' },
        { occupation: '电工', level: '', certType: '培训合格证' },
      ),
    ).toHaveLength(0);
    expect(
      check({ occupation: '电工', level: '四级' }, { occupation: '电工', level: '初级工' }, testPolicy()),
    ).toHaveLength(0);
  });

  it('counts only paid records, not another roster of the same run', () => {
    const a = makeTrainee({ row: 5, occupation: '电工', level: '中级工', start: d(2021, 1, 1), end: d(2021, 1, 20) });
    const b = makeTrainee({ row: 9, occupation: '电工', level: '初级工', start: d(2021, 5, 1), end: d(2021, 5, 20) });
    const out = checkAgainstLedger(
      [
        { source: 'A.xlsx', trainees: [a] },
        { source: 'B.xlsx', trainees: [b] },
      ],
      buildLedgerIndex([]),
      on,
    );
    expect(out.get('B.xlsx')!.filter((f) => f.code === CODE)).toHaveLength(0);
  });

  it('speaks English', () => {
    const ledger = buildLedgerIndex([makeRecord({ occupation: '电工', level: '三级' })]);
    const t = makeTrainee({ row: 8, occupation: '电工', level: '初级工', start: d(2022, 5, 1), end: d(2022, 5, 20) });
    const fs = checkAgainstLedger([{ source: 'A.xlsx', trainees: [t] }], ledger, on, { locale: 'en-US' })
      .get('A.xlsx')!
      .filter((f) => f.code === CODE);
    expect(fs[0].message).toMatch(
      /^This person was already subsidised for "电工" at .*a lower level \(.*\) cannot be claimed/,
    );
  });
});
