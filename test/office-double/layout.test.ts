// The double's formatting and layout APIs: fonts, alignment, borders, merges, widths and heights,
// hyperlinks, page layout and freeze panes — queued, applied on sync, loaded, validated, accounted.
import { buildWorkbook, cellFormat, cellState, installOfficeDouble, sheetLayout, type OfficeDouble } from './index';

let Excel: any;
let double: OfficeDouble;

beforeEach(() => {
  double = installOfficeDouble();
  Excel = (globalThis as any).Excel;
  buildWorkbook(double.model, [
    {
      name: 'S',
      rows: [
        ['a', 'b', 'c'],
        [1, 2, 3],
        [4, 5, 6],
      ],
    },
  ]);
});

afterEach(() => double.uninstall());

const box = { style: 'Continuous', weight: 'Thin', color: '#000000' };

describe('formats', () => {
  it('sets fonts, alignment and wrap on RangeAreas, nothing before sync, and reads them back after load', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const f = ws.getRanges('A1:B1,C3').format;
      f.font.name = '黑体';
      f.font.size = 18;
      f.font.color = '0563c1';
      f.horizontalAlignment = 'Center';
      f.verticalAlignment = 'Top';
      f.wrapText = true;
      expect(cellFormat(double.model, 'S', 'A1').fontName).toBeUndefined();
      await ctx.sync();
      expect(double.stats.log[0].formatCalls).toBe(6);
      const r = ws.getRange('A1:B1');
      r.format.load('horizontalAlignment,wrapText');
      r.format.font.load('name,size,color');
      const mixed = ws.getRange('A1:A2').format.font;
      mixed.load('name');
      await ctx.sync();
      expect([
        r.format.horizontalAlignment,
        r.format.wrapText,
        r.format.font.name,
        r.format.font.size,
        r.format.font.color,
      ]).toEqual(['Center', true, '黑体', 18, '#0563C1']);
      expect(mixed.name).toBeNull();
    });
    expect(cellFormat(double.model, 'S', 'C3')).toMatchObject({ fontName: '黑体', vAlign: 'Top' });
  });

  it('rejects alignments and sizes Excel does not have, on sync', async () => {
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').format.verticalAlignment = 'middle';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('draws edges around each area and inside lines between its cells', async () => {
    await Excel.run(async (ctx: any) => {
      const b = ctx.workbook.worksheets.getItem('S').getRanges('A1:B2').format.borders;
      for (const i of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
        const item = b.getItem(i);
        item.style = 'Continuous';
        item.weight = 'Thin';
      }
      const top = ctx.workbook.worksheets.getItem('S').getRange('C1').format.borders.getItem('EdgeTop');
      top.weight = 'Medium';
      await ctx.sync();
      const read = ctx.workbook.worksheets
        .getItem('S')
        .getRange('A1:B2')
        .format.borders.getItem('InsideVertical')
        .load('style,weight');
      await ctx.sync();
      expect([read.style, read.weight]).toEqual(['Continuous', 'Thin']);
    });
    for (const a of ['A1', 'B1', 'A2', 'B2'])
      expect(cellFormat(double.model, 'S', a).borders).toEqual({ top: box, bottom: box, left: box, right: box });
    expect(cellFormat(double.model, 'S', 'C1').borders).toEqual({ top: { ...box, weight: 'Medium' } });
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').format.borders.getItem('Middle').style = 'Continuous';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('column widths and row heights apply to whole columns and rows', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRanges('A:A,C:D').format.columnWidth = 90;
      ws.getRanges('2:3').format.rowHeight = 30;
      await ctx.sync();
      const f = ws.getRange('C5').format.load('columnWidth,rowHeight');
      const mixed = ws.getRange('A1:B1').format.load('columnWidth');
      await ctx.sync();
      expect([f.columnWidth, f.rowHeight, mixed.columnWidth]).toEqual([90, 15, null]);
    });
    expect(sheetLayout(double.model, 'S')).toMatchObject({
      columnWidths: { A: 90, C: 90, D: 90 },
      rowHeights: { 2: 30, 3: 30 },
    });
  });
});

