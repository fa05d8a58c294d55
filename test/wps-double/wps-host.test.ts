// What only the WPS adapter has to get right: ET's object-model rules the double enforces (Select needs the
// sheet active, Delete asks unless DisplayAlerts is off, Range() takes ≤ 255 characters, a new sheet becomes
// active, colours are BGR) and the calls each operation costs.
import { buildWpsWorkbook, installWpsDouble, rgbToBgr, wpsCell, wpsMarks, WpsError, type WpsDouble } from '.';
import { createWpsHost, lastWpsStats } from '../../src/wps';
import type { Finding } from '../../src/core/types';
import { faults, resultOf, rosterRows } from '../office/fixtures';

const SHEET = '花名册';
let double: WpsDouble;

beforeEach(() => {
  double = installWpsDouble();
  buildWpsWorkbook(double.model, [
    { name: SHEET, rows: rosterRows(200), fills: { D5: '#00B050' }, notes: { D5: '用户的批注' } },
    { name: '职业目录', rows: [['职业']] },
  ]);
});
afterEach(() => double.uninstall());

describe('the double keeps ET rules', () => {
  it('stores Interior.Color as BGR and refuses what ET refuses', () => {
    const app = double.app;
    const ws = app.Worksheets.Item(SHEET);
    ws.Range('A1').Interior.Color = 0x0000ff; // RGB(255, 0, 0) is red: the low byte is red
    expect(wpsCell(double.model, SHEET, 'A1').fill).toBe('#FF0000');
    expect(rgbToBgr('#FFC7CE')).toBe(0xcec7ff);
    expect(() => ws.Range('A1:A2,'.repeat(50) + 'A1')).toThrow(WpsError);
    expect(() => app.Worksheets.Item('职业目录').Range('A1').Select()).toThrow(/not active/);
    expect(() => app.Worksheets.Item('职业目录').Delete()).toThrow(/DisplayAlerts/);
    expect(() => app.Worksheets.Item('没有')).toThrow(/subscript/);
    app.Worksheets.Add(null, app.Worksheets.Item(2));
    expect(double.model.active!.name).toBe('Sheet3');
    expect(ws.Range('D5').Interior.ColorIndex).toBe(1);
    expect(ws.Range('D6').Interior.ColorIndex).toBe(-4142);
    expect(ws.Range('D5:D6').Interior.Color).toBeNull();
    expect(ws.Range('D1:D3').Text).toBeNull();
  });
});

describe('the WPS adapter', () => {
  it('reads a 201-row roster in one Value2 read, a NumberFormat read per column, a Text read per number', async () => {
    double.model.resetStats();
    const read = await createWpsHost().readRoster({ useSelection: false });
    const numbers = read.grid.values.flat().filter((v) => typeof v === 'number').length;
    const by = double.model.stats.byMember;
    expect(by['Range.Value2']).toBe(1);
    expect(by['Range.NumberFormat']).toBe(12);
    expect(by['Range.Text']).toBe(numbers);
    // figures for docs/wps.md
    console.log(`WPS read 201×12: ${double.model.stats.calls} calls (${numbers} Range.Text)`);
  });

  it('fills in address lists of at most 255 characters, one Interior.Color write per list', async () => {
    const host = createWpsHost();
    const before = wpsMarks(double.model, SHEET);
    const findings = faults(200, 2);
    double.model.resetStats();
    await host.writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    const marked = lastWpsStats()!.cellsMarked;
    const by = double.model.stats.byMember;
    expect(by['Interior.Color=']).toBeLessThan(marked / 3);
    expect(by['Range.AddComment'] + (by['Comment.Text'] ?? 0)).toBeGreaterThanOrEqual(marked);
    console.log(`WPS mark ${marked} cells: ${double.model.stats.calls} calls, ${by['Interior.Color=']} fill writes`);
    double.model.resetStats();
    await host.clearMarks(SHEET);
    console.log(`WPS clear ${marked} cells: ${double.model.stats.calls} calls`);
    expect(wpsMarks(double.model, SHEET)).toEqual(before);
  });

  it('reads a run of cells with different fills cell by cell, and puts each back', async () => {
    const ws = double.app.Worksheets.Item(SHEET);
    ws.Range('E6').Interior.Color = rgbToBgr('#123456');
    const before = wpsMarks(double.model, SHEET);
    const column: Finding[] = [4, 5, 6, 7].map((row) => ({
      code: 'x',
      severity: 'error',
      row,
      col: 5,
      params: {},
      message: 'm',
    }));
    const host = createWpsHost();
    await host.writeMarks(SHEET, resultOf(column), { locale: 'zh-CN' });
    expect(wpsCell(double.model, SHEET, 'E6').fill).toBe('#FFC7CE');
    await host.clearMarks(SHEET);
    expect(wpsCell(double.model, SHEET, 'E6').fill).toBe('#123456');
    expect(wpsMarks(double.model, SHEET)).toEqual(before);
  });

  it('puts DisplayAlerts back as it was and keeps a note that starts with = as text', async () => {
    double.app.Worksheets.Item(SHEET).Range('B4').AddComment('=SUM(1)');
    const host = createWpsHost();
    await host.writeMarks(
      SHEET,
      resultOf([{ code: 'x', severity: 'info', row: 4, col: 2, params: {}, message: 'm' }]),
      { locale: 'zh-CN' },
    );
    await host.clearMarks(SHEET);
    expect(double.model.displayAlerts).toBe(true);
    expect(wpsCell(double.model, SHEET, 'B4').note).toBe('=SUM(1)');
  });
});

describe('reading a long roster', () => {
  it('reports progress by rows and stops when cancelled between rows', async () => {
    const seen: number[] = [];
    await createWpsHost().readRoster({ useSelection: false, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([200, 201]);
    const controller = new AbortController();
    const reading = createWpsHost().readRoster({
      useSelection: false,
      onProgress: (p) => {
        if (p.done === 200) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
