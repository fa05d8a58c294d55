import { buildLedgerIndex } from '../../../../src/core/ledger';
import { checkAgainstLedger } from '../../../../src/core/ledger';
import { makeTrainee, testPolicy } from '../../../helpers/factory';
import { d, makeRecord } from '../make-record';

const CODE = 'ledger.same-occupation-level';

function check(rec: Parameters<typeof makeRecord>[0], t: Parameters<typeof makeTrainee>[0], policy = testPolicy()) {
  const ledger = buildLedgerIndex([makeRecord({ start: d(2020, 3, 1), end: d(2020, 3, 20), ...rec })]);
  const trainee = makeTrainee({ row: 8, start: d(2021, 5, 1), end: d(2021, 5, 20), ...t });
  return checkAgainstLedger([{ source: 'A.xlsx', trainees: [trainee] }], ledger, policy)
    .get('A.xlsx')!
    .filter((f) => f.code === CODE);
}

describe('ledger.same-occupation-level', () => {
  it('flags the same occupation and level, whatever the spelling', () => {
    const fs = check({ occupation: '电工（ 初级）', level: '五级' }, { occupation: '电工(初级)', level: '初级工' });
    expect(fs).toHaveLength(1);
    expect(fs[0].field).toBe('occupation');
    expect(fs[0].message).toContain('「电工(初级) 五级/初级工」');
    expect(fs[0].message).toContain('2020-03-01 至 2020-03-20');
  });

  it('treats the qualification and the skill-level certificate of one grade as one level', () => {
    expect(
      check(
        { occupation: '电工', level: '初级工', certType: '国家职业资格证书' },
        { occupation: '电工', level: '五级', certType: '技能等级证' },
      ),
    ).toHaveLength(1);
  });

  it('passes a higher level of the same occupation and another occupation at the same level', () => {
    expect(check({ occupation: '电工', level: '初级工' }, { occupation: '电工', level: '中级工' })).toHaveLength(0);
    expect(check({ occupation: '焊工', level: '初级工' }, { occupation: '电工', level: '初级工' })).toHaveLength(0);
  });

  it('compares certificate types without levels by type', () => {
    expect(
      check(
        { occupation: '电工', level: '', certType: '特种作业操作证' },
        { occupation: '电工', level: '/', certType: '特种作业操作证书' },
      ),
    ).toHaveLength(1);
    expect(
      check(
        { occupation: '电工', level: '', certType: '培训合格证' },
        { occupation: '电工', level: '', certType: '特种作业操作证书' },
      ),
    ).toHaveLength(0);
  });

  it('is off when policy.limits.sameOccupationLevel is false', () => {
    expect(
      check({ occupation: '电工' }, { occupation: '电工' }, testPolicy({ limits: { sameOccupationLevel: false } })),
    ).toHaveLength(0);
  });

  it('says so in English', () => {
    const ledger = buildLedgerIndex([makeRecord({ occupation: '电工', start: d(2020, 3, 1), end: d(2020, 3, 20) })]);
    const t = makeTrainee({ row: 8, occupation: '电工', start: d(2021, 5, 1), end: d(2021, 5, 20) });
    const fs = checkAgainstLedger([{ source: 'A.xlsx', trainees: [t] }], ledger, testPolicy(), { locale: 'en-US' }).get(
      'A.xlsx',
    )!;
    expect(fs.find((f) => f.code === CODE)!.message).toContain('already subsidised for "电工 level 5 (junior)"');
  });
});
