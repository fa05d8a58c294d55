// Loading the ledger named by --ledger: a file (.xlsx/.csv), a folder of them, or a SQLite database
// made by an earlier import. In memory by default; with a database file, the ledger files are imported
// into it once (again only when a file changes) and each run looks up just its own people.
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError, type LedgerIndex, ledgerIndexForKeys, type LedgerRecord, t } from '../core';
import { isLedgerFile, listLedgerFiles, readLedgerFile, type LedgerFileRead } from './files';
import { LedgerStore } from './store';

export interface LedgerNote {
  zh: string;
  en: string;
}

export interface LoadedLedger {
  kind: 'memory' | 'sqlite';
  /** the ledger files behind it */
  files: string[];
  /** records held */
  size: number;
  /** what the user should know: files without an ID column, rows whose ID cannot be read */
  notes: LedgerNote[];
  /** an index of the records of these people (one batched query, or one pass over the records in memory) */
  lookup(keys: Iterable<string>): LedgerIndex;
  close(): void;
}

export interface LoadLedgerOptions {
  /** keep the ledger in this SQLite file (created when missing) instead of in memory */
  db?: string;
}

const DB_EXT = ['.sqlite', '.sqlite3', '.db'];

function notesOf(read: LedgerFileRead): LedgerNote[] {
  const name = path.basename(read.file);
  const out: LedgerNote[] = [];
  if (read.parse.noIdColumn) {
    out.push({ zh: `${name}：未找到身份证号码列，未读取任何台账记录`, en: `${name}: no ID number column found; no ledger records read` });
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

async function ledgerFiles(pathOrDir: string): Promise<{ files: string[]; isDb: boolean }> {
  let stat;
  try {
    stat = await fs.stat(pathOrDir);
  } catch {
    throw new InputError(
      'ledger.not-found',
      t(`${pathOrDir}：台账文件或文件夹不存在`, `${pathOrDir}: ledger file or folder not found`),
    );
  }
  if (stat.isDirectory()) return { files: await listLedgerFiles(pathOrDir), isDb: false };
  const ext = path.extname(pathOrDir).toLowerCase();
  if (DB_EXT.includes(ext)) return { files: [], isDb: true };
  if (!isLedgerFile(pathOrDir)) {
    throw new InputError(
      'ledger.wrong-type',
      t(
        `${pathOrDir}：台账应为 .xlsx、.csv 文件、文件夹或 .sqlite 数据库`,
        `${pathOrDir}: a ledger must be an .xlsx or .csv file, a folder or a .sqlite database`,
      ),
    );
  }
  return { files: [pathOrDir], isDb: false };
}

function storeLedger(store: LedgerStore, files: string[], notes: LedgerNote[]): LoadedLedger {
  return {
    kind: 'sqlite',
    files: files.length ? files : store.files().map((f) => f.path),
    size: store.size,
    notes,
    lookup: (keys) => store.lookup(keys),
    close: () => store.close(),
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
  for (const file of wanted) {
    const st = await fs.stat(file);
    if (store.isCurrent(file, st.size, st.mtimeMs)) continue;
    const read = await readLedgerFile(file);
    notes.push(...notesOf(read));
    store.importFile({ path: file, size: st.size, mtimeMs: st.mtimeMs }, read.parse.records);
  }
  return notes;
}

/** Loads the ledger for `validate … --ledger PATH` (and `--ledger-db FILE` when given). */
export async function loadLedger(pathOrDir: string, opts: LoadLedgerOptions = {}): Promise<LoadedLedger> {
  const { files, isDb } = await ledgerFiles(pathOrDir);
  if (isDb) return storeLedger(new LedgerStore(pathOrDir), [], []);
  if (opts.db) {
    const store = new LedgerStore(opts.db);
    try {
      const notes = await syncStore(store, files);
      return storeLedger(store, files, notes);
    } catch (e) {
      store.close();
      throw e;
    }
  }
  const records: LedgerRecord[] = [];
  const notes: LedgerNote[] = [];
  for (const file of files) {
    const read = await readLedgerFile(file);
    notes.push(...notesOf(read));
    for (const r of read.parse.records) records.push(r);
  }
  return { kind: 'memory', files, size: records.length, notes, lookup: (keys) => ledgerIndexForKeys(records, keys), close: () => undefined };
}
