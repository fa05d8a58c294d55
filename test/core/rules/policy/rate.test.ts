import { getBuiltinPolicy } from '../../../../src/core/policy/profiles';
import { rateMismatch } from '../../../../src/core/rules/policy/rate-mismatch';
import { rateNoRule } from '../../../../src/core/rules/policy/rate-no-rule';
import type { Trainee } from '../../../../src/core/types';
import { colOf, makeContext, makeTrainee, testCatalog, testPolicy } from '../../../helpers/factory';

type Opts = Parameters<typeof makeContext>[1];
const mismatch = (ts: Trainee[], opts?: Opts) => rateMismatch.run(makeContext(ts, opts));
const noRule = (ts: Trainee[], opts?: Opts) => rateNoRule.run(makeContext(ts, opts));

describe('rate.mismatch: uplift by category', () => {
  it('accepts A 1800, B 1650, C 1500 for 初级工', () => {
    const ts = [
      makeTrainee({ occupation: '电工', amount: 1800 }),
      makeTrainee({ occupation: '焊工', amount: 1650 }),
      makeTrainee({ occupation: '中式烹调师', amount: 1500 }),
    ];
    expect(mismatch(ts)).toEqual([]);
  });

  it('flags a missing uplift (A claimed at 1500)', () => {
    const [f, ...rest] = mismatch([makeTrainee({ row: 7, occupation: '电工', amount: 1500 })]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'rate.mismatch',
      severity: 'error',
      row: 7,
      col: colOf('amount'),
      field: 'amount',
    });
    expect(f.params).toMatchObject({ variant: 'no-uplift', diff: '300', direction: 'under' });
    expect(rateMismatch.message(f.params, 'zh-CN')).toBe(
      '补贴金额1500元未按目录类别上浮20%：应为1500 × 1.2 (A类上浮20%) = 1800元，少报300元',
    );
    expect(rateMismatch.message(f.params, 'en-US')).toBe(
      'Amount 1500 yuan leaves out the +20% category uplift: 1500 × 1.2 (category A +20%) = 1800 yuan (300 yuan under)',
    );
  });

  it('flags an over-claim with the computation', () => {
    const [f] = mismatch([makeTrainee({ occupation: '中式烹调师', amount: 1800 })]);
    expect(f.params).toMatchObject({ variant: 'fixed', direction: 'over', diff: '300' });
    expect(rateMismatch.message(f.params, 'zh-CN')).toBe(
      '补贴金额1800元与标准不符：应为1500元（C类不上浮），多报300元',
    );
  });

  it('uses the catalog category, not the declared one', () => {
    expect(mismatch([makeTrainee({ occupation: '焊工', category: 'A', amount: 1800 })])).toHaveLength(1);
    expect(mismatch([makeTrainee({ occupation: '焊工', category: 'A', amount: 1650 })])).toEqual([]);
  });
});

describe('rate.mismatch: 培训合格证', () => {
  const cert = { certType: '培训合格证', level: '', occupation: '电工' };

  it('calls out the old 700 rate', () => {
    const [f] = mismatch([makeTrainee({ ...cert, amount: 700 })]);
    expect(f.params).toMatchObject({ variant: 'former', diff: '300', expected: '1000' });
    expect(rateMismatch.message(f.params, 'zh-CN')).toBe('补贴金额700元是已废止的旧标准，现行标准为1000元，少报300元');
  });

  it('calls out the former rate a profile declares', () => {
    const [f] = mismatch([makeTrainee({ ...cert, amount: 700 })], { policy: getBuiltinPolicy('zhengzhou-2021') });
    expect(f.params.variant).toBe('former');
  });

  it('accepts 1000 even for an unknown occupation (no uplift on this rate)', () => {
    expect(
      mismatch([makeTrainee({ ...cert, amount: 1000 }), makeTrainee({ ...cert, occupation: '飞行员', amount: 1000 })]),
    ).toEqual([]);
    expect(mismatch([makeTrainee({ ...cert, occupation: '飞行员', amount: 900 })])).toHaveLength(1);
  });

  it('picks a personType rate from 人员类别 (Zhengzhou 脱产 1200)', () => {
    const policy = getBuiltinPolicy('zhengzhou-2021');
    expect(mismatch([makeTrainee({ ...cert, personType: '企业职工（脱产）', amount: 1200 })], { policy })).toEqual([]);
    expect(mismatch([makeTrainee({ ...cert, personType: '企业职工', amount: 1200 })], { policy })).toHaveLength(1);
  });
});

