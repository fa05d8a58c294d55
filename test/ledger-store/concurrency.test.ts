// Concurrent `ledger add` on every backend (.xlsx, .csv, SQLite, PostgreSQL): eight real processes add
// eight claims with overlapping people at once. Afterwards the ledger holds exactly the records of the
// claims that were accepted, nobody is paid more than three times a year (exactly two of the five
// claims contending for P are refused, naming another claim), and a process killed with SIGKILL just
// before its write becomes visible leaves the ledger as it was.
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readLedgerFile } from '../../src/ledger-store/files';
import { PgLedger } from '../../src/ledger-store/pg/ledger';
import { LedgerStore } from '../../src/ledger-store/store';
import type { LedgerRecord } from '../../src/core/ledger';
import { makePeople } from '../fixtures/people';
import { SAMPLE_HEADERS, styleHeader, writePerson } from '../fixtures/sample';
import { tempDir } from '../cli/run';
import { buildCli, type BuiltCli } from '../helpers/cli-build';
import { testPg, type TestPg } from '../helpers/pg';
import { CLAIMS, CONTENDED, TODAY, writeClaims, type ClaimFile } from './claims';

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let cli: BuiltCli;
let pgs: TestPg | null = null;
let dir: string;
let claims: ClaimFile[];
let extra: string;

beforeAll(async () => {
  [cli, pgs, dir] = await Promise.all([buildCli(), testPg(), tempDir('concurrent')]);
  claims = await writeClaims(dir);
  // one more claim of new people, for the kill test
  extra = path.join(dir, 'claim-extra.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  styleHeader(ws, 1, SAMPLE_HEADERS);
  makePeople(5, 4242).forEach((p, k) => writePerson(ws, 2 + k, k + 1, p));
  await wb.xlsx.writeFile(extra);
  if (pgs) {
    const db = await PgLedger.connect(pgs.url);
    await db.migrate();
    await db.close();
  }
}, 120_000);

afterAll(async () => {
  await pgs?.stop();
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(cli.dir, { recursive: true, force: true });
});

function add(
  file: string,
  ledger: string,
  env: NodeJS.ProcessEnv = {},
  onStderr?: (s: string, kill: () => void) => void,
): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli.script, 'ledger', 'add', file, '--ledger', ledger, '--date', TODAY], {
      env: { ...cli.env, ...(pgs?.env ?? {}), ...env },
    });
    let stdout = '',
      stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      onStderr?.(stderr, () => child.kill('SIGKILL'));
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function records(ledger: string): Promise<LedgerRecord[]> {
  if (ledger.startsWith('postgres')) {
    const db = await PgLedger.connect(ledger);
    const out: LedgerRecord[] = [];
    for await (const page of db.allRecords()) out.push(...page);
    await db.close();
    return out;
  }
  if (ledger.endsWith('.sqlite')) {
    const store = new LedgerStore(ledger);
    const out = [...store.allRecords()];
    store.close();
    return out;
  }
  return (await readLedgerFile(ledger)).parse.records;
}

const fmt = (d: { y: number; m: number; d: number } | null) => (d ? `${d.y}-${d.m}-${d.d}` : '');
const keyOf = (r: { idKey: string; source: string; start: LedgerRecord['start'] }) =>
  `${r.idKey}|${r.source}|${fmt(r.start)}`;

function expected(i: number): string[] {
  const c = claims[i];
  return c.people.map((p) =>
    keyOf({ idKey: p.id, source: path.basename(c.file), start: { y: p.start[0], m: p.start[1], d: p.start[2] } }),
  );
}

const BACKENDS: { name: string; ledger: () => string | null }[] = [
  { name: '.xlsx', ledger: () => path.join(dir, '台账.xlsx') },
  { name: '.csv', ledger: () => path.join(dir, '台账.csv') },
  { name: 'SQLite', ledger: () => path.join(dir, '台账.sqlite') },
  { name: 'PostgreSQL', ledger: () => pgs?.url ?? null },
];

describe.each(BACKENDS)('$name ledger', ({ ledger: spec }) => {
  it('8 concurrent adds: exactly the union of the accepted claims, nobody over the limit', async () => {
    const ledger = spec();
    if (!ledger) return void console.warn('no PostgreSQL server: skipped (CI requires one)');
    const exits = await Promise.all(claims.map((c) => add(c.file, ledger)));
    for (const e of exits) expect([0, 1]).toContain(e.code);
    const accepted = exits.map((e, i) => (e.code === 0 ? i : -1)).filter((i) => i >= 0);
    // P may be paid three times in 2025: two of the five contending claims are refused
    expect(accepted.filter((i) => CONTENDED.includes(i))).toHaveLength(3);
    expect(accepted.filter((i) => !CONTENDED.includes(i))).toEqual([5, 6, 7].filter((i) => i < CLAIMS));
    for (const [i, e] of exits.entries()) {
      if (e.code !== 1) continue;
      expect(e.stderr).toContain('超过每年 3 次的上限');
      expect(e.stderr).toMatch(/来源：claim-\d\.xlsx 第 \d+ 行/);
      expect(e.stderr).not.toContain(`来源：claim-${i}.xlsx`);
    }
    const got = (await records(ledger)).map(keyOf).sort();
    expect(got).toEqual(accepted.flatMap(expected).sort());
    const p = claims[0].people[2].id;
    expect(got.filter((k) => k.startsWith(p + '|'))).toHaveLength(3);
  });

  it('a process killed just before its write shows leaves the ledger as it was; the next add works', async () => {
    const ledger = spec();
    if (!ledger) return;
    const before = (await records(ledger)).map(keyOf).sort();
    const bytes = ledger.startsWith('postgres') || ledger.endsWith('.sqlite') ? null : await fs.readFile(ledger);
    const killed = await add(extra, ledger, { ROSTER_CHECK_PAUSE_BEFORE_COMMIT: '1' }, (s, kill) => {
      if (s.includes('ROSTER_CHECK_PAUSED')) kill();
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stderr).toContain('ROSTER_CHECK_PAUSED');
    expect((await records(ledger)).map(keyOf).sort()).toEqual(before);
    if (bytes) expect((await fs.readFile(ledger)).equals(bytes)).toBe(true);
    // the dead process's lock (files) or transaction (databases) does not block the next add
    const again = await add(extra, ledger, { ROSTER_CHECK_LOCK_TIMEOUT_MS: '20000' });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect((await records(ledger)).length).toBe(before.length + 5);
  });
});
