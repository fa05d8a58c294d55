import { certLevelInvalid } from '../../../../src/core/rules/policy/cert-level-invalid';
import { certUnknown } from '../../../../src/core/rules/policy/cert-unknown';
import { colOf, makeContext, makeTrainee } from '../../../helpers/factory';

describe('cert.unknown', () => {
  it('flags documents that earn no subsidy', () => {
    const ts = [makeTrainee({ certType: '结业证' }), makeTrainee({ certType: '学习证明' })];
    const fs = certUnknown.run(makeContext(ts));
    expect(fs).toHaveLength(2);
    expect(fs[0]).toMatchObject({
      code: 'cert.unknown',
      severity: 'error',
      field: 'certType',
      col: colOf('certType'),
      params: { value: '结业证' },
    });
    expect(certUnknown.message(fs[0].params, 'zh-CN')).toMatch(/^证书类型“结业证”不是可享受补贴的证书/);
  });

  it('accepts the five types and their short forms; empty is left to field.missing', () => {
    const ts = ['国家职业资格证书', '技能等级证', '专项能力证', '特种作业证', '合格证', ''].map((certType) =>
      makeTrainee({ certType }),
    );
    expect(certUnknown.run(makeContext(ts))).toEqual([]);
  });
});

describe('cert.level-invalid', () => {
  const run = (certType: string, level: string) =>
    certLevelInvalid.run(makeContext([makeTrainee({ certType, level })]));

  it('flags a missing level for a type with levels', () => {
    const [f] = run('职业技能等级证书', '');
    expect(f).toMatchObject({
      code: 'cert.level-invalid',
      field: 'level',
      params: { problem: 'missing', certType: '职业技能等级证书' },
    });
    expect(certLevelInvalid.message(f.params, 'zh-CN')).toBe(
      '职业技能等级证书须填写等级（五级/初级工 … 一级/高级技师），未填写',
    );
  });

  it('flags an unreadable level', () => {
    const [f] = run('国家职业资格证书', '六级');
    expect(f.params).toMatchObject({ problem: 'invalid', value: '六级' });
    expect(certLevelInvalid.message(f.params, 'en-US')).toContain('"六级" is not a skill level');
  });

  it('flags a level given where the type has none', () => {
    const [f] = run('专项职业能力证书', '初级工');
    expect(f.params).toMatchObject({ problem: 'unexpected', value: '初级工', certType: '专项职业能力证书' });
    expect(certLevelInvalid.message(f.params, 'zh-CN')).toBe('专项职业能力证书不分等级，但等级填了“初级工”');
  });

  it('is clean for valid levels, placeholders, a level in the certificate text, and unknown certificates', () => {
    expect(run('职业技能等级证书', '五级（初级工）')).toEqual([]);
    expect(run('职业资格证', '技师')).toEqual([]);
    expect(run('培训合格证', '')).toEqual([]);
    expect(run('培训合格证', '/')).toEqual([]);
    expect(run('职业技能等级证书（中级工）', '')).toEqual([]);
    expect(run('结业证', 'xx')).toEqual([]);
  });
});
