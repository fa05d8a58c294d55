import { SAMPLE_CATALOG } from '../../../../src/core/catalog/sample';
import { getBuiltinPolicy } from '../../../../src/core/policy/profiles';
import { policyRules } from '../../../../src/core/rules/policy';
import { makeContext, makeTrainee } from '../../../helpers/factory';

describe('policyRules', () => {
  it('has the nine rules with titles in both locales', () => {
    expect(policyRules.map((r) => r.code).sort()).toEqual([
      'cert.level-invalid',
      'cert.unknown',
      'class.size',
      'hours.below-minimum',
      'occ.category-mismatch',
      'occ.unknown',
      'person.student',
      'rate.mismatch',
      'rate.no-rule',
    ]);
    for (const r of policyRules) {
      expect(r.title['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(r.title['en-US']).toMatch(/^[A-Z]/);
    }
  });

  it('a clean Zhengzhou roster on the sample catalog has no findings', () => {
    const ts = [
      makeTrainee({ occupation: '电工', amount: 1800 }),
      makeTrainee({ occupation: '中式烹调师', level: '中级工', amount: 2200 }),
      makeTrainee({ occupation: '保洁员', certType: '培训合格证', level: '', hours: 40, amount: 1000 }),
    ];
    const ctx = makeContext(ts, { policy: getBuiltinPolicy('zhengzhou-2021'), catalog: SAMPLE_CATALOG });
    expect(policyRules.flatMap((r) => r.run(ctx))).toEqual([]);
  });
});
