// The pane's browser .xlsx reader refuses a workbook above the CLI's limits with the CLI's words,
// before ExcelJS inflates anything (src/xlsx/zip-limits.ts, shared).
import { readXlsxRows, readXlsxSheets } from '../../src/taskpane/files/xlsx';
import { bomb, roster } from '../hostile/corpus';

const buffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

test('a shared-strings bomb (300 MB once inflated) is refused by name, as the CLI refuses it', async () => {
  const data = buffer(await bomb(300 * 1024 * 1024));
  await expect(readXlsxSheets(data, '花名册-炸弹.xlsx')).rejects.toThrow(/花名册-炸弹\.xlsx：文件解压后过大/);
  await expect(readXlsxRows(data)).rejects.toThrow(/所选工作簿：文件解压后过大/);
});

test('a zip directory declaring a part above the limit is refused before inflating', async () => {
  const data = buffer(await bomb(1024 * 1024, 600 * 1024 * 1024));
  await expect(readXlsxSheets(data, 'r.xlsx')).rejects.toThrow(/r\.xlsx：文件解压后过大（xl\/sharedStrings\.xml）/);
});

test('a plain roster is still read', async () => {
  const sheets = await readXlsxSheets(buffer(await roster()), 'r.xlsx');
  expect(sheets.map((s) => s.name)).toEqual(['花名册']);
  expect(sheets[0].grid.values.length).toBeGreaterThan(60);
});
