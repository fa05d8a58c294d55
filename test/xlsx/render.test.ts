import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SheetBuilder, type SheetModel } from '../../src/core/sheet';
import { patchInternalHyperlinks } from '../../src/xlsx/links';
import { writeSheetsCopy, writeSheetsWorkbook } from '../../src/xlsx/sheets-copy';

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

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheets-copy-'));
  patchInternalHyperlinks(); // ExcelJS reads a location-only link back as "#…"
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function save(wb: ExcelJS.Workbook): Promise<string> {
  const file = path.join(dir, `in-${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

/** The models written into a copy of the workbook's package, read back. */
async function roundTrip(input: string, models: SheetModel[]): Promise<{ back: ExcelJS.Workbook; file: string }> {
  const file = path.join(dir, `out-${++n}.xlsx`);
  await writeSheetsCopy(input, file, models);
  return { back: await open(file), file };
}

async function roster(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('花名册').getCell('A1').value = 'roster';
  return save(wb);
}

describe('generated sheets written into the package', () => {
  test('cells, styles, merges, widths, heights, print setup, freeze panes and links survive a round trip', async () => {
    const { back } = await roundTrip(await roster(), [model('汇总', 1800.5), model('另一张', 3)]);
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
    const m = new SheetBuilder('表', [10], STYLES, { onePage: true }).line(1, 'x', 'title').build();
    const out = path.join(dir, 'one-page.xlsx');
    await writeSheetsWorkbook(out, [m]);
    const back = await open(out);
    expect(back.getWorksheet('表')!.pageSetup).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      orientation: 'portrait',
    });
  });

  test('rendering again replaces the sheets: one sheet of each name, other sheets untouched', async () => {
    const once = await roundTrip(await roster(), [model('汇总', 1), model('另一张', 2)]);
    const twice = await roundTrip(once.file, [model('汇总', 7), model('另一张', 8)]);
    const { back } = await roundTrip(twice.file, [model('汇总', 9)]);
    expect(back.worksheets.map((w) => w.name).sort()).toEqual(['花名册', '汇总', '另一张'].sort());
    expect(back.getWorksheet('汇总')!.getCell('C3').value).toBe(9);
    expect(back.getWorksheet('另一张')!.getCell('C3').value).toBe(8);
    expect(back.getWorksheet('花名册')!.getCell('A1').value).toBe('roster');
  });
});

test('a sheet of many megabytes (deflated a piece at a time) reads back whole', async () => {
  const b = new SheetBuilder('大表', [8, 30], STYLES, {});
  const rows = 40_000;
  for (let r = 1; r <= rows; r++) b.set(r, 1, r, 'box').set(r, 2, `学员${r}：张三李四王五赵六`, 'box');
  const out = path.join(dir, 'big.xlsx');
  await writeSheetsWorkbook(out, [b.build()]);
  const ws = (await open(out)).getWorksheet('大表')!;
  expect(ws.rowCount).toBe(rows);
  expect(ws.getCell(`A${rows}`).value).toBe(rows);
  expect(ws.getCell(`B${rows}`).value).toBe(`学员${rows}：张三李四王五赵六`);
  expect(ws.getCell('B20000').value).toBe('学员20000：张三李四王五赵六');
});
