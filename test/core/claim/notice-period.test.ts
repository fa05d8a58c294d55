import { ClaimInfoError, noticePeriod } from '../../../src/core/claim';

const d = (y: number, m: number, day: number) => ({ y, m, d: day });

describe('noticePeriod', () => {
  test('counted with the holiday calendar where it knows the year; a date given by hand is then ignored', () => {
    expect(noticePeriod(d(2021, 4, 29), 3)).toEqual({
      start: d(2021, 4, 29),
      end: d(2021, 5, 6),
      workingDays: 3,
      holidayDataMissing: false,
      setByHand: false,
    });
    expect(noticePeriod(d(2021, 4, 29), 3, d(2021, 4, 30)).end).toEqual(d(2021, 5, 6));
  });

  test('a notice from 2026-12-31 reaches 2027, which the calendar lacks: refused without an end date, naming the field', () => {
    let err: unknown;
    try {
      noticePeriod(d(2026, 12, 31), 3);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ClaimInfoError);
    expect((err as ClaimInfoError).field).toBe('noticeEnd');
    expect((err as ClaimInfoError).message).toContain('2027');
    expect((err as ClaimInfoError).message).toContain('--notice-end');
  });

  test('with an end date given by hand it is used and marked as such; an end before the start is refused', () => {
    expect(noticePeriod(d(2026, 12, 31), 3, d(2027, 1, 6))).toMatchObject({
      end: d(2027, 1, 6),
      setByHand: true,
      holidayDataMissing: true,
    });
    expect(() => noticePeriod(d(2026, 12, 31), 3, d(2026, 12, 30))).toThrow(/早于公示开始日期/);
  });
});
