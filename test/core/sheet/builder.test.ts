import { SheetBuilder, parseRange, rangeRef, shownValue } from '../../../src/core/sheet';

const styles = {
  box: { border: { top: 'thin' as const, bottom: 'thin' as const, left: 'thin' as const, right: 'thin' as const } },
};

describe('parseRange / rangeRef', () => {
  test('round trip', () => {
    expect(parseRange('B3:D5')).toEqual({ top: 3, left: 2, bottom: 5, right: 4 });
    expect(parseRange('a1')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange('D5:B3')).toEqual({ top: 3, left: 2, bottom: 5, right: 4 });
    expect(parseRange('nope')).toBeNull();
    expect(rangeRef({ top: 1, left: 1, bottom: 1, right: 8 })).toBe('A1:H1');
  });
});

describe('SheetBuilder', () => {
  test('merges put the style on every cell and the value top left', () => {
    const b = new SheetBuilder('表', [10, 10, 10], styles);
    b.merge(2, 1, 3, 2, '标题', 'box');
    const m = b.build();
    expect(m.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 2 }]);
    expect(m.cells).toHaveLength(4);
    expect(m.cells.every((c) => c.style === 'box')).toBe(true);
    expect(m.cells[0]).toMatchObject({ row: 2, col: 1, value: '标题' });
    expect(m.cells.slice(1).every((c) => c.value === null)).toBe(true);
  });
  test('a single-cell merge is not recorded as a merge', () => {
    const m = new SheetBuilder('表', [10], styles).merge(1, 1, 1, 1, 'x', 'box').build();
    expect(m.merges).toEqual([]);
  });
  test('line spans all columns; print setup defaults to A4 fit to width', () => {
    const m = new SheetBuilder('表', [5, 5, 5, 5], styles, { orientation: 'landscape' })
      .line(1, 'T')
      .titleRows(3, 3)
      .freeze(3)
      .build();
    expect(m.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(m.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      titleRows: [3, 3],
      centerHorizontally: true,
    });
    expect(m.freeze).toEqual({ rows: 3, cols: 0 });
  });
  test('unknown styles are refused', () => {
    expect(() => new SheetBuilder('表', [5], styles).set(1, 1, 'x', 'nope')).toThrow(/unknown style/);
  });
  test('shownValue', () => {
    expect(shownValue({ formula: 'SUM(A1:A2)', result: 3 })).toBe(3);
    expect(shownValue(null)).toBe('');
    expect(shownValue('a')).toBe('a');
  });
});
