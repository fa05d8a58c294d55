import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { InputError } from '../../src/core';
import { readRoster, readSheetRows, readWorkbook, sheetToGrid } from '../../src/xlsx/read';
import { tempDir } from '../cli/run';
import { writeRosterSample } from '../fixtures/sample';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('read');
});

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('sheetToGrid', () => {
  test('values, texts and formats of the used range, merged cells only in their top-left cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.mergeCells('A1:C1');
    ws.getCell('A1').value = '标题';
    ws.getCell('B2').value = 410102199003071230;
    ws.getCell('C2').value = new Date(Date.UTC(2021, 2, 1));
    ws.getCell('C2').numFmt = 'yyyy-mm-dd';
    ws.getCell('A3').value = { formula: 'SUM(1,2)', result: 3 };
    ws.getCell('B3').value = { richText: [{ text: '张' }, { text: '三' }] };
    ws.getCell('D4').value = { error: '#N/A' };
    const grid = sheetToGrid((await readWorkbook(await save(wb, 'grid.xlsx'))).worksheets[0]);
    expect(grid.originRow).toBe(1);
    expect(grid.originCol).toBe(1);
    expect(grid.values).toEqual([
      ['标题', null, null, null],
      [null, 410102199003071230, 44256, null],
      [3, '张三', null, null],
      [null, null, null, '#N/A'],
    ]);
    expect(grid.texts?.[1][1]).toBe('4.10102E+17');
    expect(grid.texts?.[1][2]).toBe('2021-03-01');
    expect(grid.formats?.[1][2]).toBe('yyyy-mm-dd');
  });
});

describe('readRoster', () => {
  test('picks the first sheet that holds a roster, skipping hidden and unrelated sheets', async () => {
    const sample = path.join(dir, 'sample.xlsx');
    await writeRosterSample(sample);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const notes = wb.addWorksheet('说明');
    notes.getCell('A1').value = '本表由培训机构填写';
    wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '姓名';
    // put the roster last
    const order = ['说明', '隐藏', '花名册'];
    wb.worksheets.forEach((w) => {
      (w as unknown as { orderNo: number }).orderNo = order.indexOf(w.name);
    });
    const file = await save(wb, 'multi.xlsx');
    const r = await readRoster(file);
    expect(r.sheetName).toBe('花名册');
    expect(r.grid.values[2][0]).toBe('序号');
  });

  test('a named sheet that does not exist lists the sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('花名册');
    wb.addWorksheet('汇总');
    const file = await save(wb, 'named.xlsx');
    await expect(readRoster(file, '学员')).rejects.toThrow(
      /没有名为「学员」的工作表；现有工作表：「花名册」、「汇总」/,
    );
  });

  test('missing, non-xlsx and .xls files are InputErrors naming the file', async () => {
    await expect(readWorkbook(path.join(dir, 'nope.xlsx'))).rejects.toThrow(/nope\.xlsx：文件不存在/);
    const txt = path.join(dir, 'roster.xlsx.txt');
    await fs.writeFile(txt, '姓名,身份证号码\n');
    await expect(readWorkbook(txt)).rejects.toThrow(/不是 \.xlsx 文件/);
    const xls = path.join(dir, 'old.xls');
    await fs.writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect(readWorkbook(xls)).rejects.toThrow(/旧的 \.xls 格式/);
    const broken = path.join(dir, 'broken.xlsx');
    await fs.writeFile(broken, Buffer.from('PK\u0003\u0004 not really a zip'));
    const err = await readWorkbook(broken).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/broken\.xlsx：文件已损坏/);
    expect(err.message).not.toMatch(/\n/);
  });
});

test('readSheetRows gives the cell values of a catalog sheet', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['职业（工种）', '类别']);
  ws.addRow(['电工', 'A']);
  ws.addRow([{ richText: [{ text: '焊' }, { text: '工' }] }, 'A类']);
  const rows = await readSheetRows(await save(wb, 'catalog.xlsx'));
  expect(rows).toEqual([
    ['职业（工种）', '类别'],
    ['电工', 'A'],
    ['焊工', 'A类'],
  ]);
});
