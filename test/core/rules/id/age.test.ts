import { makeTrainee, testPolicy } from '../../../helpers/factory';
import { codes, messageOf, run, withCheck } from './helpers';

const start = { y: 2021, m: 3, d: 1 };

describe('id.age', () => {
  it('passes someone exactly 16 on the start day', () => {
    expect(codes(run([makeTrainee({ id: withCheck('41010220050301123'), start })]))).toEqual([]);
  });

  it('fails someone 15 years and 364 days old on the start day', () => {
    const f = run([makeTrainee({ id: withCheck('41010220050302123'), start })]);
    expect(codes(f)).toEqual(['id.age']);
    expect(f[0]).toMatchObject({ severity: 'error', field: 'id' });
    expect(f[0].params).toMatchObject({ age: 15, min: 16, max: 60, date: '2021-03-01' });
    expect(messageOf(f[0])).toBe('按培训开始日期 2021-03-01 计，年龄 15 周岁，不在 16–60 周岁范围内');
  });

  it('passes 60 and fails 61 against max 60', () => {
    expect(codes(run([makeTrainee({ id: withCheck('41010219610301123'), start })]))).toEqual([]);
    const f = run([makeTrainee({ id: withCheck('41010219600228123'), start })]);
    expect(codes(f)).toEqual(['id.age']);
    expect(f[0].params.age).toBe(61);
  });

  it('uses maxFemale for women only', () => {
    const policy = testPolicy({ age: { min: 16, max: 60, maxFemale: 50 } });
    // born 1970-01-01: 51 on the start day
    const woman = withCheck('41010219700101002');
    const man = withCheck('41010219700101001');
    const f = run([makeTrainee({ id: woman, gender: '女', start })], { policy });
    expect(codes(f)).toEqual(['id.age']);
    expect(f[0].params).toMatchObject({ age: 51, max: 50, femaleMax: 1 });
    expect(messageOf(f[0])).toContain('16–50 周岁（女性）');
    expect(codes(run([makeTrainee({ id: man, gender: '男', start })], { policy }))).toEqual([]);
    // without maxFemale women share max
    expect(codes(run([makeTrainee({ id: woman, gender: '女', start })]))).toEqual([]);
  });

  it('falls back to the end date, and skips when there is neither', () => {
    const id = withCheck('41010220050310123');
    const f = run([makeTrainee({ id, start: null, end: { y: 2021, m: 3, d: 9 } })]);
    expect(codes(f)).toEqual(['id.age']);
    expect(messageOf(f[0])).toContain('培训结束日期');
    expect(codes(run([makeTrainee({ id, start: null, end: { y: 2021, m: 3, d: 10 } })]))).toEqual([]);
    expect(codes(run([makeTrainee({ id, start: null, end: null })]))).toEqual([]);
    expect(codes(run([makeTrainee({ id, start: 'not a date', end: 'nor this' })]))).toEqual([]);
  });

  it('uses the birth date of a legacy 15-digit number', () => {
    // born 1950-01-01: 71 at the start
    const f = run([makeTrainee({ id: '410102500101123', start })]);
    expect(codes(f)).toEqual(['id.age', 'id.legacy-15']);
  });
});
