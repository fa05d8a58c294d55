import { makeTrainee, testPolicy } from '../../../helpers/factory';
import { codes, messageOf, run, withCheck } from './helpers';

const statutory = testPolicy({ age: undefined, workingAge: 'statutory' });
const check = (id: string, start: { y: number; m: number; d: number }, gender = '') =>
  run([makeTrainee({ id: withCheck(id), start, ...(gender ? { gender } : {}) })], { policy: statutory });

describe('id.age against the statutory working age', () => {
  it('is the default when a profile sets neither workingAge nor age', () => {
    expect(testPolicy({ age: undefined }).workingAge).toEqual({ kind: 'statutory', min: 16 });
    expect(testPolicy().workingAge).toEqual({ kind: 'range', min: 16, max: 60 });
  });

  it('fails a man of 62 born in 1960 (60 before the reform), passes one born 1965-02 at 60 years 0 months', () => {
    const f = check('41010219600501001', { y: 2022, m: 8, d: 1 });
    expect(codes(f)).toEqual(['id.age']);
    expect(f[0].severity).toBe('error');
    expect(messageOf(f[0])).toBe(
      '1960年5月出生的男性，法定退休年龄为60岁；按培训开始日期 2022-08-01 计已62岁3个月，超出法定劳动年龄',
    );
    expect(codes(check('41010219650210001', { y: 2025, m: 2, d: 10 }))).toEqual([]);
  });

  it('counts the month a man born January 1965 gains: 60y1m reached → error, the day before → clean', () => {
    expect(codes(check('41010219650115001', { y: 2025, m: 2, d: 14 }))).toEqual([]);
    const f = check('41010219650115001', { y: 2025, m: 2, d: 15 });
    expect(codes(f)).toEqual(['id.age']);
    expect(messageOf(f[0])).toContain('法定退休年龄为60岁1个月');
  });

  it('a woman of 52 born 1972-03: past the worker bound (50), within the cadre bound (55y7m) → warning naming both', () => {
    const f = check('41010219720301002', { y: 2024, m: 6, d: 1 }, '女');
    expect(codes(f)).toEqual(['id.age']);
    expect(f[0].severity).toBe('warning');
    expect(messageOf(f[0])).toBe(
      '1972年3月出生的女性，法定退休年龄为50岁（原50周岁退休的女职工）或55岁7个月（原55周岁退休的女干部）；' +
        '按培训开始日期 2024-06-01 计已52岁3个月：若为女职工则已超出法定劳动年龄，若为女干部则未超出，请核实其原法定退休年龄',
    );
  });

  it('a woman of 57 born 1968 is past both bounds → error (she passed the old 16–60 range)', () => {
    const f = check('41010219680301002', { y: 2025, m: 6, d: 1 }, '女');
    expect(codes(f)).toEqual(['id.age']);
    expect(f[0].severity).toBe('error');
    expect(messageOf(f[0])).toContain('法定退休年龄为55岁');
  });

  it('a woman born 1976-01 at 50 years 3 months: worker bound 50y6m not reached → clean', () => {
    expect(codes(check('41010219760110002', { y: 2026, m: 4, d: 10 }, '女'))).toEqual([]);
  });

  it('under 16 is an error under the statutory setting too', () => {
    const f = check('41010220100301001', { y: 2025, m: 3, d: 1 });
    expect(codes(f)).toEqual(['id.age']);
    expect(messageOf(f[0])).toBe('按培训开始日期 2025-03-01 计，年龄 15 周岁，未满法定劳动年龄 16 周岁');
  });

  it('speaks English', () => {
    const f = run([makeTrainee({ id: withCheck('41010219600501001'), start: { y: 2022, m: 8, d: 1 } })], {
      policy: statutory,
    });
    expect(messageOf(f[0], 'en-US')).toBe(
      'Born in 1960-05, a man reaches the statutory retirement age of 60 years; on the training start date 2022-08-01 aged 62 years 3 months, past working age',
    );
  });
});
