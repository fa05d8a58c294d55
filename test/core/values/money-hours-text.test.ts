import { cellText, formatFen, formatNumber, isBlank, parseHours, parseYuanToFen } from '../../../src/core/values';

describe('parseYuanToFen', () => {
  it.each([
    [1500, 150000],
    [1500.5, 150050],
    [0.29, 29],
    [1500.005, 150001],
    ['1500', 150000],
    ['1,500.00', 150000],
    ['1500元', 150000],
    ['￥1500', 150000],
    ['¥ 1,500.5', 150050],
    ['１５００', 150000],
    ['1500.00元/人', 150000],
    ['人民币1500元整', 150000],
    ['1500.456', 150046],
    ['.5', 50],
    ['-200', -20000],
  ])('reads %p as %p fen', (v, fen) => {
    expect(parseYuanToFen(v)).toBe(fen);
  });
  it('gives null for empty cells', () => {
    expect(parseYuanToFen(null)).toBeNull();
    expect(parseYuanToFen('  ')).toBeNull();
  });
  it.each(['壹仟伍佰元', 'abc', '1500-2000', '-', '元', '1.5万', true])('gives NaN for %p', (v) => {
    expect(parseYuanToFen(v)).toBeNaN();
  });
});

describe('formatFen', () => {
  it('writes yuan with two decimals', () => {
    expect(formatFen(150000)).toBe('1500.00');
    expect(formatFen(150050)).toBe('1500.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-5)).toBe('-0.05');
  });
});

describe('parseHours', () => {
  it('reads numbers and text with units', () => {
    expect(parseHours(80)).toBe(80);
    expect(parseHours('80')).toBe(80);
    expect(parseHours('80课时')).toBe(80);
    expect(parseHours('80 学时')).toBe(80);
    expect(parseHours('40.5小时')).toBe(40.5);
    expect(parseHours('８０')).toBe(80);
  });
  it('null for empty, NaN for unreadable', () => {
    expect(parseHours(null)).toBeNull();
    expect(parseHours('')).toBeNull();
    expect(parseHours('八十')).toBeNaN();
    expect(parseHours(-3)).toBeNaN();
  });
});

describe('cellText / formatNumber', () => {
  it('formats numbers without float junk or exponents', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(410102199003071200)).toBe('410102199003071200');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e22)).toBe('10000000000000000000000');
  });
  it('trims text and handles empties and booleans', () => {
    expect(cellText('  张三 ')).toBe('张三');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
  });
  it('sees full-width and zero-width spaces as blank', () => {
    expect(isBlank('\u3000\u200b ')).toBe(true);
    expect(isBlank('x')).toBe(false);
    expect(isBlank(0)).toBe(false);
  });
});
