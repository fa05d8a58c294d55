// ledger add and loadLedger on generated .xlsx/.csv files: append twice (no double entry), messy
// layouts, refusal of repeat claims, ledger folders, the SQLite store, and a run over several rosters.

import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { applyLedgerChecks, loadLedger, runLedgerAdd } from '../../src/cli/ledger';
import { checkGrid } from '../../src/core/engine';
import { SAMPLE_CATALOG } from '../../src/core/catalog';
import { getBuiltinPolicy } from '../../src/core/policy';
import { checkAgainstLedger, runKeys } from '../../src/core/ledger';
import { readLedgerFile } from '../../src/ledger-store/files';
import { readRoster } from '../../src/xlsx/read';
import { makePeople, type Person } from '../fixtures/people';
import { styleHeader, SAMPLE_HEADERS, writePerson } from '../fixtures/sample';
import { twoRowHeader } from '../fixtures/variants';
import { tempDir } from './run';

async function writeRoster(
  file: string,
  people: Person[],
  institution = '郑州市金水区阳光职业培训学校',
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.getCell('A1').value = '2021年职业技能培训补贴人员花名册';
  ws.getCell('A2').value = `培训机构：${institution}　　批次：2021年第3期`;
  styleHeader(ws, 3, SAMPLE_HEADERS);
  people.forEach((p, k) => writePerson(ws, 4 + k, k + 1, p));
  await wb.xlsx.writeFile(file);
}

