// The ledger in PostgreSQL (node-postgres), shared by a city's reviewers. Lookups are one indexed
// query per batch of ID keys (= ANY($1)). `ledger add` checks and records in one transaction that
// first locks the rows of the claim's people in ledger_people (FOR UPDATE, in ID-key order: no
// deadlock), so claims touching one person take turns and each sees the other's records.
// Dates travel as 'YYYY-MM-DD' text (never a JS Date: no time-zone shift), money as integer fen.
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import pg from 'pg';
import { MemoryLedgerIndex, type CalDate, type LedgerRecord } from '../../core';
import { InputError } from '../../core';
import { alreadyRecorded, sortedKeys, type ClaimToRecord, type Decide, type RecordOutcome } from '../claim';
import type { LoadedLedger } from '../loaded';
import { pauseBeforeCommit } from '../pause';
import { LATEST_VERSION, MIGRATIONS, MIGRATIONS_TABLE } from './migrations';
import { pgError } from './errors';
import { COLUMNS, iso, recordOf, types, type PgRecord, type Row } from './rows';
import { maskUrl, pgConfig } from './url';

export { pgError } from './errors';
export type { PgRecord } from './rows';

/** Keys per lookup query: small enough that the planner picks the id_key index (at 10,000 keys it scanned the table). */
const LOOKUP_BATCH = 1_000;
/** Rows per INSERT … SELECT FROM unnest(…). */
const INSERT_BATCH = 5_000;
/** Tries of a transaction that PostgreSQL aborted as a deadlock or serialisation failure. */
const TRIES = 5;
/** Advisory lock key of `ledger migrate` ('RCLG'). */
const MIGRATE_LOCK = 0x52434c47;

/** One connection to a PostgreSQL ledger. */
export class PgLedger {
  private constructor(
    private readonly client: pg.Client,
    readonly url: string,
    readonly name: string,
  ) {}

  /** Connects; a connection that cannot be made is an InputError naming the (masked) URL. */
  static async connect(url: string): Promise<PgLedger> {
    const client = new pg.Client({
      ...pgConfig(url),
      types,
      application_name: 'roster-check',
      connectionTimeoutMillis: 20_000,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      // a reviewer's add waits at most 2 minutes for another's locks; a session that hangs inside a
      // transaction (a program stopped half-way) loses it, and its locks, after 5 minutes
      await client.query("SET lock_timeout = '2min'; SET idle_in_transaction_session_timeout = '5min'");
    } catch (e) {
      await client.end().catch(() => undefined);
      throw pgError(e, url);
    }
    const db = (client as unknown as { database?: string }).database ?? '';
    return new PgLedger(client, url, `PostgreSQL ${db}`);
  }

  private async q<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    try {
      return await this.client.query<R>(text, values);
    } catch (e) {
      throw Object.assign(e as Error, { pgQuery: true });
    }
  }

