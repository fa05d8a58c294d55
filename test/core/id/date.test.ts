import { ageOn, isRealDate } from '../../../src/core/id';

describe('dates and age', () => {
  it('knows real dates', () => {
    expect(isRealDate(1987, 2, 28)).toBe(true);
    expect(isRealDate(1987, 2, 29)).toBe(false);
    expect(isRealDate(1988, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1990, 4, 31)).toBe(false);
    expect(isRealDate(1990, 13, 1)).toBe(false);
    expect(isRealDate(1990, 1, 0)).toBe(false);
  });

  it('counts full years: the birthday itself counts', () => {
    expect(ageOn({ y: 2005, m: 3, d: 1 }, { y: 2021, m: 3, d: 1 })).toBe(16);
    expect(ageOn({ y: 2005, m: 3, d: 2 }, { y: 2021, m: 3, d: 1 })).toBe(15);
    expect(ageOn({ y: 2005, m: 2, d: 28 }, { y: 2021, m: 3, d: 1 })).toBe(16);
  });

  it('a 29 February birthday turns over on 1 March in common years', () => {
    expect(ageOn({ y: 2004, m: 2, d: 29 }, { y: 2021, m: 2, d: 28 })).toBe(16);
    expect(ageOn({ y: 2004, m: 2, d: 29 }, { y: 2021, m: 3, d: 1 })).toBe(17);
  });
});
