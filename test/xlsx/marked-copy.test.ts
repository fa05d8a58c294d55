// The marked copy patches the user's own package: what it does not mark is kept byte for byte.
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/report-json';
import { SEVERITY_FILL } from '../../src/xlsx/mark';
import { run, tempDir } from '../cli/run';
import { buildRosterSample, type SamplePlan } from '../fixtures/sample';
import { unzipAll } from './raw-xlsx';
import { fillOf, noteOf, readBack as load } from './read-back';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let dir: string;
let input: string;
let out: string;
let again: string;
let plan: SamplePlan;
let report: JsonReport;
let before: Map<string, Buffer>;
let after: Map<string, Buffer>;
let userCell: string;

beforeAll(async () => {
  dir = await tempDir('marked-copy');
  const built = buildRosterSample();
  plan = built.plan;
  const wb = built.workbook;
  const ws = wb.getWorksheet(plan.sheet)!;
  // the user's own things: an image, data validation, a conditional format, notes, another sheet
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: 16, row: 2 }, ext: { width: 40, height: 40 } });
  for (let r = plan.firstDataRow; r <= plan.lastDataRow; r++) {
    ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['"男,女"'] };
  }
  ws.addConditionalFormatting({
    ref: `L${plan.firstDataRow}:L${plan.lastDataRow}`,
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: [40],
        priority: 1,
        style: { font: { color: { argb: 'FFFF0000' } } },
      },
    ],
  });
  userCell = `D${plan.rows['id.checksum']}`;
  ws.getCell(userCell).note = '经办人已核对';
  ws.getCell('B5').note = '学员本人签字';
  wb.addWorksheet('说明').getCell('A1').value = '本表由培训机构填写';
  input = path.join(dir, 'roster.xlsx');
  await wb.xlsx.writeFile(input);
  out = path.join(dir, 'roster.marked.xlsx');
  const r = await run('validate', input, '--out', out, '--format', 'json');
  expect(r.code).toBe(1);
  report = JSON.parse(r.stdout);
  before = await unzipAll(await fs.readFile(input));
  after = await unzipAll(await fs.readFile(out));
  // marking the marked copy again
  again = path.join(dir, 'roster.marked.again.xlsx');
  expect((await run('validate', out, '--out', again, '--format', 'json')).code).toBe(1);
});

test('every part the marks do not touch is copied byte for byte', () => {
  const touched = new Set([
    '[Content_Types].xml',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/worksheets/sheet1.xml',
    'xl/comments1.xml',
    'xl/drawings/vmlDrawing1.vml',
  ]);
  const untouched = [...before.keys()].filter((k) => !touched.has(k));
  expect(untouched).toEqual(
    expect.arrayContaining([
      'xl/media/image1.png',
      'xl/drawings/drawing1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
    ]),
  );
  for (const k of untouched) expect({ k, same: after.get(k)?.equals(before.get(k)!) }).toEqual({ k, same: true });
});

test("the roster sheet's XML differs only in the marked cells' formats and the cells added for them", () => {
  const strip = (b: Buffer) =>
    b
      .toString('utf8')
      .replace(/ s="\d+"/g, '')
      .replace(/<c r="[A-Z]+\d+"\/>/g, '');
  const a = before.get('xl/worksheets/sheet1.xml')!;
  const b = after.get('xl/worksheets/sheet1.xml')!;
  expect(strip(b)).toBe(strip(a));
  for (const el of [
    /<dataValidations[\s\S]*<\/dataValidations>/,
    /<conditionalFormatting[\s\S]*<\/conditionalFormatting>/,
    /<drawing r:id="[^"]+"\/>/,
    /<legacyDrawing r:id="[^"]+"\/>/,
  ]) {
    expect(b.toString().match(el)?.[0]).toBe(a.toString().match(el)?.[0]);
  }
});

test("the user's notes are kept: alone where nothing is marked, after our reasons where we add some", async () => {
  const ws = (await load(out)).getWorksheet(plan.sheet)!;
  expect(noteOf(ws.getCell('B5'))).toBe('学员本人签字');
  const checksum = report.findings.find((f) => f.code === 'id.checksum')!;
  expect(`${checksum.column}${checksum.row}`).toBe(userCell);
  expect(noteOf(ws.getCell(userCell))).toBe(`花名册核验：\n• 身份证校验码错误：${checksum.message}\n\n经办人已核对`);
  expect(fillOf(ws.getCell(userCell))).toBe(SEVERITY_FILL.error);
  // one VML shape per note
  const vml = after.get('xl/drawings/vmlDrawing1.vml')!.toString();
  const comments = after.get('xl/comments1.xml')!.toString();
  expect(vml.match(/<v:shape /g)!.length).toBe(comments.match(/<comment /g)!.length);
  expect(new Set(vml.match(/id="_x0000_s\d+"/g)).size).toBe(vml.match(/<v:shape /g)!.length);
});

test('ExcelJS reads the copy back with the image, validation, conditional format and the results sheet', async () => {
  const wb = await load(out);
  const ws = wb.getWorksheet(plan.sheet)!;
  expect(ws.getImages()).toHaveLength(1);
  expect(ws.getCell(plan.firstDataRow, 3).dataValidation).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
  expect(wb.worksheets.map((w) => w.name)).toEqual([plan.sheet, '说明', '校验结果']);
  const rs = wb.getWorksheet('校验结果')!;
  expect(rs.autoFilter).toBe(`A1:H${report.findings.length + 1}`);
  expect((rs.getCell('C2').value as ExcelJS.CellHyperlinkValue).hyperlink).toMatch(/^#'花名册'!/);
});

test('a marked copy marked again stays one valid workbook with one 校验结果 sheet', async () => {
  const parts = await unzipAll(await fs.readFile(again));
  const wbXml = parts.get('xl/workbook.xml')!.toString();
  expect(wbXml.match(/name="校验结果"/g)).toHaveLength(1);
  expect(wbXml.match(/_xlnm\._FilterDatabase/g)).toHaveLength(1);
  expect([...parts.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))).toHaveLength(3);
  const types = parts.get('[Content_Types].xml')!.toString();
  for (const k of parts.keys()) if (k.startsWith('xl/worksheets/sheet')) expect(types).toContain(`PartName="/${k}"`);
  for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(parts.has(m[1])).toBe(true);
  const wb = await load(again);
  expect(wb.worksheets.map((w) => w.name)).toEqual([plan.sheet, '说明', '校验结果']);
  const ws = wb.getWorksheet(plan.sheet)!;
  expect(fillOf(ws.getCell(userCell))).toBe(SEVERITY_FILL.error);
  expect(noteOf(ws.getCell('B5'))).toBe('学员本人签字');
  expect(wb.getWorksheet('校验结果')!.getCell('E2').value).toBe(report.findings[0].code);
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
(soffice ? test : test.skip)(
  'LibreOffice opens the copy and the twice-marked copy (converts them to PDF)',
  async () => {
    const pdfDir = path.join(dir, 'pdf');
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        out,
        again,
      ],
      { stdio: 'pipe', timeout: 150000 },
    );
    for (const name of ['roster.marked.pdf', 'roster.marked.again.pdf']) {
      const pdf = await fs.readFile(path.join(pdfDir, name));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
  },
  180000,
);
