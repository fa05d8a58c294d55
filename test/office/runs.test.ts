import { addressLists, runsOf, runAddress } from '../../src/office/runs';
import { cellLink } from '../../src/office/report';
import { cellMarks, mergeNote } from '../../src/core/marks';
import type { RosterLayout } from '../../src/core/types';

describe('planning marks', () => {
  it('merges contiguous cells of a column into runs', () => {
    const runs = runsOf([
      { row: 9, col: 4 },
      { row: 5, col: 4 },
      { row: 6, col: 4 },
      { row: 7, col: 4 },
      { row: 6, col: 4 },
      { row: 5, col: 2 },
      { row: 6, col: 28 },
    ]);
    expect(runs.map(runAddress)).toEqual(['B5', 'D5:D7', 'D9', 'AB6']);
  });

  it('splits address lists at the length limit', () => {
    const runs = Array.from({ length: 100 }, (_, i) => ({ col: 4, row0: i * 3 + 2, row1: i * 3 + 2 }));
    const lists = addressLists(runs, 50);
    expect(lists.every((l) => l.length <= 50)).toBe(true);
    expect(lists.join(',').split(',')).toHaveLength(100);
  });

  it('merges findings by cell, keeps the worst severity, marks row-level findings on the 序号 cell', () => {
    const layout: RosterLayout = {
      headerRows: [1],
      firstDataRow: 2,
      lastDataRow: 4,
      columns: [{ field: 'seq', col: 1, header: '序号' }],
      missing: [],
      dataRows: [2, 3, 4],
      notes: [],
    };
    const cells = cellMarks(
      [
        { code: 'a', severity: 'info', row: 3, col: 2, params: {}, message: 'm1' },
        { code: 'b', severity: 'error', row: 3, col: 2, params: {}, message: 'm2' },
        { code: 'c', severity: 'warning', row: 4, col: 0, params: {} },
      ],
      layout,
      'en-US',
    );
    expect(cells.map(({ row, col, severity, reasons }) => ({ row, col, severity, reasons }))).toEqual([
      { row: 3, col: 2, severity: 'error', reasons: ['m1', 'm2'] },
      { row: 4, col: 1, severity: 'warning', reasons: ['c'] },
    ]);
    expect(mergeNote(cells[0].note, 'mine')).toBe('Roster check:\n• m1\n• m2\n\nmine');
  });

  it('links report rows to the cell, quoting sheet names', () => {
    expect(cellLink("O'Brien 表", 5, 4)).toBe(`=HYPERLINK("#'O''Brien 表'!D5","D5")`);
    expect(cellLink('花名册', 9, 0)).toBe(`=HYPERLINK("#'花名册'!9:9","9:9")`);
  });
});
