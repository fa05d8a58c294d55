import { dateToSerial, displayText, generalText, serialToIso, toCellValue } from '../../src/xlsx/cells';

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

  test('displayed text follows the number format', () => {
    expect(displayText(410102199003071230, 410102199003071230, '')).toBe('4.10102E+17');
    expect(displayText(410102199003071230, 410102199003071230, '0')).toBe('410102199003071000');
    expect(displayText(1800, 1800, '#,##0.00')).toBe('1800.00');
    expect(displayText(new Date(Date.UTC(2021, 2, 1)), 44256, 'yyyy-mm-dd')).toBe('2021-03-01');
    expect(displayText(44256, 44256, 'yyyy"年"m"月"d"日"')).toBe('2021-03-01');
    expect(displayText('410102199003071230', '410102199003071230', '@')).toBe('410102199003071230');
  });
});
