// Loading the ledger named by --ledger (or ROSTER_CHECK_LEDGER): a file (.xlsx/.csv), a folder of
// them, a SQLite database made by an earlier import or `ledger add`, or a PostgreSQL database
// (postgres://… / postgresql://…). In memory by default; with a database file, the ledger files are
// imported into it once (again only when a file changes). Databases look up just the run's people.
// `validate` and `assemble` both load their ledger here.
import { promises as fs } from 'fs';
import * as path from 'path';
import { ledgerIndexForKeys, type LedgerRecord, t } from '../core';
import { InputError } from '../core';
import { isLedgerFile, isSkippedFile, listLedgerFolder, readLedgerFile, type LedgerFileRead } from './files';
import { isPgUrl } from './pg/url';
import { LedgerStore } from './store';

import type { LedgerNote, LoadedLedger } from './loaded';

export type { LedgerNote, LoadedLedger };

export interface LoadLedgerOptions {
  /** keep the ledger in this SQLite file (created when missing) instead of in memory */
  db?: string;
}

export const DB_EXT = ['.sqlite', '.sqlite3', '.db'];

export function isDbFile(file: string): boolean {
  return DB_EXT.includes(path.extname(file).toLowerCase());
}

function notesOf(read: LedgerFileRead): LedgerNote[] {
  const name = path.basename(read.file);
  const out: LedgerNote[] = [];
  if (read.parse.noIdColumn) {
    out.push({
      zh: `${name}：未找到身份证号码列，未读取任何台账记录`,
      en: `${name}: no ID number column found; no ledger records read`,
    });
  }
  const bad = read.parse.rejected;
  if (bad.length) {
    const rows = bad.slice(0, 10).map((r) => r.row);
    out.push({
      zh: `${name}：${bad.length} 行身份证号码为空、被 Excel 损坏或格式错误，无法比对（第 ${rows.join('、')} 行${bad.length > 10 ? ' 等' : ''}）`,
      en: `${name}: ${bad.length} rows have an ID that is damaged or malformed and cannot be compared (rows ${rows.join(', ')}${bad.length > 10 ? ' …' : ''})`,
    });
  }
  return out;
}

function skippedNotes(skipped: string[]): LedgerNote[] {
  return skipped.map((f) => ({
    zh: `已跳过 ${f}：暂不能读取 ${path.extname(f)} 格式的台账，请另存为 .xlsx 后放回文件夹`,
    en: `skipped ${f}: ${path.extname(f)} ledgers cannot be read yet; save it as .xlsx and put it back`,
  }));
}

/** The files of a ledger path; a folder's .xls/.et files are listed as skipped. */
export async function ledgerFiles(pathOrDir: string): Promise<{ files: string[]; skipped: string[]; isDb: boolean }> {
  let stat;
  try {
    stat = await fs.stat(pathOrDir);
  } catch {
    throw new InputError(
      'ledger.not-found',
      t(`${pathOrDir}：台账文件或文件夹不存在`, `${pathOrDir}: ledger file or folder not found`),
    );
  }
  if (stat.isDirectory()) return { ...(await listLedgerFolder(pathOrDir)), isDb: false };
  if (isDbFile(pathOrDir)) return { files: [], skipped: [], isDb: true };
  if (isSkippedFile(pathOrDir)) {
    throw new InputError(
      `${path.resolve(pathOrDir)}：暂不能读取 ${path.extname(pathOrDir)} 格式的台账，请另存为 .xlsx`,
      `${path.resolve(pathOrDir)}: ${path.extname(pathOrDir)} ledgers cannot be read yet; save it as .xlsx`,
    );
  }
  if (!isLedgerFile(pathOrDir)) {
    throw new InputError(
      `${pathOrDir}：台账应为 .xlsx、.csv 文件、文件夹、.sqlite 数据库或 postgres:// 地址`,
      `${pathOrDir}: a ledger must be an .xlsx or .csv file, a folder, a .sqlite database or a postgres:// URL`,
    );
  }
  return { files: [path.resolve(pathOrDir)], skipped: [], isDb: false };
}

