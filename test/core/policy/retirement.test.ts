import {
  ageInMonths,
  formatAgeMonths,
  retirementAgeMonths,
  type RetirementGroup,
} from '../../../src/core/policy/retirement';

// Rows of the appendix tables of the NPC Standing Committee decision of 2024-09-13
// (附件1 男职工, 附件2 原法定退休年龄五十五周岁的女职工, 附件3 原法定退休年龄五十周岁的女职工):
// birth month → retirement age. The first affected months, steps, and the end of the 15 years.
const TABLE: Array<[RetirementGroup, number, number, string]> = [
  ['male', 1964, 12, '60岁'],
  ['male', 1965, 1, '60岁1个月'],
  ['male', 1965, 4, '60岁1个月'],
  ['male', 1965, 5, '60岁2个月'],
  ['male', 1965, 12, '60岁3个月'],
  ['male', 1966, 1, '60岁4个月'],
  ['male', 1968, 12, '61岁'],
  ['male', 1976, 8, '62岁11个月'],
  ['male', 1976, 9, '63岁'],
  ['male', 1976, 12, '63岁'],
  ['male', 1990, 6, '63岁'],
  ['female55', 1969, 12, '55岁'],
  ['female55', 1970, 1, '55岁1个月'],
  ['female55', 1970, 4, '55岁1个月'],
  ['female55', 1970, 5, '55岁2个月'],
  ['female55', 1981, 8, '57岁11个月'],
  ['female55', 1981, 9, '58岁'],
  ['female55', 1995, 1, '58岁'],
  ['female50', 1974, 12, '50岁'],
  ['female50', 1975, 1, '50岁1个月'],
  ['female50', 1975, 2, '50岁1个月'],
  ['female50', 1975, 3, '50岁2个月'],
  ['female50', 1976, 12, '51岁'],
  ['female50', 1984, 10, '54岁11个月'],
  ['female50', 1984, 11, '55岁'],
  ['female50', 1999, 7, '55岁'],
];

describe('statutory retirement age (2025 schedule)', () => {
  it.each(TABLE)('%s born %i-%i retires at %s', (group, y, m, expected) => {
    expect(formatAgeMonths(retirementAgeMonths(group, y, m), 'zh-CN')).toBe(expected);
  });

  it('counts age in whole months, the month complete on the day of birth', () => {
    expect(ageInMonths({ y: 1965, m: 3, d: 15 }, { y: 2025, m: 4, d: 14 })).toBe(60 * 12);
    expect(ageInMonths({ y: 1965, m: 3, d: 15 }, { y: 2025, m: 4, d: 15 })).toBe(60 * 12 + 1);
  });

  it('writes ages in English too', () => {
    expect(formatAgeMonths(722, 'en-US')).toBe('60 years 2 months');
    expect(formatAgeMonths(720, 'en-US')).toBe('60 years');
  });
});
