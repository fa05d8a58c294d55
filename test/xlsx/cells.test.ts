import fc from 'fast-check';
import {
  dateCellSerial,
  dateToSerial,
  displayText,
  generalText,
  serialMs,
  serialToIso,
  toCellValue,
} from '../../src/xlsx/cells';

/** generalText as it was before its fast path for short integers (the oracle of the property below) */
function generalTextBefore(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const plain = String(n);
  if (plain.length <= 11 && !/e/i.test(plain)) return plain;
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e11) {
    const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
    const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
    return String(Number(n.toFixed(decimals)));
  }
  const exp = n.toExponential(5);
  const m = /^(-?\d(?:\.\d+)?)e([+-])(\d+)$/.exec(exp);
  if (!m) return plain;
  const mantissa = m[1].includes('.') ? m[1].replace(/0+$/, '').replace(/\.$/, '') : m[1];
  return `${mantissa}E${m[2]}${m[3].padStart(2, '0')}`;
}

/** numbers near the edges the fast paths test: 11 characters, a Date's range in days, zero */
const edgy = fc.oneof(
  fc.integer({ min: -3e11, max: 3e11 }),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(
    -0,
    0,
    1e11 - 1,
    1e11,
    -1e11 + 1,
    -1e11,
    -1e10,
    -99999999999,
    25569 + 1e8,
    25569 + 1e8 + 1,
    25569 - 1e8,
  ),
  fc.constantFrom(25569 - 1e8 - 1, 44256, 1e15, -1e15, 2 ** 53, 1e21, Infinity, NaN),
  fc.integer({ min: -1000, max: 1000 }).map((k) => 25569 + 1e8 + k),
  fc.integer({ min: -1000, max: 1000 }).map((k) => 25569 - 1e8 + k),
  fc.double({ noNaN: false }),
  fc.double({ min: -1e6, max: 1e6 }),
);

describe('cell values', () => {
  test('dates become 1900-system serials by UTC arithmetic', () => {
    expect(dateToSerial(new Date(Date.UTC(2021, 2, 1)))).toBe(44256);
    // not local time: a date-only cell is UTC midnight whatever the machine's time zone
    expect(dateToSerial(new Date(Date.UTC(2000, 0, 1)))).toBe(36526);
    expect(toCellValue(new Date(Date.UTC(2021, 11, 31)))).toBe(44561);
    expect(serialToIso(44256)).toBe('2021-03-01');
  });

  test('formulas by their result, rich text joined, hyperlinks by text, errors as text', () => {
    expect(toCellValue({ formula: 'SUM(A1:A3)', result: 4500 })).toBe(4500);
    expect(toCellValue({ sharedFormula: 'A1', result: '张三' })).toBe('张三');
    expect(toCellValue({ formula: 'TODAY()', result: new Date(Date.UTC(2021, 2, 1)) })).toBe(44256);
    expect(toCellValue({ formula: 'A1' })).toBeNull();
    expect(toCellValue({ richText: [{ text: '王' }, { text: '小明' }] })).toBe('王小明');
    expect(toCellValue({ text: '13812345678', hyperlink: 'tel:13812345678' })).toBe('13812345678');
    expect(toCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(toCellValue({ formula: 'VLOOKUP(1,A:B,2,0)', result: { error: '#N/A' } })).toBe('#N/A');
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(true)).toBe(true);
  });

  test('General format shows long numbers as Excel does', () => {
    expect(generalText(410102199003071230)).toBe('4.10102E+17');
    expect(generalText(100000000000000000)).toBe('1E+17');
    expect(generalText(13812345678)).toBe('13812345678');
    expect(generalText(1800)).toBe('1800');
    expect(generalText(123456789012)).toBe('1.23457E+11');
  });

  test('the fast paths for short integers and whole-day dates give what the long way gives', () => {
    fc.assert(
      fc.property(edgy, (n) => {
        expect(generalText(n)).toBe(generalTextBefore(n));
        for (const date1904 of [false, true]) {
          // the long way: the Date ExcelJS makes of the stored serial, back to a serial (dateToSerial)
          const ms = serialMs(n, date1904);
          const slow = Math.abs(ms) <= 8.64e15 ? dateToSerial(new Date(ms)) : null;
          expect(Object.is(dateCellSerial(n, date1904), slow)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('displayed text follows the number format', () => {
    expect(displayText(410102199003071230, 410102199003071230, '')).toBe('4.10102E+17');
    expect(displayText(410102199003071230, 410102199003071230, '0')).toBe('410102199003071000');
    expect(displayText(1800, 1800, '#,##0.00')).toBe('1800.00');
    expect(displayText(new Date(Date.UTC(2021, 2, 1)), 44256, 'yyyy-mm-dd')).toBe('2021-03-01');
    expect(displayText(44256, 44256, 'yyyy"年"m"月"d"日"')).toBe('2021-03-01');
    expect(displayText('410102199003071230', '410102199003071230', '@')).toBe('410102199003071230');
  });
});
