// File and SQLite ledgers made safe: foreign or damaged SQLite files are refused by name and left
// untouched; every unreadable file of a ledger folder is listed (full paths) and the run stops with
// exit 2; .xls/.et files are named as skipped; the lock file is exclusive, and a stale one is broken.
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import Database from 'better-sqlite3';
import { loadLedger } from '../../src/ledger-store/load';
import { lockPathOf, withFileLock } from '../../src/ledger-store/lock';
import { LedgerStore } from '../../src/ledger-store/store';
import { writeRosterSample } from '../fixtures/sample';
import { run, tempDir } from '../cli/run';

let dir: string;
let roster: string;
beforeAll(async () => {
  dir = await tempDir('lfiles');
  roster = path.join(dir, 'roster.xlsx');
  await writeRosterSample(roster);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('SQLite ledgers', () => {
  it('refuses a SQLite file without our marker and writes nothing into it', async () => {
    const foreign = path.join(dir, 'foreign.sqlite');
    const db = new Database(foreign);
    db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x')");
    db.close();
    const before = await fs.readFile(foreign);
    const v = await run('validate', roster, '--ledger', foreign);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(`${foreign}：不是花名册核验的台账`);
    const a = await run('ledger', 'add', roster, '--ledger', foreign);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('不是花名册核验的台账');
    expect((await fs.readFile(foreign)).equals(before)).toBe(true);
    expect(await fs.readdir(dir)).not.toContain('foreign.sqlite-wal');
  });

  it('names a damaged database file instead of an internal error', async () => {
    const bad = path.join(dir, 'damaged.sqlite');
    await fs.writeFile(bad, Buffer.alloc(4096, 7));
    const v = await run('validate', roster, '--ledger', bad);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(`${bad}：台账数据库已损坏或不是 SQLite 数据库`);
    expect(v.stderr).not.toContain('内部错误');
  });

  it('creates, marks and reopens its own database; records under BEGIN IMMEDIATE in WAL mode', async () => {
    const own = path.join(dir, 'own.sqlite');
    expect((await run('ledger', 'add', roster, '--ledger', own, '--include-errors')).code).toBe(0);
    const db = new Database(own, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(0x52434c47);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const store = new LedgerStore(own);
    expect(store.size).toBeGreaterThan(10);
    store.close();
  });
});

describe('ledger folders', () => {
  it('lists every unreadable file with its full path and stops with exit 2', async () => {
    const folder = path.join(dir, 'ledgers');
    await fs.mkdir(folder);
    expect(
      (await run('ledger', 'add', roster, '--ledger', path.join(folder, 'good.xlsx'), '--include-errors')).code,
    ).toBe(0);
    await fs.writeFile(path.join(folder, 'broken.xlsx'), 'not a zip at all');
    await fs.writeFile(path.join(folder, 'empty.xlsx'), '');
    const v = await run('validate', roster, '--ledger', folder);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('以下 2 个台账文件无法读取');
    expect(v.stderr).toContain(path.join(folder, 'broken.xlsx'));
    expect(v.stderr).toContain(path.join(folder, 'empty.xlsx'));
    expect(v.stdout).toBe('');
  });

  it('reads .xls and .et files in a folder (SheetJS), naming those without an ID column', async () => {
    const folder = path.join(dir, 'mixed');
    await fs.mkdir(folder);
    expect((await run('ledger', 'add', roster, '--ledger', path.join(folder, 'a.csv'), '--include-errors')).code).toBe(
      0,
    );
    await fs.writeFile(path.join(folder, '2019台账.xls'), 'old');
    await fs.writeFile(path.join(folder, 'wps.et'), 'old');
    const l = await loadLedger(folder);
    expect(l.notes.map((n) => n.zh)).toEqual([
      '2019台账.xls：未找到身份证号码列，未读取任何台账记录',
      'wps.et：未找到身份证号码列，未读取任何台账记录',
    ]);
    expect(l.size).toBeGreaterThan(10);
    const v = await run('validate', roster, '--ledger', folder);
    expect(v.stderr).toContain('2019台账.xls：未找到身份证号码列');
  });
});

describe('the ledger lock file', () => {
  it('is exclusive: a second holder waits, then times out naming the holder', async () => {
    const file = path.join(dir, 'locked.xlsx');
    let inside = 0,
      most = 0;
    const hold = () =>
      withFileLock(file, async () => {
        most = Math.max(most, ++inside);
        await new Promise((r) => setTimeout(r, 30));
        inside--;
      });
    await Promise.all([hold(), hold(), hold(), hold()]);
    expect(most).toBe(1);
    const info = JSON.stringify({ pid: process.pid, host: os.hostname(), time: '2026-01-01T00:00:00Z' });
    await fs.writeFile(lockPathOf(file), info);
    await expect(withFileLock(file, async () => 1, { timeoutMs: 200 })).rejects.toThrow(
      `台账正由主机 ${os.hostname()} 的进程 ${process.pid}`,
    );
    await fs.rm(lockPathOf(file));
  });

  it('is broken when its holder is gone', async () => {
    const file = path.join(dir, 'stale.csv');
    const dead = spawn(process.execPath, ['-e', '0']);
    const pid = dead.pid!;
    await new Promise((r) => dead.on('close', r));
    await fs.writeFile(lockPathOf(file), JSON.stringify({ pid, host: os.hostname(), time: new Date().toISOString() }));
    expect(await withFileLock(file, async () => 'ran', { timeoutMs: 2000 })).toBe('ran');
    await expect(fs.stat(lockPathOf(file))).rejects.toThrow();
  });
});
