import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readRoster, readRosterGrid } from '../../src/xlsx/read';
import { packageSheets } from '../../src/xlsx/fast-read';
import { XlsxPackage } from '../../src/xlsx/package';
import { tempDir } from '../cli/run';
import { writeRosterSample } from '../fixtures/sample';
import { writeVariants } from '../fixtures/variants';

let dir: string;
let files: string[];
beforeAll(async () => {
  dir = await tempDir('stream');
  const sample = path.join(dir, 'sample.xlsx');
  await writeRosterSample(sample);
  files = [sample, ...Object.values(await writeVariants(dir))];
});

test('the fast reader gives the same Grid as the full reader on every fixture', async () => {
  for (const file of files) {
    const full = await readRoster(file);
    const fast = await readRosterGrid(file);
    expect({ file, sheet: fast.sheetName }).toEqual({ file, sheet: full.sheetName });
    expect({ file, grid: fast.grid }).toEqual({ file, grid: full.grid });
  }
});

test('sheets in tab order with their names and hidden state', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = '填表说明';
  wb.addWorksheet('旧表', { state: 'hidden' }).getCell('A1').value = 1;
  wb.addWorksheet('花名册').addRows([['序号', '姓名', '身份证号码', '职业(工种)', '证书类型', '补贴金额'], [1, '张三', '410102199003071230', '电工', '培训合格证', 1000]]);
  const file = path.join(dir, 'tabs.xlsx');
  await wb.xlsx.writeFile(file);
  const sheets = packageSheets(await XlsxPackage.load(await fs.readFile(file)))!;
  expect(sheets.map((s) => [s.name, s.hidden])).toEqual([['说明', false], ['旧表', true], ['花名册', false]]);
  expect((await readRosterGrid(file)).sheetName).toBe('花名册');
  await expect(readRosterGrid(file, '汇总')).rejects.toThrow(/现有工作表：「说明」、「旧表」、「花名册」/);
});

test('a damaged file is one clear line from the fast path too', async () => {
  const broken = path.join(dir, 'broken.xlsx');
  await fs.writeFile(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
  const err = await readRosterGrid(broken).catch((e) => e);
  expect(err.message).toMatch(/^broken\.xlsx：文件已损坏或不是有效的 \.xlsx/);
  expect(err.message).not.toContain('\n');
});
