import { fenToWan, formatYuan } from '../../../src/core/money';

describe('formatYuan', () => {
  test.each([
    [0, '0.00'],
    [5, '0.05'],
    [1230000, '12,300.00'],
    [123456789, '1,234,567.89'],
    [100000, '1,000.00'],
    [-150000, '-1,500.00'],
  ])('%d → %s', (fen, text) => expect(formatYuan(fen)).toBe(text));
  test('rejects fractions of a fen', () => expect(() => formatYuan(0.5)).toThrow(RangeError));
});

describe('fenToWan', () => {
  test.each([
    [0, '0.0000'],
    [1230000, '1.2300'],
    [1234567, '1.2346'],
    [1234549, '1.2345'],
    [150000, '0.1500'],
    [100000000, '100.0000'],
  ])('%d → %s', (fen, text) => expect(fenToWan(fen)).toBe(text));
});
