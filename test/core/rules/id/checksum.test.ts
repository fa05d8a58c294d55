import { makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run } from './helpers';

describe('id.checksum', () => {
  it('flags a wrong check character and gives the expected one', () => {
    const f = run([makeTrainee({ id: '410102199003071231' })]);
    expect(codes(f)).toEqual(['id.checksum']);
    expect(f[0].params).toMatchObject({ actual: '1', expected: '0' });
    expect(messageOf(f[0])).toContain('校验码错误');
    expect(messageOf(f[0])).toContain('应为 0');
  });

  it('expects X when the sum says so', () => {
    const f = run([makeTrainee({ id: '110105194912310021', start: null, end: null })]);
    expect(codes(f)).toEqual(['id.checksum']);
    expect(f[0].params.expected).toBe('X');
  });

  it('passes correct IDs, including X and a lowercase x', () => {
    expect(codes(run([makeTrainee({ id: '11010519491231002X', start: null, end: null })]))).toEqual([]);
    expect(codes(run([makeTrainee({ id: '11010519491231002x', start: null, end: null })]))).toEqual([
      'id.unnormalized',
    ]);
  });

  it('does not apply to legacy 15-digit numbers', () => {
    expect(codes(run([makeTrainee({ id: '610104620927690' })]))).toEqual(['id.legacy-15']);
  });
});
