// The pane's .xlsx reader and the CLI's two readers build the same Grid from the same file: dates as
// serial numbers (never a time-zone-shifted string), the texts Excel shows, number formats, merges.
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsxSheets } from '../../src/taskpane/files/xlsx';
import { readRoster, readRosterGrid } from '../../src/xlsx/read';
import { tempDir } from '../cli/run';

async function rosterFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '2021年补贴人员花名册';
  ws.addRow([]);
  ws.getRow(2).values = ['序号', '姓名', '身份证号码', '开班日期', '结业日期', '补贴金额'];
  ws.getRow(3).values = [
    1,
    { richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] },
    '410102199003071231',
    new Date(Date.UTC(2021, 2, 1)),
    '2021年3月20日',
    1500,
  ];
  ws.getRow(4).values = [
    2,
    '李四',
    410102199003071230,
    new Date(Date.UTC(2021, 11, 31)),
    { formula: 'D4+20', result: 44581 },
    { formula: 'F3*1', result: 1500 },
  ];
  ws.getRow(5).values = [
    3,
    { text: '王五', hyperlink: 'https://example.com' },
    { error: '#N/A' },
    44256.5,
    null,
    1234.5,
  ];
  ws.getCell('D3').numFmt = 'yyyy-mm-dd';
  ws.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('E4').numFmt = 'yyyy-mm-dd';
  ws.getCell('D5').numFmt = 'yyyy-mm-dd hh:mm';
  ws.getCell('F5').numFmt = '#,##0.00';
  ws.getCell('C4').numFmt = 'General';
  ws.mergeCells('A6:B6');
  ws.getCell('A6').value = '合计';
  wb.addWorksheet('说明').addRow(['本表由培训机构填报', new Date(Date.UTC(2021, 3, 6))]);
  const file = path.join(await tempDir('xlsx-grid'), 'roster.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('the pane reads an .xlsx into the same Grid as the CLI (dates as serials, texts, formats)', async () => {
  const file = await rosterFile();
  const bytes = await fs.readFile(file);
  const pane = await readXlsxSheets(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  expect(pane.map((s) => s.name)).toEqual(['花名册', '说明']);
  const cliFast = await readRosterGrid(file, '花名册');
  const cliFull = await readRoster(file, '花名册');
  expect(pane[0].grid).toEqual(cliFast.grid);
  expect(pane[0].grid).toEqual(cliFull.grid);
  expect(pane[1].grid).toEqual((await readRosterGrid(file, '说明')).grid);
  // what they agree on: a date is its serial number and shows as the calendar date, whatever the time zone
  const g = pane[0].grid;
  expect(g.values[2][3]).toBe(44256);
  expect(g.texts![2][3]).toBe('2021-03-01');
  expect(g.values[3][3]).toBe(44561);
  expect(g.texts![3][3]).toBe('2021-12-31');
  expect(g.values[2][4]).toBe('2021年3月20日');
  expect(g.values[3][2]).toBe(410102199003071230);
  expect(g.texts![3][2]).toBe('4.10102E+17');
  expect(g.values[2][1]).toBe('张三');
  expect(g.values[4][2]).toBe('#N/A');
  expect(g.values[5].slice(0, 2)).toEqual(['合计', null]);
});
