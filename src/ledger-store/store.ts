// The ledger in an embedded SQLite database (better-sqlite3), for ledgers too large to keep in memory:
// records are imported once from the ledger files (re-imported when a file changes), then looked up
// by canonical ID key, one batched query per run. Dates are stored as day numbers, money as fen.
// The file carries our marker (application_id): a SQLite file without it is refused, never written.
// Opened in WAL mode; `ledger add` records under BEGIN IMMEDIATE, so concurrent adds take turns.
import * as path from 'path';
import Database from 'better-sqlite3';
import { MemoryLedgerIndex, type LedgerRecord } from '../core';
import { InputError } from '../core';
import { alreadyRecorded, sortedKeys, type ClaimToRecord, type Decide, type RecordOutcome } from './claim';
import { pauseBeforeCommit } from './pause';
import type { CalDate } from '../core';
import { civilFromDays, daysFromCivil } from '../core';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS files (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL,
  records INTEGER NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  file_id INTEGER, id_key TEXT NOT NULL, id TEXT, name TEXT, occupation TEXT, level TEXT, cert_type TEXT,
  start_day INTEGER, end_day INTEGER, amount_fen INTEGER, paid_day INTEGER, source TEXT, source_row INTEGER,
  institution TEXT, fingerprint TEXT, ledger_file TEXT, ledger_row INTEGER);
