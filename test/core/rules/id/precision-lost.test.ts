import { makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run } from './helpers';

describe('id.precision-lost', () => {
  it('flags an 18-digit ID stored as a number, and nothing else', () => {
    const f = run([makeTrainee({ id: 410102199003071230, idFormat: 'General' })]);
    expect(codes(f)).toEqual(['id.precision-lost']);
    expect(f[0].severity).toBe('error');
    expect(messageOf(f[0])).toContain('身份证号码以数字形式存储');
    expect(messageOf(f[0])).toContain('后几位已丢失，请设置为文本格式后重新录入');
  });

  it('quotes what the cell shows (4.10102E+17)', () => {
    const f = run([makeTrainee({ id: 410102199003071230, idText: '4.10102E+17', idFormat: 'General' })]);
    expect(codes(f)).toEqual(['id.precision-lost']);
    expect(messageOf(f[0])).toContain('显示为 4.10102E+17');
  });

  it('flags text that reads 4.10102E+17 (pasted from a damaged sheet), and nothing else', () => {
    const f = run([makeTrainee({ id: '4.10102E+17' })]);
    expect(codes(f)).toEqual(['id.precision-lost']);
  });

  it('does not raise a duplicate for two damaged IDs', () => {
    const f = run([makeTrainee({ id: 410102199003071230 }), makeTrainee({ id: 410102199003071230 })]);
    expect(codes(f)).toEqual(['id.precision-lost', 'id.precision-lost']);
  });

  it('leaves text IDs alone', () => {
    expect(codes(run([makeTrainee({ id: '410102199003071230' })]))).toEqual([]);
  });
});
