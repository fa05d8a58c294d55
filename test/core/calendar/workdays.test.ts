import {
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  firstWorkingDayFrom,
  hasHolidayData,
  isWorkingDay,
  weekday,
} from '../../../src/core/calendar';
import type { CalDate } from '../../../src/core/types';

const d = (s: string): CalDate => {
  const [y, m, day] = s.split('-').map(Number);
  return { y, m, d: day };
};

describe('isWorkingDay', () => {
  test('plain weekdays and weekends', () => {
    expect(isWorkingDay(d('2025-06-09'))).toBe(true); // Monday
    expect(isWorkingDay(d('2025-06-14'))).toBe(false); // Saturday
    expect(isWorkingDay(d('2025-06-15'))).toBe(false); // Sunday
  });
  test('public holidays and make-up working days (调休)', () => {
    expect(isWorkingDay(d('2025-10-01'))).toBe(false);
    expect(isWorkingDay(d('2025-10-08'))).toBe(false); // Wednesday, still 国庆/中秋
    expect(isWorkingDay(d('2025-09-28'))).toBe(true); // Sunday, make-up day
    expect(isWorkingDay(d('2025-10-11'))).toBe(true); // Saturday, make-up day
    expect(dayInfo(d('2025-10-01')).holiday).toBe('国庆节');
  });
  test('weekday arithmetic is pure', () => {
    expect(weekday(d('2025-09-28'))).toBe(0);
    expect(weekday(d('2025-10-01'))).toBe(3);
  });
});

describe('addWorkingDays (publicity end date)', () => {
  test.each([
    ['2025-06-09', 3, '2025-06-11'], // plain week, Monday start
    ['2025-06-12', 3, '2025-06-16'], // Thursday start runs over a weekend
    ['2025-06-14', 3, '2025-06-18'], // Saturday start: Monday is day 1
    ['2025-09-29', 3, '2025-10-09'], // spans 国庆 2025-10-01…08
    ['2025-09-27', 3, '2025-09-30'], // Saturday start: make-up Sunday 09-28 is day 1
    ['2025-09-28', 5, '2025-10-10'], // make-up Sunday is day 1
    ['2025-09-28', 6, '2025-10-11'], // make-up Saturday 10-11 counts too
    ['2025-06-09', 1, '2025-06-09'],
    ['2025-01-27', 3, '2025-02-06'], // 春节: 01-26 make-up Sunday is before start, 01-28…02-04 off
  ])('%s + %d working days → %s', (start, n, end) => {
    const e = addWorkingDays(d(start), n);
    expect(`${e.y}-${String(e.m).padStart(2, '0')}-${String(e.d).padStart(2, '0')}`).toBe(end);
  });
  test('the period holds exactly n working days', () => {
    for (const start of ['2025-09-26', '2025-09-29', '2024-02-08', '2025-12-31']) {
      const first = firstWorkingDayFrom(d(start));
      for (const n of [3, 5, 7]) expect(countWorkingDays(first, addWorkingDays(d(start), n))).toBe(n);
    }
  });
  test('rejects a non-positive count', () => {
    expect(() => addWorkingDays(d('2025-06-09'), 0)).toThrow(RangeError);
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
  test.each(['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Pago_Pago', 'Pacific/Kiritimati'])(
    'the same answers in %s',
    (tz) => {
      process.env.TZ = tz;
      expect(isWorkingDay(d('2025-09-28'))).toBe(true);
      expect(isWorkingDay(d('2025-09-27'))).toBe(false);
      expect(addWorkingDays(d('2025-09-29'), 3)).toEqual(d('2025-10-09'));
    },
  );
});

describe('hasHolidayData', () => {
  test('years in the library, and a year beyond it', () => {
    expect(hasHolidayData(2021)).toBe(true);
    expect(hasHolidayData(2025)).toBe(true);
    expect(hasHolidayData(2100)).toBe(false);
  });
});
