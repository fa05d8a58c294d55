// An exclusive lock on a ledger file, for the read-check-write of `ledger add` on .xlsx/.csv ledgers:
// a lock file next to the ledger, created with O_EXCL (only one process can create it), holding the
// holder's pid, host and start time. A lock whose holder process is gone (same host, pid not alive) is
// stale and broken; breaking goes through a second O_EXCL file so two breakers cannot both win.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputError } from '../core';

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the lock was taken */
  time: string;
}

export interface LockOptions {
  /** give up after this many ms (default: ROSTER_CHECK_LOCK_TIMEOUT_MS, else 120 000) */
  timeoutMs?: number;
  /** how often to try again, in ms */
  pollMs?: number;
}

/** The lock file of a ledger: `.台账.xlsx.lock` in the same folder (never read as a ledger). */
export function lockPathOf(file: string): string {
  const abs = path.resolve(file);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readInfo(lock: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fs.readFile(lock, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

/** A lock is stale when it was taken on this host by a process that no longer runs. */
function stale(info: LockInfo | null): boolean {
  return !!info && info.host === os.hostname() && !alive(info.pid);
}

async function create(lock: string): Promise<boolean> {
  const info: LockInfo = { pid: process.pid, host: os.hostname(), time: new Date().toISOString() };
  let h: fs.FileHandle;
  try {
    h = await fs.open(lock, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(
      `${lock}：无法创建台账锁文件（${code}）`,
      `${lock}: cannot create the ledger lock file (${code})`,
    );
  }
  try {
    await h.writeFile(JSON.stringify(info));
  } finally {
    await h.close();
  }
  return true;
}

/** A lock file left empty (its creator died before writing it) for more than 10 s. */
async function emptyAndOld(lock: string): Promise<boolean> {
  const st = await fs.stat(lock).catch(() => null);
  return !!st && st.size === 0 && Date.now() - st.mtimeMs > 10_000;
}

/** Removes the lock when its holder is gone; only one process at a time may do so (the .break file). */
async function breakStale(lock: string): Promise<void> {
  const guard = `${lock}.break`;
  if (!(await create(guard))) {
    // a breaker that died while breaking leaves its guard behind
    if (stale(await readInfo(guard))) await fs.rm(guard, { force: true });
    return;
  }
  try {
    const info = await readInfo(lock);
    if (stale(info) || (!info && (await emptyAndOld(lock)))) await fs.rm(lock, { force: true });
  } finally {
    await fs.rm(guard, { force: true });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs fn while holding the ledger's lock; waits (polling) while another process holds it. */
export async function withFileLock<T>(file: string, fn: () => Promise<T>, opts: LockOptions = {}): Promise<T> {
  const lock = lockPathOf(file);
  const timeout = opts.timeoutMs ?? (Number(process.env.ROSTER_CHECK_LOCK_TIMEOUT_MS) || 120_000);
  const poll = opts.pollMs ?? 25;
  const until = Date.now() + timeout;
  for (;;) {
    if (await create(lock)) break;
    const info = await readInfo(lock);
    if (stale(info) || (!info && (await emptyAndOld(lock)))) {
      await breakStale(lock);
      continue;
    }
    if (Date.now() > until) {
      const who = info ? `主机 ${info.host} 的进程 ${info.pid}，自 ${info.time} 起` : '未知进程';
      const whoEn = info ? `process ${info.pid} on ${info.host} since ${info.time}` : 'an unknown process';
      throw new InputError(
        `${path.resolve(file)}：台账正由${who}登记，等待超时；若该进程已不存在，可删除锁文件 ${lock}`,
        `${path.resolve(file)}: the ledger is locked by ${whoEn}; timed out waiting (if it is gone, delete ${lock})`,
      );
    }
    await sleep(poll + Math.floor(Math.random() * poll));
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lock, { force: true });
  }
}
