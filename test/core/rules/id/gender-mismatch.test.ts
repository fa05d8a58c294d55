import { colOf, makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run, withCheck } from './helpers';

describe('id.gender-mismatch', () => {
  const male = '410102199003071230'; // sequence 123, odd
  const female = withCheck('11010519850612002'); // sequence 002, even

  it('flags 女 on a male ID, on the gender cell', () => {
    const f = run([makeTrainee({ id: male, gender: '女' })]);
    expect(codes(f)).toEqual(['id.gender-mismatch']);
    expect(f[0]).toMatchObject({ field: 'gender', col: colOf('gender'), severity: 'error' });
    expect(messageOf(f[0])).toContain('性别填写为“女”');
    expect(messageOf(f[0])).toContain('第 17 位为奇数，应为男');
  });

  it('reads 男性/女性 and M/F', () => {
    expect(codes(run([makeTrainee({ id: female, gender: '男性' })]))).toEqual(['id.gender-mismatch']);
    expect(codes(run([makeTrainee({ id: female, gender: 'M' })]))).toEqual(['id.gender-mismatch']);
    expect(codes(run([makeTrainee({ id: male, gender: 'f' })]))).toEqual(['id.gender-mismatch']);
    expect(codes(run([makeTrainee({ id: male, gender: '男性' })]))).toEqual([]);
    expect(codes(run([makeTrainee({ id: male, gender: 'M' })]))).toEqual([]);
    expect(codes(run([makeTrainee({ id: female, gender: '女' })]))).toEqual([]);
  });

  it('raises nothing for an empty or unreadable gender', () => {
    expect(codes(run([makeTrainee({ id: male, gender: '' })]))).toEqual([]);
    expect(codes(run([makeTrainee({ id: male, gender: '未知' })]))).toEqual([]);
  });

  it('is skipped when the birth date is invalid', () => {
    expect(codes(run([makeTrainee({ id: withCheck('41010219870230123'), gender: '女' })]))).toEqual(['id.birthdate']);
  });

  it('uses the 15th digit of a legacy number', () => {
    const f = run([makeTrainee({ id: '610104620927690', gender: '男' })]);
    expect(codes(f)).toEqual(['id.gender-mismatch', 'id.legacy-15']);
    expect(messageOf(f.find((x) => x.code === 'id.gender-mismatch')!)).toContain('第 15 位为偶数，应为女');
  });
});