  /** The schema version applied (0: none), or null when the marker table is missing. */
  async version(): Promise<number | null> {
    const t = await this.q<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [MIGRATIONS_TABLE]);
    if (!t.rows[0].t) return null;
    const v = await this.q<{ v: number | null }>(`SELECT max(version) AS v FROM ${MIGRATIONS_TABLE}`);
    return v.rows[0].v ?? 0;
  }

  /** Refuses a database that is not (yet) our ledger, or one made by a newer version of the tool. */
  async requireSchema(): Promise<void> {
    const v = await this.version().catch((e) => {
      throw pgError(e, this.url);
    });
    if (v === null || v === 0) {
      throw new InputError(
        `台账数据库 ${maskUrl(this.url)}：不是花名册核验的台账（尚未初始化，管理员请先运行 roster-check ledger migrate）`,
        `ledger database ${maskUrl(this.url)}: not a Roster Check ledger (not set up; an administrator runs roster-check ledger migrate first)`,
      );
    }
    if (v > LATEST_VERSION) {
      throw new InputError(
        `台账数据库 ${maskUrl(this.url)}：结构版本 ${v} 比本程序（${LATEST_VERSION}）新，请升级 roster-check`,
        `ledger database ${maskUrl(this.url)}: schema version ${v} is newer than this program's (${LATEST_VERSION}); upgrade roster-check`,
      );
    }
  }

  /** Applies the migrations not yet applied; returns the versions applied now. */
  async migrate(): Promise<number[]> {
    const done: number[] = [];
    try {
      await this.q('BEGIN');
      await this.q('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
      await this.q(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version integer PRIMARY KEY, name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT current_user)`);
      const have = new Set(
        (await this.q<{ version: number }>(`SELECT version FROM ${MIGRATIONS_TABLE}`)).rows.map((r) => r.version),
      );
      const newest = Math.max(0, ...have);
      if (newest > LATEST_VERSION)
        throw new InputError(
          `台账数据库结构版本 ${newest} 比本程序新，请升级 roster-check`,
          `the ledger schema version ${newest} is newer than this program's; upgrade roster-check`,
        );
      for (const m of MIGRATIONS) {
        if (have.has(m.version)) continue;
        await this.q(m.sql);
        await this.q(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [m.version, m.name]);
        done.push(m.version);
      }
      await this.q('COMMIT');
      return done;
    } catch (e) {
      await this.q('ROLLBACK').catch(() => undefined);
      throw pgError(e, this.url);
    }
  }

  /** The planner's estimate of the records held (a count of 10 million rows would take seconds). */
  async estimate(): Promise<number> {
    const r = await this.q<{ n: number }>(
      "SELECT greatest(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = 'ledger_records'::regclass",
    );
    return r.rows[0]?.n ?? 0;
  }

  /** The records of these people, ordered as recorded. */
  async records(keys: Iterable<string>): Promise<PgRecord[]> {
    const all = [...new Set(keys)];
    const out: PgRecord[] = [];
    for (let i = 0; i < all.length; i += LOOKUP_BATCH) {
      const r = await this.q<Row>(
        `SELECT ${COLUMNS} FROM ledger_records WHERE id_key = ANY($1::text[]) ORDER BY record_id`,
        [all.slice(i, i + LOOKUP_BATCH)],
      );
      for (const row of r.rows) out.push(recordOf(row, this.name));
    }
    return out;
  }

  async lookup(keys: Iterable<string>): Promise<MemoryLedgerIndex> {
    try {
      return new MemoryLedgerIndex(await this.records(keys));
    } catch (e) {
      throw pgError(e, this.url);
    }
  }

  /** Every record, in record order, a page at a time (for export). */
  async *allRecords(page = 50_000): AsyncGenerator<PgRecord[]> {
    let after = 0;
    for (;;) {
      const r = await this.q<Row>(
        `SELECT ${COLUMNS} FROM ledger_records WHERE record_id > $1 ORDER BY record_id LIMIT $2`,
        [after, page],
      );
      if (!r.rows.length) return;
      yield r.rows.map((row) => recordOf(row, this.name));
      after = r.rows[r.rows.length - 1].record_id;
    }
  }

  /** True when the connected role may record claims (INSERT on the ledger tables). */
  async canRecord(): Promise<boolean> {
    const r = await this.q<{ ok: boolean }>(`SELECT has_table_privilege('ledger_records', 'INSERT')
      AND has_table_privilege('ledger_claims', 'INSERT') AND has_table_privilege('ledger_people', 'INSERT')
      AND has_table_privilege('ledger_people', 'UPDATE') AS ok`);
    return r.rows[0].ok;
  }

  private noRight(): InputError {
    const user = (this.client as unknown as { user?: string }).user ?? '';
    return new InputError(
      `台账数据库 ${maskUrl(this.url)}：账号 ${user} 只有查询权限，没有登记入账的权限（请用有登记权限的账号，或请管理员授权）`,
      `ledger database ${maskUrl(this.url)}: role ${user} may only read; it has no right to record claims (use a recording role, or ask the administrator)`,
    );
  }

  /** Inserts records (claim or import), batched through unnest; returns the first record_id. */
  private async insert(
    records: readonly LedgerRecord[],
    owner: { claimId?: number; importId?: number },
    recordedOn: CalDate | null,
  ): Promise<number> {
    let first = 0;
    for (let i = 0; i < records.length; i += INSERT_BATCH) {
      const b = records.slice(i, i + INSERT_BATCH);
      const col = <T>(f: (r: LedgerRecord) => T) => b.map(f);
      const r = await this.q<{ id: number }>(
        `INSERT INTO ledger_records (claim_id, import_id, id_key, id_text, name, occupation, level,
          cert_type, start_on, end_on, amount_fen, paid_on, source, source_row, institution, fingerprint, ledger_file, ledger_row, recorded_on)
        SELECT $1::bigint, $2::bigint, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
          $9::date[], $10::date[], $11::bigint[], $12::date[], $13::text[], $14::int[], $15::text[], $16::text[], $17::text[], $18::int[])
          AS t, (SELECT $19::date) AS d
        RETURNING record_id AS id`,
        [
          owner.claimId ?? null,
          owner.importId ?? null,
          col((r) => r.idKey),
          col((r) => r.id || r.idKey),
          col((r) => r.name),
          col((r) => r.occupation),
          col((r) => r.level),
          col((r) => r.certType),
          col((r) => iso(r.start)),
          col((r) => iso(r.end)),
          col((r) => r.amountFen),
          col((r) => iso(r.paidOn)),
          col((r) => r.source),
          col((r) => r.sourceRow),
          col((r) => r.institution),
          col((r) => r.fingerprint),
          col((r) => (owner.importId ? r.ledgerFile : '')),
          col((r) => (owner.importId ? r.ledgerRow || null : null)),
          iso(recordedOn),
        ],
      );
      if (!first && r.rows.length) first = Math.min(...r.rows.map((x) => x.id));
    }
    return first;
  }

  /**
   * ledger add: in one transaction, locks the claim's people (their ledger_people rows, created when
   * new, in ID-key order), reads their records, asks `decide`, and writes the claim and its records.
   * Deadlocks and serialisation failures (not expected with the lock order) are retried.
   */
  async recordClaim(
    claim: ClaimToRecord,
    meta: { source: string; institution: string; recordedOn: CalDate },
    decide: Decide,
  ): Promise<RecordOutcome> {
    if (
      !(await this.canRecord().catch((e) => {
        throw pgError(e, this.url);
      }))
    )
      throw this.noRight();
    const keys = sortedKeys(claim.records);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.q('BEGIN');
        // the people's rows: inserted in key order (a concurrent insert of the same key waits), then locked in key order
        await this.q(
          'INSERT INTO ledger_people (id_key) SELECT k FROM unnest($1::text[]) AS k ORDER BY k ON CONFLICT DO NOTHING',
          [keys],
        );
        await this.q('SELECT id_key FROM ledger_people WHERE id_key = ANY($1::text[]) ORDER BY id_key FOR UPDATE', [
          keys,
        ]);
        const existing = await this.records(keys);
        const fp = await this.q('SELECT 1 FROM ledger_claims WHERE fingerprint = $1', [claim.fingerprint]);
        const done = fp.rows.length > 0 || alreadyRecorded(existing, claim.fingerprint);
        const d = decide(existing, done);
        if ('refuse' in d) {
          await this.q('ROLLBACK');
          return { status: 'refused', added: [], duplicates: [], refusal: d.refuse, firstRow: 0 };
        }
        let first = 0;
        if (!done && d.add.length) {
          const c = await this.q<{ id: number }>(
            `INSERT INTO ledger_claims (fingerprint, source, institution, rows, recorded_on)
            VALUES ($1, $2, $3, $4, $5::date) RETURNING claim_id AS id`,
            [claim.fingerprint, meta.source, meta.institution, d.add.length, iso(meta.recordedOn)],
          );
          first = await this.insert(d.add, { claimId: c.rows[0].id }, meta.recordedOn);
          d.add.forEach((r, i) => {
            r.ledgerFile = this.name;
            r.ledgerRow = first + i;
          });
        }
        await pauseBeforeCommit();
        await this.q('COMMIT');
        return {
          status: done ? 'already' : 'recorded',
          added: done ? [] : d.add,
          duplicates: d.duplicates,
          refusal: [],
          firstRow: first,
        };
      } catch (e) {
        await this.q('ROLLBACK').catch(() => undefined);
        const code = (e as { code?: string }).code;
        if ((code === '40001' || code === '40P01') && attempt < TRIES) continue;
        if (code === '42501') throw this.noRight();
        throw pgError(e, this.url);
      }
    }
  }

  /**
   * ledger import: each file's records replace what an earlier import of the same path brought (a file
   * unchanged since, by SHA-256, is left alone). One transaction; adds wait while it runs.
   */
  async importFiles(
    files: { path: string; records: readonly LedgerRecord[] }[],
  ): Promise<{ path: string; records: number; unchanged: boolean }[]> {
    if (
      !(await this.canRecord().catch((e) => {
        throw pgError(e, this.url);
      }))
    )
      throw this.noRight();
    const out: { path: string; records: number; unchanged: boolean }[] = [];
    try {
      await this.q('BEGIN');
      await this.q('LOCK TABLE ledger_people IN EXCLUSIVE MODE');
      for (const f of files) {
        const sha = createHash('sha256')
          .update(await fs.readFile(f.path))
          .digest('hex');
        const prev = await this.q<{ import_id: number; sha256: string }>(
          'SELECT import_id, sha256 FROM ledger_imports WHERE path = $1',
          [f.path],
        );
        if (prev.rows[0]?.sha256 === sha) {
          out.push({ path: f.path, records: 0, unchanged: true });
          continue;
        }
        if (prev.rows[0]) await this.q('DELETE FROM ledger_imports WHERE import_id = $1', [prev.rows[0].import_id]);
        const imp = await this.q<{ id: number }>(
          'INSERT INTO ledger_imports (path, sha256, records) VALUES ($1, $2, $3) RETURNING import_id AS id',
          [f.path, sha, f.records.length],
        );
        const recs = f.records.filter((r) => r.idKey);
        await this.insert(recs, { importId: imp.rows[0].id }, null);
        out.push({ path: f.path, records: recs.length, unchanged: false });
      }
      await pauseBeforeCommit();
      await this.q('COMMIT');
      return out;
    } catch (e) {
      await this.q('ROLLBACK').catch(() => undefined);
      if ((e as { code?: string }).code === '42501') throw this.noRight();
      throw pgError(e, this.url);
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/** The PostgreSQL ledger for `validate` / `assemble`: schema checked, lookups batched. */
export async function openPgLedger(url: string): Promise<LoadedLedger> {
  const db = await PgLedger.connect(url);
  try {
    await db.requireSchema();
    const size = await db.estimate().catch((e) => {
      throw pgError(e, url);
    });
    return {
      kind: 'postgres',
      name: maskUrl(url),
      files: [],
      size,
      notes: [],
      lookup: (keys) => db.lookup(keys),
      close: () => db.close(),
    };
  } catch (e) {
    await db.close();
    throw e;
  }
}