CREATE INDEX IF NOT EXISTS records_id_key ON records (id_key);
CREATE INDEX IF NOT EXISTS records_file ON records (file_id);
CREATE INDEX IF NOT EXISTS records_fingerprint ON records (fingerprint);
`;

/** PRAGMA application_id of our ledger databases: 'RCLG'. */
export const APPLICATION_ID = 0x52434c47;

/** How long a writer waits for another to finish (ms). */
const BUSY_MS = 120_000;

/** "不是花名册核验的台账": a SQLite file that is not ours. */
export function notOurLedger(file: string): InputError {
  const abs = path.resolve(file);
  return new InputError(
    `${abs}：不是花名册核验的台账（SQLite 文件中没有本工具的标记），未作任何改动`,
    `${abs}: not a Roster Check ledger (the SQLite file lacks our marker); left untouched`,
  );
}

/** A SQLite file that cannot be opened or read: damaged, not a database, no permission. */
export function unreadableDb(file: string, e: unknown): InputError {
  const abs = path.resolve(file);
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new InputError(
      `${abs}：台账数据库已损坏或不是 SQLite 数据库（${code}）`,
      `${abs}: the ledger database is damaged or not an SQLite database (${code})`,
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new InputError(
      `${abs}：无法打开台账数据库（${code}，请检查文件权限）`,
      `${abs}: cannot open the ledger database (${code}; check the file permissions)`,
    );
  }
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return new InputError(
    `${abs}：无法读取台账数据库（${code || msg}）`,
    `${abs}: cannot read the ledger database (${code || msg})`,
  );
}

/** Checks the marker; a database without tables is made ours, one made by an earlier version is marked. */
function claim(db: Database.Database, file: string): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id === APPLICATION_ID) return;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
    (t) => t.name,
  );
  const ours =
    tables.length === 2 &&
    tables.includes('files') &&
    tables.includes('records') &&
    (db.prepare('PRAGMA table_info(records)').all() as { name: string }[]).some((c) => c.name === 'fingerprint');
  if (id !== 0 || (tables.length && !ours)) throw notOurLedger(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
}

/** From this many records on, a load rebuilds the key index afterwards instead of updating it row by row. */
const BULK_ROWS = 100_000;

/** How many keys go into one lookup query. */
const LOOKUP_BATCH = 5000;

interface Row {
  rowid: number;
  id_key: string;
  id: string;
  name: string;
  occupation: string;
  level: string;
  cert_type: string;
  start_day: number | null;
  end_day: number | null;
  amount_fen: number | null;
  paid_day: number | null;
  source: string;
  source_row: number | null;
  institution: string;
  fingerprint: string;
  ledger_file: string;
  ledger_row: number;
}

function day(d: CalDate | null): number | null {
  return d ? daysFromCivil(d) : null;
}

function date(n: number | null): CalDate | null {
  return n === null ? null : civilFromDays(n);
}

function toRecord(r: Row): LedgerRecord {
  return {
    idKey: r.id_key,
    id: r.id,
    name: r.name,
    occupation: r.occupation,
    level: r.level,
    certType: r.cert_type,
    start: date(r.start_day),
    end: date(r.end_day),
    amountFen: r.amount_fen,
    paidOn: date(r.paid_day),
    source: r.source,
    sourceRow: r.source_row,
    institution: r.institution,
    fingerprint: r.fingerprint,
    ledgerFile: r.ledger_file,
    ledgerRow: r.ledger_row || r.rowid,
  };
}

/** A ledger file as last imported: its path, size and modification time decide whether to import it again. */
export interface StoredFile {
  path: string;
  size: number;
  mtimeMs: number;
  records: number;
}

export class LedgerStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly lookupStmt: Database.Statement;

  /** Opens (creating when needed) the database file; ':memory:' for a throw-away store. */
  constructor(readonly file: string) {
    try {
      this.db = new Database(file, { timeout: BUSY_MS });
    } catch (e) {
      throw unreadableDb(file, e);
    }
    try {
      if (file !== ':memory:') claim(this.db, file);
      this.db.pragma('journal_mode = WAL');
    } catch (e) {
      this.db.close();
      throw e instanceof InputError ? e : unreadableDb(file, e);
    }
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('cache_size = -65536'); // 64 MB page cache
    this.db.exec(SCHEMA);
    this.insert = this.db
      .prepare(`INSERT INTO records (file_id, id_key, id, name, occupation, level, cert_type, start_day, end_day,
      amount_fen, paid_day, source, source_row, institution, fingerprint, ledger_file, ledger_row)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.lookupStmt = this.db.prepare(
      'SELECT rowid, * FROM records WHERE id_key IN (SELECT value FROM json_each(?)) ORDER BY rowid',
    );
  }

  /** Number of records held. */
  get size(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  }

  /** The files imported so far. */
  files(): StoredFile[] {
    return this.db
      .prepare('SELECT path, size, mtime_ms AS mtimeMs, records FROM files ORDER BY path')
      .all() as StoredFile[];
  }

  /** True when the file was imported with this size and modification time. */
  isCurrent(path: string, size: number, mtimeMs: number): boolean {
    const f = this.db.prepare('SELECT size, mtime_ms AS mtimeMs FROM files WHERE path = ?').get(path) as
      { size: number; mtimeMs: number } | undefined;
    return !!f && f.size === size && f.mtimeMs === Math.floor(mtimeMs);
  }

  /** Replaces the records of one ledger file (one transaction). */
  importFile(file: { path: string; size: number; mtimeMs: number }, records: Iterable<LedgerRecord>): number {
    const run = this.db.transaction(() => {
      this.removeFileRecords(file.path);
      const info = this.db
        .prepare('INSERT INTO files (path, size, mtime_ms, records, imported_at) VALUES (?, ?, ?, 0, ?)')
        .run(file.path, file.size, Math.floor(file.mtimeMs), new Date().toISOString());
      const n = this.insertAll(Number(info.lastInsertRowid), records);
      this.db.prepare('UPDATE files SET records = ? WHERE id = ?').run(n, info.lastInsertRowid);
      return n;
    });
    return run();
  }

  /** Adds records that belong to no file (e.g. generated, or appended by the CLI). */
  addRecords(records: Iterable<LedgerRecord>): number {
    return this.db.transaction(() => this.insertAll(null, records))();
  }

  /** Forgets a file and its records (a file no longer in the ledger folder). */
  removeFile(path: string): void {
    this.db.transaction(() => this.removeFileRecords(path))();
  }

  private removeFileRecords(path: string): void {
    const f = this.db.prepare('SELECT id FROM files WHERE path = ?').get(path) as { id: number } | undefined;
    if (!f) return;
    this.db.prepare('DELETE FROM records WHERE file_id = ?').run(f.id);
    this.db.prepare('DELETE FROM files WHERE id = ?').run(f.id);
  }

  private insertAll(fileId: number | null, records: Iterable<LedgerRecord>): number {
    const list = Array.isArray(records) ? (records as LedgerRecord[]) : [...records];
    // a big load into a small table: build the key index once afterwards (sorting beats random inserts)
    const rebuild = list.length >= BULK_ROWS && list.length > this.size;
    if (rebuild) this.db.exec('DROP INDEX IF EXISTS records_id_key');
    let n = 0;
    for (const r of list) {
      if (!r.idKey) continue;
      this.insert.run(
        fileId,
        r.idKey,
        r.id,
        r.name,
        r.occupation,
        r.level,
        r.certType,
        day(r.start),
        day(r.end),
        r.amountFen,
        day(r.paidOn),
        r.source,
        r.sourceRow,
        r.institution,
        r.fingerprint,
        r.ledgerFile,
        r.ledgerRow,
      );
      n++;
    }
    if (rebuild) this.db.exec('CREATE INDEX IF NOT EXISTS records_id_key ON records (id_key)');
    return n;
  }

  /** The records of these people, in an in-memory index (one query per LOOKUP_BATCH keys). */
  lookup(keys: Iterable<string>): MemoryLedgerIndex {
    const all = [...new Set(keys)];
    const index = new MemoryLedgerIndex();
    for (let i = 0; i < all.length; i += LOOKUP_BATCH) {
      const rows = this.lookupStmt.all(JSON.stringify(all.slice(i, i + LOOKUP_BATCH))) as Row[];
      for (const r of rows) index.add(toRecord(r));
    }
    return index;
  }

  /**
   * Records a claim (ledger add): under BEGIN IMMEDIATE (one writer at a time, others wait), reads the
   * records of the claim's people, lets `decide` check them, and inserts what it decides on.
   */
  async recordClaim(claim: ClaimToRecord, decide: Decide): Promise<RecordOutcome> {
    const keys = sortedKeys(claim.records);
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const existing = [...this.lookup(keys).records()];
      const done = alreadyRecorded(existing, claim.fingerprint) || this.hasFingerprint(claim.fingerprint);
      const d = decide(existing, done);
      if ('refuse' in d) {
        this.db.exec('ROLLBACK');
        return { status: 'refused', added: [], duplicates: [], refusal: d.refuse, firstRow: 0 };
      }
      const name = path.basename(this.file);
      const first = ((this.db.prepare('SELECT max(rowid) AS n FROM records').get() as { n: number | null }).n ?? 0) + 1;
      d.add.forEach((r, i) => {
        r.ledgerFile = name;
        r.ledgerRow = first + i;
      });
      this.insertAll(null, d.add);
      await pauseBeforeCommit();
      this.db.exec('COMMIT');
      return {
        status: done ? 'already' : 'recorded',
        added: d.add,
        duplicates: d.duplicates,
        refusal: [],
        firstRow: first,
      };
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  /** Every record, in the order stored (for export). */
  *allRecords(): IterableIterator<LedgerRecord> {
    for (const r of this.db.prepare('SELECT rowid, * FROM records ORDER BY rowid').iterate() as IterableIterator<Row>)
      yield toRecord(r);
  }

  /** True when some record carries this roster fingerprint. */
  hasFingerprint(fp: string): boolean {
    return !!fp && !!this.db.prepare('SELECT 1 FROM records WHERE fingerprint = ? LIMIT 1').get(fp);
  }

  close(): void {
    this.db.close();
  }
}
