import { makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run, withCheck } from './helpers';

describe('id.region', () => {
  it('accepts a current county, a HK/Macao/Taiwan residence permit and a foreigner with a valid province', () => {
    for (const first17 of [
      '41010219900307123',
      '81000019900307123',
      '82000019900307123',
      '83000019900307123',
      '91105619900307123',
    ]) {
      expect(codes(run([makeTrainee({ id: withCheck(first17) })]))).toEqual([]);
    }
  });

  it('rejects Taiwan as 71 (the permit uses 83)', () => {
    const f = run([makeTrainee({ id: withCheck('71000019900307123') })]);
    expect(codes(f)).toEqual(['id.region']);
    expect(f[0].severity).toBe('error');
    expect(messageOf(f[0])).toContain('地址码 710000 无效');
  });

  it('rejects an unknown province prefix', () => {
    const f = run([makeTrainee({ id: withCheck('99010219900307123') })]);
    expect(codes(f)).toEqual(['id.region']);
    expect(f[0].severity).toBe('error');
    const g = run([makeTrainee({ id: withCheck('01010219900307123') })]);
    expect(codes(g)).toEqual(['id.region']);
  });

  it('rejects a permit code that is not exactly 810000', () => {
    const f = run([makeTrainee({ id: withCheck('81010119900307123') })]);
    expect(codes(f)).toEqual(['id.region']);
    expect(f[0].severity).toBe('error');
    expect(messageOf(f[0])).toContain('应为 810000');
  });

  it('rejects a foreigner ID whose province code is invalid', () => {
    const f = run([makeTrainee({ id: withCheck('97105619900307123') })]);
    expect(codes(f)).toEqual(['id.region']);
    expect(messageOf(f[0])).toContain('外国人永久居留身份证');
  });

  it('only warns about an unknown county under a known province', () => {
    const f = run([makeTrainee({ id: withCheck('41999919900307123') })]);
    expect(codes(f)).toEqual(['id.region']);
    expect(f[0].severity).toBe('warning');
    expect(messageOf(f[0])).toContain('可能是已撤销的旧代码');
  });

  it('accepts prefecture- and province-level codes that are in the data', () => {
    expect(codes(run([makeTrainee({ id: withCheck('41010019900307123') })]))).toEqual([]);
    expect(codes(run([makeTrainee({ id: withCheck('41000019900307123') })]))).toEqual([]);
  });
});
