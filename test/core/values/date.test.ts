import {
  compareDates,
  dateToSerial,
  formatDate,
  parseDate,
  parseDateText,
  serialToDate,
} from '../../../src/core/values';

describe('serialToDate / dateToSerial', () => {
  it('maps the known anchors of the 1900 system', () => {
    expect(serialToDate(1)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(serialToDate(59)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(serialToDate(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(serialToDate(25569)).toEqual({ y: 1970, m: 1, d: 1 });
    expect(serialToDate(44256)).toEqual({ y: 2021, m: 3, d: 1 });
    expect(serialToDate(45351)).toEqual({ y: 2024, m: 2, d: 29 });
  });
  it('rejects the fake 1900-02-29, zero, negatives and non-numbers', () => {
    expect(serialToDate(60)).toBeNull();
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(-5)).toBeNull();
    expect(serialToDate(NaN)).toBeNull();
    expect(serialToDate(3e6)).toBeNull();
  });
  it('ignores the time of day', () => {
    expect(serialToDate(44256.99)).toEqual({ y: 2021, m: 3, d: 1 });
  });
  it('round-trips every serial of a long range', () => {
    for (let s = 1; s < 80000; s += 7) {
      if (s === 60) continue;
      const d = serialToDate(s)!;
      expect(dateToSerial(d)).toBe(s);
    }
    expect(dateToSerial({ y: 2021, m: 3, d: 20 })).toBe(44275);
  });
});

describe('parseDateText', () => {
  it.each([
    ['2021.3.1', { y: 2021, m: 3, d: 1 }],
    ['2021/03/01', { y: 2021, m: 3, d: 1 }],
    ['2021-03-01', { y: 2021, m: 3, d: 1 }],
    ['2021年3月1日', { y: 2021, m: 3, d: 1 }],
    ['2021 年 3 月 1 日', { y: 2021, m: 3, d: 1 }],
    ['20210301', { y: 2021, m: 3, d: 1 }],
    ['２０２１．３．１', { y: 2021, m: 3, d: 1 }],
    ['2021-03-01 00:00:00', { y: 2021, m: 3, d: 1 }],
    ['2021/3/1 8:30', { y: 2021, m: 3, d: 1 }],
    ['2021-03-01T00:00:00.000Z', { y: 2021, m: 3, d: 1 }],
    ['2024.2.29', { y: 2024, m: 2, d: 29 }],
  ])('reads %s', (s, want) => {
    expect(parseDateText(s)).toEqual(want);
  });
  it.each([
    '2021.2.29',
    '2021.13.1',
    '2021.3.32',
    '21.3.1',
    '03/01/2021',
    '2021.3',
    '2021年3月',
    'abc',
    '2021-03-01 abc',
    '2021.3.1.5',
    '202131',
    '44256',
    '',
  ])('rejects %s', (s) => {
    expect(parseDateText(s)).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads serials and keeps the displayed text as raw', () => {
    expect(parseDate(44256)).toEqual({ raw: '2021-03-01', date: { y: 2021, m: 3, d: 1 }, invalid: false });
    expect(parseDate(44256, '2021/3/1')).toEqual({ raw: '2021/3/1', date: { y: 2021, m: 3, d: 1 }, invalid: false });
  });
  it('reads an 8-digit number as YYYYMMDD', () => {
    expect(parseDate(20210301).date).toEqual({ y: 2021, m: 3, d: 1 });
    expect(parseDate(20211301).invalid).toBe(true);
  });
  it('treats empty cells as empty, not invalid', () => {
    expect(parseDate(null)).toEqual({ raw: '', date: null, invalid: false });
    expect(parseDate('   ')).toEqual({ raw: '', date: null, invalid: false });
  });
  it('marks unreadable text invalid and keeps it', () => {
    expect(parseDate(' 2021.13.1 ')).toEqual({ raw: '2021.13.1', date: null, invalid: true });
    expect(parseDate(true).invalid).toBe(true);
  });
});

describe('compareDates / formatDate', () => {
  it('orders dates', () => {
    expect(compareDates({ y: 2021, m: 3, d: 1 }, { y: 2021, m: 3, d: 20 })).toBeLessThan(0);
    expect(compareDates({ y: 2022, m: 1, d: 1 }, { y: 2021, m: 12, d: 31 })).toBeGreaterThan(0);
    expect(compareDates({ y: 2021, m: 3, d: 1 }, { y: 2021, m: 3, d: 1 })).toBe(0);
  });
  it('pads months and days', () => {
    expect(formatDate({ y: 2021, m: 3, d: 1 })).toBe('2021-03-01');
    expect(formatDate({ y: 2021, m: 11, d: 20 }, '.')).toBe('2021.11.20');
  });
});
