import ExcelJS from 'exceljs';
import { SheetBuilder, type SheetModel } from '../../src/core/sheet';
import { renderSheets } from '../../src/xlsx/render';

const STYLES = {
  title: { font: '黑体', size: 18, bold: true, h: 'center' as const },
  box: {
    border: { top: 'thin' as const, bottom: 'thin' as const, left: 'thin' as const, right: 'medium' as const },
    numFmt: '#,##0.00',
  },
  link: { color: '0563C1' },
};

function model(name: string, total: number): SheetModel {
  const b = new SheetBuilder(name, [6, 20, 12], STYLES, { orientation: 'landscape', titleRows: [2, 2] });
  b.line(1, `${name}标题`, 'title', 30);
  b.set(2, 1, '序号', 'box').set(2, 2, '项目', 'box').set(2, 3, '金额', 'box');
  b.set(3, 1, 1, 'box').set(3, 2, '电工', 'box').set(3, 3, total, 'box');
  b.set(4, 3, { formula: 'SUM(C3:C3)', result: total }, 'box');
  b.set(5, 2, '去另一张表', 'link', { sheet: '另一张', cell: 'B3' });
  b.freeze(2);
  return b.build();
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

describe('renderSheets', () => {
  test('cells, styles, merges, widths, heights, print setup, freeze panes and links survive a round trip', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('花名册').getCell('A1').value = 'roster';
    renderSheets(wb, [model('汇总', 1800.5), model('另一张', 3)]);
    const back = await roundTrip(wb);
    const ws = back.getWorksheet('汇总')!;
    expect(ws.getCell('A1').value).toBe('汇总标题');
    expect(ws.getCell('A1').font).toMatchObject({ name: '黑体', size: 18, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getCell('C3').value).toBe(1800.5);
    expect(ws.getCell('C3').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C3').border).toMatchObject({ top: { style: 'thin' }, right: { style: 'medium' } });
    expect(ws.getCell('C4').value).toMatchObject({ formula: 'SUM(C3:C3)', result: 1800.5 });
    expect(ws.getColumn(2).width).toBe(20);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '2:2',
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(back.getWorksheet('另一张')!.pageSetup).toMatchObject({ fitToHeight: 0 });
    const link = ws.getCell('B5').value as ExcelJS.CellHyperlinkValue;
    expect(link.text).toBe('去另一张表');
    expect(link.hyperlink).toContain("'另一张'!B3");
  });

  test('a one-page form fits the height too', async () => {
    const wb = new ExcelJS.Workbook();
    const m = new SheetBuilder('表', [10], STYLES, { onePage: true }).line(1, 'x', 'title').build();
    renderSheets(wb, [m]);
    const back = await roundTrip(wb);
    expect(back.getWorksheet('表')!.pageSetup).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      orientation: 'portrait',
    });
  });

  test('rendering again replaces the sheets: one sheet of each name, other sheets untouched', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('花名册').getCell('A1').value = 'roster';
    renderSheets(wb, [model('汇总', 1), model('另一张', 2)]);
    const once = await roundTrip(wb);
    renderSheets(once, [model('汇总', 7), model('另一张', 8)]);
    const twice = await roundTrip(once);
    renderSheets(twice, [model('汇总', 9)]);
    const back = await roundTrip(twice);
    expect(back.worksheets.map((w) => w.name).sort()).toEqual(['花名册', '汇总', '另一张'].sort());
    expect(back.getWorksheet('汇总')!.getCell('C3').value).toBe(9);
    expect(back.getWorksheet('另一张')!.getCell('C3').value).toBe(8);
    expect(back.getWorksheet('花名册')!.getCell('A1').value).toBe('roster');
  });
});
