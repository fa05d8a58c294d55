// validate over several rosters and a ledger: repeats are found across files in both directions and
// against the ledger, each message naming where the other record is; the marked copies carry them.
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { writeRosterSample } from '../fixtures/sample';
import { run, tempDir } from './run';

interface JsonFinding {
  code: string;
  row: number;
  message: string;
  related?: number[];
}
interface JsonDoc {
  file: string;
  findings: JsonFinding[];
  summary: { error: number };
}

let dir: string;
let a: string;
let b: string;

beforeAll(async () => {
  dir = await tempDir('vledger');
  a = path.join(dir, 'A.xlsx');
  b = path.join(dir, 'B.xlsx');
  await writeRosterSample(a);
  await fs.copyFile(a, b);
});

const ledgerCodes = (d: JsonDoc) => d.findings.filter((f) => f.code.startsWith('ledger.'));

test('two rosters of the same people: each roster names the other', async () => {
  const r = await run('validate', a, b, '--format', 'json');
  expect(r.code).toBe(1);
  const docs = (JSON.parse(r.stdout) as { files: JsonDoc[] }).files;
  expect(docs).toHaveLength(2);
  for (const [doc, other] of [
    [docs[0], 'B.xlsx'],
    [docs[1], 'A.xlsx'],
  ] as const) {
    const same = ledgerCodes(doc).filter((f) => f.code === 'ledger.same-occupation-level');
    expect(same.length).toBeGreaterThan(30);
    expect(same[0].message).toContain(other);
  }
});

test('one roster alone raises no ledger finding', async () => {
  const r = await run('validate', a, '--format', 'json');
  expect(ledgerCodes(JSON.parse(r.stdout) as JsonDoc)).toEqual([]);
});

test('against a ledger made by ledger add: the recorded people are found, with the ledger row, and marked', async () => {
  const claim = path.join(dir, 'claim.xlsx');
  const ledger = path.join(dir, '补贴台账.xlsx');
  const info = path.join(__dirname, '../../examples/claim-info.json');
  expect((await run('assemble', a, '--info', info, '--out', claim)).code).toBe(0);
  expect((await run('ledger', 'add', claim, '--ledger', ledger)).code).toBe(0);
  const out = path.join(dir, 'B.marked.xlsx');
  const r = await run('validate', b, '--ledger', ledger, '--format', 'json', '--out', out);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout) as JsonDoc;
  const found = ledgerCodes(doc);
  expect(found.length).toBeGreaterThan(30);
  expect(found[0].message).toMatch(/补贴台账 补贴台账\.xlsx 第 \d+ 行/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const results = wb.getWorksheet('校验结果');
  const codes = new Set<string>();
  results?.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === 'string' && c.value.startsWith('ledger.')) codes.add(c.value);
    }),
  );
  expect(codes.has('ledger.same-occupation-level')).toBe(true);
});

test('people in the ledger and in two rosters of the run: each roster names the ledger and the other roster', async () => {
  const claim = path.join(dir, 'claim-both.xlsx');
  const ledger = path.join(dir, '补贴台账-both.xlsx');
  const info = path.join(__dirname, '../../examples/claim-info.json');
  expect((await run('assemble', a, '--info', info, '--out', claim)).code).toBe(0);
  expect((await run('ledger', 'add', claim, '--ledger', ledger)).code).toBe(0);
  const r = await run('validate', a, b, '--ledger', ledger, '--format', 'json');
  const docs = (JSON.parse(r.stdout) as { files: JsonDoc[] }).files;
  for (const [doc, other] of [
    [docs[0], 'B.xlsx'],
    [docs[1], 'A.xlsx'],
  ] as const) {
    const messages = ledgerCodes(doc).map((f) => f.message);
    expect(messages.filter((m) => /补贴台账-both\.xlsx 第 \d+ 行/.test(m)).length).toBeGreaterThan(30);
    expect(messages.filter((m) => m.includes(other)).length).toBeGreaterThan(30);
  }
});

test('a ledger file that does not exist is a clear usage error', async () => {
  const r = await run('validate', a, '--ledger', path.join(dir, 'nope.xlsx'));
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('nope.xlsx');
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