async function add(...argv: string[]) {
  let stdout = '',
    stderr = '';
  const code = await runLedgerAdd(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('ledger');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const policy = getBuiltinPolicy('zhengzhou-2021')!;

describe('ledger add', () => {
  it('appends the included rows once; a second run adds nothing', async () => {
    const a = path.join(dir, 'A.xlsx'),
      ledger = path.join(dir, '台账.xlsx');
    await writeRoster(a, makePeople(8, 101));
    const first = await add(a, '--ledger', ledger, '--paid', '2021-05-10', '--date', '2021-05-12');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/已登记入账 8 条：A\.xlsx/);
    const once = await readLedgerFile(ledger);
    expect(once.sheet).toBe('补贴台账');
    expect(once.parse.records).toHaveLength(8);
    expect(once.parse.records[0]).toMatchObject({
      source: 'A.xlsx',
      sourceRow: 4,
      institution: '郑州市金水区阳光职业培训学校',
      paidOn: { y: 2021, m: 5, d: 10 },
      ledgerRow: 2,
    });
    expect(once.parse.records[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const second = await add(a, '--ledger', ledger);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('已于此前登记入账');
    expect((await readLedgerFile(ledger)).parse.records).toHaveLength(8);
  });

  it('records a roster with a messy layout (title, two-row header)', async () => {
    const b = path.join(dir, 'B-two-row.xlsx'),
      ledger = path.join(dir, '台账-B.xlsx');
    await twoRowHeader(makePeople(5, 202)).xlsx.writeFile(b);
    const r = await add(b, '--ledger', ledger, '--institution', '二七区技工学校', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/recorded 5 rows: B-two-row\.xlsx/);
    const recs = (await readLedgerFile(ledger)).parse.records;
    expect(recs.map((x) => x.sourceRow)).toEqual([4, 5, 6, 7, 8]);
    expect(recs.every((x) => x.start && x.end && x.institution === '二七区技工学校')).toBe(true);
  });

  it('refuses a claim that repeats an earlier subsidy, unless --force', async () => {
    const ledger = path.join(dir, '台账-C.xlsx');
    const people = makePeople(6, 303);
    await writeRoster(path.join(dir, 'C1.xlsx'), people.slice(0, 3));
    expect((await add(path.join(dir, 'C1.xlsx'), '--ledger', ledger)).code).toBe(0);
    // the same person, occupation and level, a later class
    const again: Person = { ...people[0], start: [2021, 9, 1], end: [2021, 9, 15] };
    await writeRoster(path.join(dir, 'C2.xlsx'), [again, ...people.slice(3)], '另一家培训学校');
    const refused = await add(path.join(dir, 'C2.xlsx'), '--ledger', ledger);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('同一职业（工种）同一等级不得重复申领');
    expect(refused.stderr).toContain('补贴台账 台账-C.xlsx 第 2 行');
    expect((await readLedgerFile(ledger)).parse.records).toHaveLength(3);
    const forced = await add(path.join(dir, 'C2.xlsx'), '--ledger', ledger, '--force');
    expect(forced.code).toBe(0);
    expect((await readLedgerFile(ledger)).parse.records).toHaveLength(7);
  });

  it('keeps a CSV ledger, appending once', async () => {
    const d = path.join(dir, 'D.xlsx'),
      ledger = path.join(dir, 'ledger.csv');
    await writeRoster(d, makePeople(4, 404));
    expect((await add(d, '--ledger', ledger, '--paid', '2021.6.1')).code).toBe(0);
    expect((await add(d, '--ledger', ledger)).code).toBe(0);
    const text = await fs.readFile(ledger, 'utf8');
    expect(text.startsWith('\ufeff身份证号码,姓名')).toBe(true);
    const recs = (await readLedgerFile(ledger)).parse.records;
    expect(recs).toHaveLength(4);
    expect(recs[0].paidOn).toEqual({ y: 2021, m: 6, d: 1 });
  });

  it('reports bad usage', async () => {
    expect((await add('x.xlsx')).code).toBe(2);
    expect((await add(path.join(dir, 'missing.xlsx'), '--ledger', path.join(dir, 'l.xlsx'))).code).toBe(2);
    expect((await add(path.join(dir, 'A.xlsx'), '--ledger', path.join(dir, 'l.txt'))).code).toBe(2);
  });
});

describe('loadLedger and a run over several rosters', () => {
  it('checks rosters against a ledger folder and each other, in memory and with SQLite alike', async () => {
    const ldir = path.join(dir, 'ledgers');
    await fs.mkdir(ldir);
    const people = makePeople(10, 505);
    // an older roster dropped into the ledger folder as it is, and a CSV ledger
    await writeRoster(path.join(ldir, '2021第一批.xlsx'), people.slice(0, 4), '甲学校');
    const p = people[5];
    await fs.writeFile(
      path.join(ldir, '旧台账.csv'),
      `身份证号码,姓名,培训工种,证书类型,等级,培训起止时间,拨付日期,培训机构\n${p.id},别名,${p.occupation},${p.certType},${p.level},2021.03.01-2021.03.31,2021.5.1,乙学校\n,,,,,,,\n`,
    );
    // this run: roster X repeats people[0]; roster Y repeats people[5] (under another name) and shares people[8] with X
    const x = path.join(dir, 'X.xlsx'),
      y = path.join(dir, 'Y.xlsx');
    await writeRoster(x, [people[0], people[8]], '丙学校');
    await writeRoster(
      y,
      [people[5], { ...people[8], occupation: '收银员', start: [2021, 3, 10], end: [2021, 3, 30] }],
      '丁学校',
    );
    const rosters = [];
    const runFiles = [];
    for (const f of [x, y]) {
      const r = await readRoster(f);
      const res = checkGrid(r.grid, { policy, catalog: SAMPLE_CATALOG, today: { y: 2021, m: 6, d: 1 } });
      rosters.push({ source: path.basename(f), trainees: res.trainees });
      runFiles.push({ file: f, result: res, grid: r.grid });
    }
    const mem = await loadLedger(ldir);
    expect(mem.kind).toBe('memory');
    expect(mem.size).toBe(5);
    const found = checkAgainstLedger(rosters, await mem.lookup(runKeys(rosters)), policy);
    const codes = (s: string) =>
      found
        .get(s)!
        .map((f) => `${f.row}:${f.code}`)
        .sort();
    expect(codes('X.xlsx')).toEqual(['4:ledger.overlap', '4:ledger.same-occupation-level', '5:ledger.overlap']);
    expect(codes('Y.xlsx')).toEqual([
      '4:ledger.name-conflict',
      '4:ledger.overlap',
      '4:ledger.same-occupation-level',
      '5:ledger.overlap',
    ]);
    expect(found.get('X.xlsx')!.find((f) => f.row === 4)!.message).toContain('补贴台账 2021第一批.xlsx 第 4 行（');
    expect(found.get('X.xlsx')!.find((f) => f.row === 5)!.message).toContain('花名册 Y.xlsx 第 5 行（');
    expect(found.get('Y.xlsx')!.find((f) => f.row === 5)!.message).toContain('花名册 X.xlsx 第 5 行（');
    expect(found.get('Y.xlsx')!.find((f) => f.code === 'ledger.name-conflict')!.message).toContain('乙学校');

    // the same through the CLI helper: merged into each file's result, institutions from the title lines
    const merged = await applyLedgerChecks(runFiles, mem, policy, 'zh-CN');
    const ledgerCodes = merged[1].findings.filter((f) => f.code.startsWith('ledger.'));
    expect(ledgerCodes.map((f) => `${f.row}:${f.code}`).sort()).toEqual(codes('Y.xlsx'));
    expect(merged[1].byRule['ledger.overlap']).toBe(2);
    expect(merged[0].summary.error).toBeGreaterThanOrEqual(3);
    expect(ledgerCodes.find((f) => f.row === 5)!.message).toContain('培训机构：丙学校');

    const db = path.join(dir, 'ledger.sqlite');
    const sql = await loadLedger(ldir, { db });
    expect(sql.kind).toBe('sqlite');
    expect(sql.size).toBe(5);
    expect(checkAgainstLedger(rosters, await sql.lookup(runKeys(rosters)), policy)).toEqual(found);
    await sql.close();
    // the database alone, later
    const again = await loadLedger(db);
    expect(again.size).toBe(5);
    expect(again.files).toHaveLength(2);
    await again.close();
  });

  it('notes unreadable IDs and files without an ID column', async () => {
    const f = path.join(dir, 'notes.csv');
    await fs.writeFile(f, '身份证号码,姓名\n4.10102E+17,张三\n');
    const l = await loadLedger(f);
    expect(l.size).toBe(0);
    expect(l.notes[0].zh).toContain('1 行身份证号码为空、被 Excel 损坏或格式错误');
    await expect(loadLedger(path.join(dir, 'nope'))).rejects.toThrow('台账文件或文件夹不存在');
  });
});