describe('merges and hyperlinks', () => {
  it('merge keeps the top-left value, across merges each row, unmerge undoes', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:C1').merge();
      ws.getRange('A2:C3').merge(true);
      await ctx.sync();
      expect(sheetLayout(double.model, 'S').merges).toEqual(['A1:C1', 'A2:C2', 'A3:C3']);
      expect([cellState(double.model, 'S', 'A1').value, cellState(double.model, 'S', 'B1').value]).toEqual(['a', null]);
      ws.getRange('A3:C3').unmerge();
      await ctx.sync();
    });
    expect(sheetLayout(double.model, 'S').merges).toEqual(['A1:C1', 'A2:C2']);
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('S').getRange('B1:B3').merge();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('a hyperlink to a cell of another sheet, with its text; read back after load', async () => {
    await Excel.run(async (ctx: any) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('B2');
      r.hyperlink = { documentReference: "'归档 清单'!A1", textToDisplay: '去归档清单', screenTip: 'tip' };
      await ctx.sync();
      r.load('hyperlink');
      await ctx.sync();
      expect(r.hyperlink).toEqual({
        documentReference: "'归档 清单'!A1",
        screenTip: 'tip',
        textToDisplay: '去归档清单',
      });
    });
    expect(cellState(double.model, 'S', 'B2').value).toBe('去归档清单');
    await expect(
      Excel.run(async (ctx: any) => {
        ctx.workbook.worksheets.getItem('S').getRange('B2').hyperlink = { textToDisplay: 'x' };
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('page layout and freeze panes', () => {
  it('sets paper, orientation, zoom, margins, centring and print title rows; loads them back', async () => {
    await Excel.run(async (ctx: any) => {
      const pl = ctx.workbook.worksheets.getItem('S').pageLayout;
      pl.paperSize = 'A4';
      pl.orientation = 'Landscape';
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.leftMargin = 36;
      pl.centerHorizontally = true;
      pl.setPrintTitleRows('$2:$2');
      expect(() => pl.orientation).not.toThrow();
      await ctx.sync();
      const again = ctx.workbook.worksheets.getItem('S').pageLayout;
      expect(() => again.paperSize).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      again.load('paperSize,zoom,leftMargin');
      const titles = again.getPrintTitleRowsOrNullObject().load('address');
      await ctx.sync();
      expect([again.paperSize, again.zoom, again.leftMargin, titles.address]).toEqual([
        'A4',
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
        36,
        'S!A2:XFD2',
      ]);
      expect(double.stats.log.at(-1)!.responseBytes).toBeGreaterThan(0);
    });
    expect(sheetLayout(double.model, 'S').pageLayout).toMatchObject({
      orientation: 'Landscape',
      centerHorizontally: true,
      printTitleRows: { row: 1, rows: 1 },
    });
  });

  it('rejects what Excel rejects: a zoom with both scale and fit, title rows that are not whole rows, no ExcelApi 1.9', async () => {
    const fails = (f: (ctx: any) => void) =>
      Excel.run(async (ctx: any) => {
        f(ctx);
        await ctx.sync();
      });
    await expect(
      fails((ctx) => {
        ctx.workbook.worksheets.getItem('S').pageLayout.zoom = { scale: 90, horizontalFitToPages: 1 };
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      fails((ctx) => ctx.workbook.worksheets.getItem('S').pageLayout.setPrintTitleRows('A2:C2')),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      fails((ctx) => {
        ctx.workbook.worksheets.getItem('S').pageLayout.paperSize = 'A9';
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    double.config.requirementSets.ExcelApi = '1.8';
    await expect(
      fails((ctx) => {
        ctx.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape';
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('freezes rows, columns or both, and reports the frozen range', async () => {
    await Excel.run(async (ctx: any) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.freezePanes.freezeRows(4);
      await ctx.sync();
      expect(sheetLayout(double.model, 'S').freeze).toEqual({ rows: 4, cols: 0 });
      ws.freezePanes.freezeAt(ws.getRange('A1:B3'));
      const loc = ws.freezePanes.getLocationOrNullObject().load('address');
      await ctx.sync();
      expect(loc.address).toBe('S!A1:B3');
      ws.freezePanes.unfreeze();
      const none = ws.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
    });
  });
});
