import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readRoster, readRosterGrid } from '../../src/xlsx/read';
import { packageSheets } from '../../src/xlsx/fast-read';
import { XlsxPackage } from '../../src/xlsx/package';
import { tempDir } from '../cli/run';
import { inum, istr, rawXlsx } from './raw-xlsx';
import { writeRosterSample } from '../fixtures/sample';
import { writeBigRoster, writeVariants } from '../fixtures/variants';

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
  wb.addWorksheet('花名册').addRows([
    ['序号', '姓名', '身份证号码', '职业(工种)', '证书类型', '补贴金额'],
    [1, '张三', '410102199003071230', '电工', '培训合格证', 1000],
  ]);
  const file = path.join(dir, 'tabs.xlsx');
  await wb.xlsx.writeFile(file);
  const sheets = packageSheets(await XlsxPackage.load(await fs.readFile(file)))!;
  expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
    ['说明', false],
    ['旧表', true],
    ['花名册', false],
  ]);
  expect((await readRosterGrid(file)).sheetName).toBe('花名册');
  await expect(readRosterGrid(file, '汇总')).rejects.toThrow(/现有工作表：「说明」、「旧表」、「花名册」/);
});

test('a damaged file is one clear line from the fast path too', async () => {
  const broken = path.join(dir, 'broken.xlsx');
  await fs.writeFile(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
  const err = await readRosterGrid(broken).catch((e) => e);
  expect(err.message).toMatch(/[\\/]broken\.xlsx：文件已损坏或不是有效的 \.xlsx/);
  expect(err.message).not.toContain('\n');
});

test('hand-written XML: inline and rich strings, phonetic runs, escapes, booleans, errors, formulas, dates', async () => {
  const sst =
    '<si><t>序号</t></si><si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si>' +
    '<si><t>A&amp;B_x000D_</t></si><si><t/></si>';
  const rows =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
    '<row r="3" spans="1:6"><c r="A3" t="inlineStr"><is><r><t>李</t></r><r><rPr><color rgb="FFFF0000"/><family val="2"/></rPr><t>四</t></r></is></c>' +
    '<c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3"><f>1+2</f><v>3</v></c><c r="E3" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' +
    '<c r="F3" s="1"><v>44256</v></c><c r="G3" s="2"><v>410102199003071230</v></c><c r="H3" s="1"/><c r="I3" t="str"><v></v></c></row>' +
    '<row><c><v>1.5</v></c><c t="s"><v>2</v></c></row>';
  const buf = await rawXlsx({
    sheets: [{ name: '花名册', body: `<sheetData>${rows}</sheetData>` }],
    sharedStrings: sst,
  });
  const file = path.join(dir, 'raw.xlsx');
  await fs.writeFile(file, buf);
  const fast = await readRosterGrid(file);
  expect(fast.grid.values).toEqual(
    [
      ['序号', '张三 ', 'A&B\r', null, null, null, null],
      [],
      ['李四', true, '#N/A', 3, 'xy', 44256, 410102199003071230],
      [1.5, 'A&B\r', null, null, null, null, null],
    ].map((r) => (r.length ? r : Array(7).fill(null))),
  );
  expect(fast.grid.texts?.[2].slice(5, 7)).toEqual(['2021-03-01', '4.10102E+17']);
  expect(fast.grid.formats?.[2].slice(5, 7)).toEqual(['yyyy-mm-dd', '@']);
  // the same Grid as ExcelJS's full reader (which cannot read rows without r attributes at all)
  const withR = path.join(dir, 'raw-r.xlsx');
  await fs.writeFile(
    withR,
    await rawXlsx({
      sheets: [{ name: '花名册', body: `<sheetData>${rows.replace(/<row><c>.*$/, '')}</sheetData>` }],
      sharedStrings: sst,
    }),
  );
  const [a, b] = [await readRosterGrid(withR), await readRoster(withR)];
  expect(a.grid).toEqual(b.grid);
});

test('1904 dates and a workbook without styles or shared strings', async () => {
  const body = `<sheetData><row r="1">${istr('A1', '开始')}${inum('B1', 42794, 1)}</row></sheetData>`;
  const file = path.join(dir, 'd1904.xlsx');
  await fs.writeFile(file, await rawXlsx({ sheets: [{ name: 'S', body }], date1904: true }));
  const g = (await readRosterGrid(file)).grid;
  expect(g.values[0]).toEqual(['开始', 44256]); // 42794 in the 1904 system is 2021-03-01
  expect(g.texts?.[0][1]).toBe('2021-03-01');
  const bare = path.join(dir, 'bare.xlsx');
  await fs.writeFile(bare, await rawXlsx({ sheets: [{ name: 'S', body }], styles: null }));
  expect((await readRosterGrid(bare)).grid.values[0]).toEqual(['开始', 42794]);
});

test('a long roster reads the same as with the full reader (no character split at a chunk boundary)', async () => {
  // ExcelJS's streaming reader, used before, turned a Chinese character cut by a 64 KB chunk boundary
  // into U+FFFD (培训��格证) and raised false findings; the sheet is now decoded whole
  const file = path.join(dir, 'long.xlsx');
  await writeBigRoster(file, 3000);
  const [fast, full] = [await readRosterGrid(file), await readRoster(file)];
  expect(fast.grid).toEqual(full.grid);
  expect(JSON.stringify(fast.grid.values)).not.toContain('\ufffd');
}, 60000);
