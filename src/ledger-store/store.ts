// The ledger in an embedded SQLite database (better-sqlite3), for ledgers too large to keep in memory:
// records are imported once from the ledger files (re-imported when a file changes), then looked up
// by canonical ID key, one batched query per run. Dates are stored as day numbers, money as fen.
import Database from 'better-sqlite3';
import { type CalDate, civilFromDays, daysFromCivil, type LedgerRecord, MemoryLedgerIndex } from '../core';

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
`;

/** From this many records on, a load rebuilds the key index afterwards instead of updating it row by row. */
const BULK_ROWS = 100_000;

/** How many keys go into one lookup query. */
const LOOKUP_BATCH = 5000;

interface Row {
  id_key: string; id: string; name: string; occupation: string; level: string; cert_type: string;
  start_day: number | null; end_day: number | null; amount_fen: number | null; paid_day: number | null;
  source: string; source_row: number | null; institution: string; fingerprint: string; ledger_file: string; ledger_row: number;
}

function day(d: CalDate | null): number | null {
  return d ? daysFromCivil(d) : null;
}

function date(n: number | null): CalDate | null {
  return n === null ? null : civilFromDays(n);
}

function toRecord(r: Row): LedgerRecord {
  return {
    idKey: r.id_key, id: r.id, name: r.name, occupation: r.occupation, level: r.level, certType: r.cert_type,
    start: date(r.start_day), end: date(r.end_day), amountFen: r.amount_fen, paidOn: date(r.paid_day),
    source: r.source, sourceRow: r.source_row, institution: r.institution, fingerprint: r.fingerprint,
    ledgerFile: r.ledger_file, ledgerRow: r.ledger_row,
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
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('cache_size = -65536'); // 64 MB page cache
    this.db.exec(SCHEMA);
    this.insert = this.db.prepare(`INSERT INTO records (file_id, id_key, id, name, occupation, level, cert_type, start_day, end_day,
      amount_fen, paid_day, source, source_row, institution, fingerprint, ledger_file, ledger_row)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.lookupStmt = this.db.prepare('SELECT * FROM records WHERE id_key IN (SELECT value FROM json_each(?)) ORDER BY rowid');
  }

  /** Number of records held. */
  get size(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  }

  /** The files imported so far. */
  files(): StoredFile[] {
    return (this.db.prepare('SELECT path, size, mtime_ms AS mtimeMs, records FROM files ORDER BY path').all() as StoredFile[]);
  }

  /** True when the file was imported with this size and modification time. */
  isCurrent(path: string, size: number, mtimeMs: number): boolean {
    const f = this.db.prepare('SELECT size, mtime_ms AS mtimeMs FROM files WHERE path = ?').get(path) as { size: number; mtimeMs: number } | undefined;
    return !!f && f.size === size && f.mtimeMs === Math.floor(mtimeMs);
  }

  /** Replaces the records of one ledger file (one transaction). */
  importFile(file: { path: string; size: number; mtimeMs: number }, records: Iterable<LedgerRecord>): number {
    const run = this.db.transaction(() => {
      this.removeFileRecords(file.path);
      const info = this.db.prepare('INSERT INTO files (path, size, mtime_ms, records, imported_at) VALUES (?, ?, ?, 0, ?)')
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
      this.insert.run(fileId, r.idKey, r.id, r.name, r.occupation, r.level, r.certType, day(r.start), day(r.end),
        r.amountFen, day(r.paidOn), r.source, r.sourceRow, r.institution, r.fingerprint, r.ledgerFile, r.ledgerRow);
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

  /** True when some record carries this roster fingerprint. */
  hasFingerprint(fp: string): boolean {
    return !!fp && !!this.db.prepare('SELECT 1 FROM records WHERE fingerprint = ? LIMIT 1').get(fp);
  }

  close(): void {
    this.db.close();
  }
}