/** One error listing every ledger file that could not be read (the run stops: exit 2). */
export function unreadableFiles(failed: { file: string; error: unknown }[]): InputError {
  const line = (f: { file: string; error: unknown }, en: boolean) => {
    const e = f.error;
    const msg =
      e instanceof InputError ? (en ? e.en : e.message) : e instanceof Error ? e.message.split('\n')[0] : String(e);
    // the reader's message usually starts with the path already
    return msg.startsWith(f.file) ? `  ${msg}` : `  ${f.file}：${msg}`;
  };
  return new InputError(
    `以下 ${failed.length} 个台账文件无法读取，未进行核验（请修复或移出台账文件夹后重试）：\n${failed.map((f) => line(f, false)).join('\n')}`,
    `${failed.length} ledger files could not be read; nothing was checked (repair them or move them out of the folder):\n${failed.map((f) => line(f, true)).join('\n')}`,
  );
}

/** Reads every file; all failures are collected and thrown together. */
export async function readLedgerFiles(files: string[]): Promise<LedgerFileRead[]> {
  const reads: LedgerFileRead[] = [];
  const failed: { file: string; error: unknown }[] = [];
  for (const file of files) {
    try {
      reads.push(await readLedgerFile(path.resolve(file)));
    } catch (error) {
      failed.push({ file: path.resolve(file), error });
    }
  }
  if (failed.length) throw unreadableFiles(failed);
  return reads;
}

function storeLedger(store: LedgerStore, files: string[], notes: LedgerNote[]): LoadedLedger {
  return {
    kind: 'sqlite',
    name: path.resolve(store.file),
    files: files.length ? files : store.files().map((f) => f.path),
    size: store.size,
    notes,
    lookup: async (keys) => store.lookup(keys),
    close: async () => store.close(),
  };
}

/**
 * Brings the store up to date with the files: new or changed files are (re)imported, files imported
 * from the same folders that are gone are dropped. Returns the notes of the files read.
 */
export async function syncStore(store: LedgerStore, files: string[]): Promise<LedgerNote[]> {
  const notes: LedgerNote[] = [];
  const wanted = new Set(files.map((f) => path.resolve(f)));
  const dirs = new Set([...wanted].map((f) => path.dirname(f)));
  for (const f of store.files()) {
    if (!wanted.has(f.path) && dirs.has(path.dirname(f.path))) store.removeFile(f.path);
  }
  const stale: { file: string; size: number; mtimeMs: number }[] = [];
  for (const file of wanted) {
    const st = await fs.stat(file);
    if (!store.isCurrent(file, st.size, st.mtimeMs)) stale.push({ file, size: st.size, mtimeMs: st.mtimeMs });
  }
  const reads = await readLedgerFiles(stale.map((s) => s.file));
  reads.forEach((read, i) => {
    notes.push(...notesOf(read));
    store.importFile({ path: stale[i].file, size: stale[i].size, mtimeMs: stale[i].mtimeMs }, read.parse.records);
  });
  return notes;
}

/** Loads the ledger for `validate … --ledger SPEC` (and `--ledger-db FILE` when given), or `assemble --ledger`. */
export async function loadLedger(spec: string, opts: LoadLedgerOptions = {}): Promise<LoadedLedger> {
  if (isPgUrl(spec)) return (await import('./pg/ledger')).openPgLedger(spec);
  const { files, skipped, isDb } = await ledgerFiles(spec);
  if (isDb) return storeLedger(new LedgerStore(spec), [], []);
  const skipNotes = skippedNotes(skipped);
  if (opts.db) {
    const store = new LedgerStore(opts.db);
    try {
      const notes = await syncStore(store, files);
      return storeLedger(store, files, [...skipNotes, ...notes]);
    } catch (e) {
      store.close();
      throw e;
    }
  }
  const records: LedgerRecord[] = [];
  const notes: LedgerNote[] = [...skipNotes];
  for (const read of await readLedgerFiles(files)) {
    notes.push(...notesOf(read));
    for (const r of read.parse.records) records.push(r);
  }
  return {
    kind: 'memory',
    name: path.resolve(spec),
    files,
    size: records.length,
    notes,
    lookup: async (keys) => ledgerIndexForKeys(records, keys),
    close: async () => undefined,
  };
}