describe('rate.mismatch: ranges and per-month amounts', () => {
  const policy = testPolicy({
    rates: [
      { certType: '专项职业能力证书', amount: { kind: 'range', min: 550, max: 1400 } },
      { certType: '培训合格证', personType: '以工代训', amount: { kind: 'perMonth', yuan: 500 } },
    ],
  });
  const special = { certType: '专项职业能力证书', level: '', occupation: '焊工' };

  it('accepts amounts inside the range, bounds included', () => {
    expect(
      mismatch(
        [550, 900, 1400].map((amount) => makeTrainee({ ...special, amount })),
        { policy },
      ),
    ).toEqual([]);
  });

  it('flags amounts outside the range', () => {
    const fs = mismatch([makeTrainee({ ...special, amount: 1500 }), makeTrainee({ ...special, amount: 500 })], {
      policy,
    });
    expect(fs.map((f) => [f.params.direction, f.params.diff])).toEqual([
      ['over', '100'],
      ['under', '50'],
    ]);
    expect(rateMismatch.message(fs[0].params, 'zh-CN')).toBe('补贴金额1500元超出标准范围550–1400元，多报100元');
  });

  const monthly = { certType: '培训合格证', level: '', occupation: '电工', personType: '以工代训' };

  it('accepts whole months within the training period', () => {
    const t = makeTrainee({ ...monthly, amount: 1000, start: { y: 2021, m: 3, d: 1 }, end: { y: 2021, m: 4, d: 30 } });
    expect(mismatch([t], { policy })).toEqual([]);
  });

  it('flags a non-multiple and more months than the training spans', () => {
    const a = makeTrainee({ ...monthly, amount: 750 });
    const b = makeTrainee({ ...monthly, amount: 1500, start: { y: 2021, m: 3, d: 1 }, end: { y: 2021, m: 4, d: 30 } });
    const [fa, fb] = mismatch([a, b], { policy });
    expect(fa.params.variant).toBe('month-multiple');
    expect(rateMismatch.message(fa.params, 'zh-CN')).toBe('补贴金额750元不是每月500元的整月倍数');
    expect(fb.params).toMatchObject({ variant: 'month-span', months: 3, span: 2, diff: '500' });
  });
});

describe('rate.mismatch: skips', () => {
  it('skips unknown occupations when the rate depends on the category', () => {
    expect(mismatch([makeTrainee({ occupation: '飞行员', amount: 1 })])).toEqual([]);
    expect(mismatch([makeTrainee({ occupation: '', amount: 1 })])).toEqual([]);
  });

  it('skips unknown certificates, invalid levels, empty or unreadable amounts, and no-rule combinations', () => {
    const ts = [
      makeTrainee({ certType: '结业证', amount: 1 }),
      makeTrainee({ level: '六级', amount: 1 }),
      makeTrainee({ level: '', amount: 1 }),
      makeTrainee({ amount: null }),
      makeTrainee({ amount: Number.NaN }),
      makeTrainee({ level: '技师', amount: 1 }),
    ];
    expect(mismatch(ts)).toEqual([]);
  });
});

describe('rate.no-rule', () => {
  it('warns when the policy has no rate for the combination', () => {
    const ts = [makeTrainee({ row: 9, level: '技师' }), makeTrainee({ certType: '特种作业操作证书', level: '' })];
    const fs = noRule(ts);
    expect(fs).toHaveLength(2);
    expect(fs[0]).toMatchObject({
      code: 'rate.no-rule',
      severity: 'warning',
      row: 9,
      field: 'certType',
      params: { level: 2, category: 'A' },
    });
    expect(rateNoRule.message(fs[0].params, 'zh-CN')).toBe(
      '政策“test”未规定职业技能等级证书（二级/技师）、A类职业的补贴标准，无法核对金额',
    );
    expect(rateNoRule.message(fs[1].params, 'en-US')).toBe(
      'Policy "test" sets no rate for special operations certificate, category A: the amount cannot be checked',
    );
  });

  it('warns for an unknown occupation only when no category has a rate', () => {
    const policy = testPolicy({
      rates: [{ certType: '职业技能等级证书', level: 5, category: 'A', amount: { kind: 'fixed', yuan: 1200 } }],
    });
    expect(noRule([makeTrainee({ occupation: '飞行员' })], { policy })).toEqual([]);
    expect(noRule([makeTrainee({ occupation: '焊工' })], { policy })).toHaveLength(1);
    expect(noRule([makeTrainee({ occupation: '飞行员', level: '中级' })], { policy })).toHaveLength(1);
  });

  it('is silent when a rate exists or another rule covers the row', () => {
    const ts = [
      makeTrainee(),
      makeTrainee({ certType: '结业证' }),
      makeTrainee({ level: '' }),
      makeTrainee({ certType: '培训合格证', level: '' }),
    ];
    expect(noRule(ts, { catalog: testCatalog() })).toEqual([]);
  });
});
