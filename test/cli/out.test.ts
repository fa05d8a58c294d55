// --out: the marked copy, read back with ExcelJS and (when installed) converted by LibreOffice.
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/report-json';
import { patchInternalHyperlinks } from '../../src/xlsx/links';
import { SEVERITY_FILL } from '../../src/xlsx/mark';
import { writeRosterSample, type SamplePlan } from '../fixtures/sample';
import { run, tempDir } from './run';
import { fillOf, noteOf } from '../xlsx/read-back';
import { ruleByCode } from '../../src/core/rules';

/** the rule's title, which each reason of a note starts with */
const title = (code: string): string => ruleByCode(code)!.title['zh-CN'];

let dir: string;
let input: string;
let plan: SamplePlan;
let out: string;
let report: JsonReport;
let before: string;
let marked: ExcelJS.Workbook;
let original: ExcelJS.Workbook;

const sha = async (f: string) =>
  createHash('sha256')
    .update(await fs.readFile(f))
    .digest('hex');

beforeAll(async () => {
  dir = await tempDir('out');
  input = path.join(dir, 'roster.xlsx');
  plan = await writeRosterSample(input);
  before = await sha(input);
  out = path.join(dir, 'out', 'roster.marked.xlsx');
  const r = await run('validate', input, '--out', out, '--format', 'json');
  expect(r.code).toBe(1);
  report = JSON.parse(r.stdout);
  // ExcelJS alone drops in-workbook links written the way Excel writes them (location only)
  patchInternalHyperlinks();
  marked = new ExcelJS.Workbook();
  await marked.xlsx.readFile(out);
  original = new ExcelJS.Workbook();
  await original.xlsx.readFile(input);
});

test('the input file is not modified and the report names the copy', async () => {
  expect(await sha(input)).toBe(before);
  expect(report.out).toBe(out);
  expect(await fs.readdir(path.dirname(out))).toEqual(['roster.marked.xlsx']);
});

test('each faulty cell is filled by severity and carries its findings in a note', () => {
  const ws = marked.getWorksheet(plan.sheet)!;
  const checksum = report.findings.find((f) => f.code === 'id.checksum')!;
  const cell = ws.getCell(`${checksum.column}${checksum.row}`);
  expect(fillOf(cell)).toBe(SEVERITY_FILL.error);
  expect(noteOf(cell)).toContain(`• 身份证校验码错误：${checksum.message}`);
  const warn = report.findings.find((f) => f.code === 'id.legacy-15')!;
  expect(fillOf(ws.getCell(`${warn.column}${warn.row}`))).toBe(SEVERITY_FILL.warning);
  for (const f of report.findings.filter((x) => x.column)) {
    expect(noteOf(ws.getCell(`${f.column}${f.row}`))).toContain(title(f.code));
  }
  // a clean trainee row has no fill and no note
  const flagged = new Set(report.findings.map((f) => f.row));
  const clean = Array.from({ length: 30 }, (_, i) => 4 + i).find((r) => !flagged.has(r))!;
  for (let c = 1; c <= 15; c++) {
    expect(fillOf(ws.getCell(clean, c))).not.toBe(SEVERITY_FILL.error);
    expect(noteOf(ws.getCell(clean, c))).toBe('');
  }
});

test("the user's values, merges and sheets are unchanged", () => {
  const a = original.getWorksheet(plan.sheet)!;
  const b = marked.getWorksheet(plan.sheet)!;
  expect(b.rowCount).toBe(a.rowCount);
  a.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      expect({ r, c, v: b.getCell(r, c).value }).toEqual({ r, c, v: cell.value });
      expect(b.getCell(r, c).numFmt).toBe(cell.numFmt);
    });
  });
  expect(b.model.merges.sort()).toEqual(a.model.merges.sort());
  expect(marked.worksheets.map((w) => w.name)).toEqual([plan.sheet, '校验结果']);
});

test('校验结果 lists every finding with a link to a cell that exists and holds the finding', () => {
  const rs = marked.getWorksheet('校验结果')!;
  const rows: { row: number; code: string; link: string }[] = [];
  rs.eachRow((row, r) => {
    if (r === 1) return;
    const v = row.getCell(3).value as ExcelJS.CellHyperlinkValue | null;
    if (row.getCell(5).value)
      rows.push({ row: Number(row.getCell(1).value), code: String(row.getCell(5).value), link: v?.hyperlink ?? '' });
  });
  expect(rows).toHaveLength(report.findings.length);
  const ws = marked.getWorksheet(plan.sheet)!;
  for (const x of rows) {
    const m = /^#'((?:[^']|'')+)'!([A-Z]+)(\d+)$/.exec(x.link);
    expect(m).not.toBeNull();
    expect(m![1].replace(/''/g, "'")).toBe(plan.sheet);
    expect(Number(m![3])).toBe(x.row);
    expect(noteOf(ws.getCell(`${m![2]}${m![3]}`))).toContain(title(x.code));
  }
  expect(rs.getCell('F2').value).toBe('错误');
});

test('the summary block on 校验结果 agrees with the JSON summary', () => {
  const rs = marked.getWorksheet('校验结果')!;
  const summary = new Map<string, unknown>();
  rs.getColumn(10).eachCell((c, r) => summary.set(String(c.value), rs.getCell(r, 11).value));
  expect(summary.get('错误')).toBe(report.summary.error);
  expect(summary.get('警告')).toBe(report.summary.warning);
  expect(summary.get('提示')).toBe(report.summary.info);
  // the sheet is named (the file is not: the add-in writes the same table and cannot know it)
  expect(summary.get(`工作表：${plan.sheet}`)).toBeNull();
  expect(summary.has('文件：roster.xlsx')).toBe(false);
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
(soffice ? test : test.skip)(
  'LibreOffice opens the marked copy (converts it to PDF)',
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
      ],
      { stdio: 'pipe', timeout: 120000 },
    );
    const pdf = await fs.readFile(path.join(pdfDir, 'roster.marked.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10000);
  },
  180000,
);
