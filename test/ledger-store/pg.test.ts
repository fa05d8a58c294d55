// The PostgreSQL ledger through the CLI: migrate, validate and ledger add with --ledger postgres://…
// or ROSTER_CHECK_LEDGER, idempotent adds, a SELECT-only role that can check but not record, no
// password ever printed, import of file ledgers and export. Needs a PostgreSQL server (see
// test/helpers/pg.ts): skipped without one, except in CI.
import { promises as fs } from 'fs';
import * as path from 'path';
import { readLedgerFile } from '../../src/ledger-store/files';
import { writeRosterSample } from '../fixtures/sample';
import { run, tempDir } from '../cli/run';
import { testPg, type TestPg } from '../helpers/pg';

let pgs: TestPg | null;
let dir: string;
let roster: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  pgs = await testPg();
  dir = await tempDir('pg');
  roster = path.join(dir, 'roster.xlsx');
  await writeRosterSample(roster);
  // the CLI runs in this process: it reads PG* from here
  if (pgs)
    for (const k of ['PGHOST', 'PGPORT', 'PGUSER', 'PGDATABASE', 'PGPASSWORD']) {
      saved[k] = process.env[k];
      if (pgs.env[k] !== undefined) process.env[k] = pgs.env[k];
    }
}, 120_000);

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await pgs?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

const maybe = (name: string, fn: () => Promise<void>) =>
  test(name, async () => {
    if (!pgs) return void console.warn(`no PostgreSQL server: "${name}" skipped (CI requires one)`);
    await fn();
  });

maybe('a database not yet migrated is refused; migrate creates the schema once', async () => {
  const v = await run('validate', roster, '--ledger', pgs!.url);
  expect(v.code).toBe(2);
  expect(v.stderr).toContain('不是花名册核验的台账');
  const m = await run('ledger', 'migrate', '--ledger', pgs!.url);
  expect(m.stderr).toBe('');
  expect(m.stdout).toContain('已升级到结构版本 1');
  const again = await run('ledger', 'migrate', '--ledger', pgs!.url);
  expect(again.stdout).toContain('已是最新结构（版本 1）');
  const idx = await pgs!.db.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'ledger_records'`);
  expect(idx.rows.map((r) => r.indexname)).toContain('ledger_records_id_key');
});

maybe('ledger add records once; validate finds the recorded people through ROSTER_CHECK_LEDGER', async () => {
  const a = await run('ledger', 'add', roster, '--ledger', pgs!.url, '--include-errors', '--paid', '2021-05-10');
  expect(a.stderr).toBe('');
  expect(a.code).toBe(0);
  expect(a.stdout).toMatch(/已登记入账 \d+ 条：roster\.xlsx → postgres:\/\//);
  const b = await run('ledger', 'add', roster, '--ledger', pgs!.url, '--include-errors');
  expect(b.stdout).toContain('已于此前登记入账');
  const n = (await pgs!.db.query('SELECT count(*)::int AS n FROM ledger_records')).rows[0].n;
  expect(n).toBeGreaterThan(10);
  expect((await pgs!.db.query('SELECT count(*)::int AS n FROM ledger_claims')).rows[0].n).toBe(1);
  const copy = path.join(dir, 'again.xlsx');
  await fs.copyFile(roster, copy);
  process.env.ROSTER_CHECK_LEDGER = pgs!.url;
  try {
    const v = await run('validate', copy, '--format', 'json');
    expect(v.code).toBe(1);
    const found = (JSON.parse(v.stdout) as { findings: { code: string; message: string }[] }).findings.filter((f) =>
      f.code.startsWith('ledger.'),
    );
    expect(found.length).toBeGreaterThan(10);
    expect(found[0].message).toMatch(/补贴台账 PostgreSQL \S+ 第 \d+ 行（.*来源：roster\.xlsx 第 \d+ 行/);
  } finally {
    delete process.env.ROSTER_CHECK_LEDGER;
  }
});

maybe('a SELECT-only role can validate but not record', async () => {
  await pgs!.db.query('DROP OWNED BY roster_reader').catch(() => undefined);
  await pgs!.db.query('DROP ROLE IF EXISTS roster_reader');
  await pgs!.db.query('CREATE ROLE roster_reader LOGIN');
  await pgs!.db.query('GRANT SELECT ON ALL TABLES IN SCHEMA public TO roster_reader');
  const reader = pgs!.urlAs('roster_reader');
  const v = await run('validate', roster, '--ledger', reader);
  expect(v.code).toBe(1);
  const count = async () => (await pgs!.db.query('SELECT count(*)::int AS n FROM ledger_records')).rows[0].n as number;
  const before = await count();
  const other = path.join(dir, 'other.xlsx');
  await fs.copyFile(roster, other);
  const a = await run(
    'ledger',
    'add',
    other,
    '--ledger',
    reader,
    '--force',
    '--include-errors',
    '--institution',
    '另一家',
  );
  expect(a.code).toBe(2);
  expect(a.stderr).toContain('账号 roster_reader 只有查询权限，没有登记入账的权限');
  expect(await count()).toBe(before);
  await pgs!.db.query('DROP OWNED BY roster_reader');
  await pgs!.db.query('DROP ROLE roster_reader');
});

maybe('a password in the URL is never printed', async () => {
  const url = pgs!.urlAs('postgres', 'S3cret-PW').replace(/\/roster_test_[^/?]+/, '/no_such_db');
  for (const argv of [
    ['validate', roster, '--ledger', url],
    ['ledger', 'add', roster, '--ledger', url],
    ['ledger', 'migrate', '--ledger', url],
  ]) {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('postgres:***@');
    expect(r.stderr).toContain('数据库不存在');
    expect(r.stderr + r.stdout).not.toContain('S3cret');
  }
});

maybe('ledger import loads file ledgers (once); ledger export writes the whole ledger', async () => {
  const folder = path.join(dir, 'old');
  await fs.mkdir(folder);
  const other = path.join(dir, '2020.xlsx');
  await writeRosterSample(other);
  expect(
    (
      await run(
        'ledger',
        'add',
        other,
        '--ledger',
        path.join(folder, '2020台账.xlsx'),
        '--include-errors',
        '--institution',
        '旧机构',
      )
    ).code,
  ).toBe(0);
  await fs.writeFile(path.join(folder, '旧.xls'), 'x');
  const before = (await pgs!.db.query('SELECT count(*)::int AS n FROM ledger_records')).rows[0].n;
  const imp = await run('ledger', 'import', folder, '--ledger', pgs!.url);
  expect(imp.stderr).toBe('');
  expect(imp.code).toBe(0);
  // .xls files are read too (SheetJS, issue 9): one without an ID column imports nothing
  expect(imp.stdout).toContain(`${path.join(folder, '旧.xls')}：导入 0 条`);
  const m = /导入 (\d+) 条/.exec(imp.stdout);
  expect(Number(m?.[1])).toBeGreaterThan(10);
  const again = await run('ledger', 'import', folder, '--ledger', pgs!.url);
  expect(again.stdout).toContain('自上次导入后未变化');
  const after = (await pgs!.db.query('SELECT count(*)::int AS n FROM ledger_records')).rows[0].n;
  expect(after).toBe(before + Number(m?.[1]));
  const out = path.join(dir, 'export.csv');
  const e = await run('ledger', 'export', out, '--ledger', pgs!.url);
  expect(e.code).toBe(0);
  const recs = (await readLedgerFile(out)).parse.records;
  expect(recs).toHaveLength(after);
  expect(recs.filter((r) => r.institution === '旧机构')).toHaveLength(Number(m?.[1]));
});
