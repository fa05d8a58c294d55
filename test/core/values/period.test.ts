import { parsePeriod, splitPeriod } from '../../../src/core/values';

const D = (y: number, m: number, d: number) => ({ y, m, d });

describe('splitPeriod', () => {
  it.each([
    ['2021.03.01-2021.03.20', ['2021.03.01', '2021.03.20']],
    ['2021.3.1—2021.3.20', ['2021.3.1', '2021.3.20']],
    ['2021.3.1——2021.3.20', ['2021.3.1', '2021.3.20']],
    ['2021.03.01至2021.03.20', ['2021.03.01', '2021.03.20']],
    ['2021.03.01 ~ 2021.03.20', ['2021.03.01', '2021.03.20']],
    ['2021-03-01-2021-03-20', ['2021-03-01', '2021-03-20']],
    ['2021-03-01 - 2021-03-20', ['2021-03-01', '2021-03-20']],
    ['2021.03.01\n2021.03.20', ['2021.03.01', '2021.03.20']],
  ])('splits %s', (s, want) => {
    expect(splitPeriod(s)).toEqual(want);
  });
  it('gives null without a range', () => {
    expect(splitPeriod('2021.03.01')).toBeNull();
    expect(splitPeriod('2021-03-01')).toBeNull();
  });
});

describe('parsePeriod', () => {
  it('reads both ends', () => {
    const p = parsePeriod('2021.03.01-2021.03.20');
    expect(p.start).toEqual({ raw: '2021.03.01', date: D(2021, 3, 1), invalid: false });
    expect(p.end).toEqual({ raw: '2021.03.20', date: D(2021, 3, 20), invalid: false });
  });
  it('reads Chinese dates with 至', () => {
    const p = parsePeriod('2021年3月1日至2021年3月20日');
    expect(p.start.date).toEqual(D(2021, 3, 1));
    expect(p.end.date).toEqual(D(2021, 3, 20));
  });
  it('gives an end without a year the start year', () => {
    expect(parsePeriod('2021.03.01-03.20').end.date).toEqual(D(2021, 3, 20));
  });
  it('marks a bad end invalid, keeping the start', () => {
    const p = parsePeriod('2021.03.01-2021.02.30');
    expect(p.start.date).toEqual(D(2021, 3, 1));
    expect(p.end).toEqual({ raw: '2021.02.30', date: null, invalid: true });
  });
  it('marks a cell with no range invalid as a whole', () => {
    expect(parsePeriod('2021.03.01')).toEqual({
      start: { raw: '2021.03.01', date: null, invalid: true },
      end: { raw: '', date: null, invalid: false },
    });
    expect(parsePeriod(44256).start.invalid).toBe(true);
    expect(parsePeriod('三月').start.invalid).toBe(true);
  });
  it('is empty for an empty cell', () => {
    const p = parsePeriod(null);
    expect(p.start.invalid || p.end.invalid).toBe(false);
    expect(p.start.raw + p.end.raw).toBe('');
  });
});
