import { makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run } from './helpers';

describe('id.legacy-15', () => {
  it('warns about a 15-digit number and gives the 18-character form (DOMAIN.md example)', () => {
    const f = run([makeTrainee({ id: '610104620927690', gender: '女' })]);
    expect(codes(f)).toEqual(['id.legacy-15']);
    expect(f[0].severity).toBe('warning');
    expect(f[0].params.upgraded).toBe('610104196209276908');
    expect(messageOf(f[0])).toContain('应为 18 位：610104196209276908');
  });

  it('a 15-digit number stored as a number keeps its digits: a warning that also asks for text', () => {
    const f = run([makeTrainee({ id: 610104620927690 })]);
    expect(codes(f)).toEqual(['id.legacy-15']);
    expect(messageOf(f[0])).toContain('文本格式');
  });

  it('does not fire for 18-character IDs', () => {
    expect(codes(run([makeTrainee({ id: '610104196209276908', gender: '女' })]))).toEqual([]);
  });
});
