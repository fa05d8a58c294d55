import { computeRate, dependsOnCategory, findRate } from '../../../src/core/policy/rate';
import { matchesPersonType } from '../../../src/core/policy/person-type';
import { testPolicy, TEST_POLICY_JSON } from '../../helpers/factory';

describe('computeRate', () => {
  const p = testPolicy();
  const skill = { certType: '职业技能等级证书' as const, level: 5 as const };

  it('adds the A/B uplift and explains it', () => {
    const a = computeRate(p, { ...skill, category: 'A' });
    expect(a).toMatchObject({ kind: 'fixed', fen: 180000, upliftPercent: 20 });
    expect(a!.explain).toEqual({ zh: '1500 × 1.2 (A类上浮20%) = 1800', en: '1500 × 1.2 (category A +20%) = 1800' });
    const b = computeRate(p, { ...skill, category: 'B' });
    expect(b).toMatchObject({ fen: 165000 });
    expect(b!.explain.zh).toBe('1500 × 1.1 (B类上浮10%) = 1650');
    const c = computeRate(p, { ...skill, category: 'C' });
    expect(c).toMatchObject({ fen: 150000, upliftPercent: 0 });
    expect(c!.explain.zh).toBe('1500 (C类不上浮)');
  });

  it('no uplift without a category, for uplift: false, or for types not listed', () => {
    expect(computeRate(p, { ...skill, category: null })).toMatchObject({ fen: 150000, upliftPercent: 0 });
    expect(computeRate(p, { certType: '培训合格证', level: null, category: 'A' })).toMatchObject({ fen: 100000 });
    const listed = testPolicy({ uplift: { percent: { A: 20 }, appliesTo: ['培训合格证'] } });
    expect(computeRate(listed, { certType: '培训合格证', level: null, category: 'A' })).toMatchObject({ fen: 100000 }); // rate says uplift: false
  });

  it('rounds an uplift to the fen', () => {
    const q = testPolicy({
      uplift: { percent: { A: 12.5 }, appliesTo: ['职业技能等级证书'] },
      rates: [{ certType: '职业技能等级证书', level: 5, amount: { kind: 'fixed', yuan: 1234.57 } }],
    });
    // 123457 × 1.125 = 138889.125 → 138889
    expect(computeRate(q, { ...skill, category: 'A' })).toMatchObject({ fen: 138889 });
  });

  it('null when there is no rate', () => {
    expect(computeRate(p, { certType: '职业技能等级证书', level: 1, category: 'A' })).toBeNull();
    expect(computeRate(p, { certType: '专项职业能力证书', level: null, category: 'A' })).toBeNull();
  });

  it('ranges and per-month amounts, uplifted too', () => {
    const q = testPolicy({
      uplift: { percent: { A: 20 }, appliesTo: ['专项职业能力证书'] },
      rates: [
        { certType: '专项职业能力证书', amount: { kind: 'range', min: 550, max: 1400 } },
        { certType: '培训合格证', personType: '以工代训', amount: { kind: 'perMonth', yuan: 500 } },
      ],
    });
    const r = computeRate(q, { certType: '专项职业能力证书', level: null, category: 'A' });
    expect(r).toMatchObject({ kind: 'range', minFen: 66000, maxFen: 168000 });
    expect(r!.explain.zh).toBe('(550–1400) × 1.2 (A类上浮20%) = 660–1680');
    expect(computeRate(q, { certType: '专项职业能力证书', level: null, category: 'C' })!.explain.zh).toBe('550–1400');
    const m = computeRate(q, { certType: '培训合格证', level: null, category: 'B', personType: '以工代训' });
    expect(m).toMatchObject({ kind: 'perMonth', fen: 50000 });
    expect(m!.explain.zh).toBe('每月 500');
  });

  it('picks the most specific rate: personType over level over category', () => {
    const q = testPolicy({
      uplift: { percent: {}, appliesTo: [] },
      rates: [
        { certType: '职业技能等级证书', amount: { kind: 'fixed', yuan: 100 } },
        { certType: '职业技能等级证书', category: 'A', amount: { kind: 'fixed', yuan: 200 } },
        { certType: '职业技能等级证书', level: 5, amount: { kind: 'fixed', yuan: 300 } },
        { certType: '职业技能等级证书', personType: '两后生', amount: { kind: 'fixed', yuan: 6000 } },
      ],
    });
    const fen = (level: 4 | 5, category: 'A' | 'B', personType = '') => {
      const r = computeRate(q, { certType: '职业技能等级证书', level, category, personType });
      return r && r.kind === 'fixed' ? r.fen : null;
    };
    expect(fen(4, 'B')).toBe(10000);
    expect(fen(4, 'A')).toBe(20000);
    expect(fen(5, 'A')).toBe(30000);
    expect(fen(5, 'A', '农村两后生')).toBe(600000);
    expect(findRate(q, { certType: '培训合格证', level: null, category: 'A' })).toBeNull();
  });

  it('dependsOnCategory tells uplifted rates from flat ones', () => {
    expect(dependsOnCategory(p, { certType: '职业技能等级证书', level: 5 })).toBe(true);
    expect(dependsOnCategory(p, { certType: '培训合格证', level: null })).toBe(false);
  });

  it('does not alter the factory policy json', () => {
    expect(TEST_POLICY_JSON.rates[1].amount).toEqual({ kind: 'fixed', yuan: 1500 });
  });
});

describe('matchesPersonType', () => {
  it('matches any |-separated word, ignoring width and spaces', () => {
    expect(matchesPersonType('岗前|新录用', '企业新录用人员')).toBe(true);
    expect(matchesPersonType('脱产', '企业职工(脱产)')).toBe(true);
    expect(matchesPersonType('脱产', '企业职工')).toBe(false);
    expect(matchesPersonType('脱产', '')).toBe(false);
  });
});
