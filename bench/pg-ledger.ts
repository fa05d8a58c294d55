// Benchmark of the PostgreSQL ledger: RECORDS records generated server-side (INSERT … SELECT over
// generate_series, IDs with their check digit computed in SQL), then a ROSTER-row roster checked
// against it (connect, batched = ANY($1) lookup, the four ledger rules), then 8 concurrent `ledger add`
// transactions of overlapping claims. Prints figures only (no assertions). Uses the server named by
// PGHOST/PGPORT/PGUSER/… (a fresh database, dropped afterwards), else starts a throwaway cluster.
//   npx tsc -p bench/tsconfig.json && node dist/bench/bench/pg-ledger.js [records] [rosterRows]
import { parsePolicy } from '../src/core/policy/schema';
import { checkAgainstLedger, runKeys } from '../src/core/ledger';
import type { LedgerRecord, LedgerIndex } from '../src/core/ledger';
import type { CalDate, Trainee } from '../src/core/types';
import { splitNew } from '../src/ledger-store/claim';
import { openPgLedger, PgLedger } from '../src/ledger-store/pg/ledger';
import { testPg } from '../test/helpers/pg';

const RECORDS = Number(process.argv[2] ?? 10_000_000);
const ROSTER = Number(process.argv[3] ?? 10_000);
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const REGIONS = ['410102', '410103', '410104', '410105', '410122', '410181', '110105', '310104', '440106', '510107'];
const OCC = ['电工', '焊工', '养老护理员', '育婴员', '中式烹调师', '美发师', '保安员', '电子商务师'];
const LEVELS = ['初级工', '中级工', '高级工'];

/** The n-th person's valid ID (the same scheme as bench/ledger.ts, and as the SQL below). */
function idOf(n: number): string {
  const region = REGIONS[n % REGIONS.length];
  const k = Math.floor(n / REGIONS.length);
  const y = 1960 + (k % 45),
    m = 1 + (Math.floor(k / 45) % 12),
    d = 1 + (Math.floor(k / 540) % 28);
  const seq = Math.floor(k / 15120) % 1000;
  const body = `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  let s = 0;
  for (let i = 0; i < 17; i++) s += (body.charCodeAt(i) - 48) * W[i];
  return body + '10X98765432'[s % 11];
}

/** The same ID in SQL, for the person number `n` (a bigint expression). */
function idSql(n: string): string {
  const k = `(${n} / 10)`;
  const body = `((ARRAY[${REGIONS.map((r) => `'${r}'`).join(',')}])[${n} % 10 + 1] || (1960 + ${k} % 45)::text
    || lpad((1 + (${k} / 45) % 12)::text, 2, '0') || lpad((1 + (${k} / 540) % 28)::text, 2, '0') || lpad(((${k} / 15120) % 1000)::text, 3, '0'))`;
  return `(SELECT b || substr('10X98765432', ((${W.map((w, i) => `substr(b, ${i + 1}, 1)::int * ${w}`).join(' + ')}) % 11) + 1, 1) FROM (SELECT ${body} AS b) s)`;
}

const date = (y: number, m: number, d: number): CalDate => ({ y, m, d });

function roster(rows: number, persons: number, offset = 0): Trainee[] {
  const out: Trainee[] = [];
  for (let i = 0; i < rows; i++) {
    // half the roster are people already in the ledger
    const p = i % 2 === 0 ? ((i + offset) * 104729) % persons : persons + i + offset;
    const id = idOf(p);
    out.push({
      row: 4 + i,
      cells: { id: { col: 4, value: id, text: id, format: '@' }, name: { col: 2, value: `学员${p}` } },
      name: `学员${p}`,
      gender: '',
      phone: '',
      occupation: OCC[i % OCC.length],
      category: '',
      certType: '职业技能等级证书',
      level: LEVELS[i % 3],
      start: { raw: '', date: date(2023, 5, 1), invalid: false },
      end: { raw: '', date: date(2023, 5, 20), invalid: false },
      hours: 80,
      personType: '',
      className: '',
      amountFen: 150000,
    });
  }
  return out;
}

function recordOf(t: Trainee, source: string, fingerprint: string): LedgerRecord {
  const id = String(t.cells.id!.value);
  return {
    idKey: id,
    id,
    name: t.name,
    occupation: t.occupation,
    level: t.level,
    certType: t.certType,
    start: t.start.date,
    end: t.end.date,
    amountFen: t.amountFen,
    paidOn: null,
    source,
    sourceRow: t.row,
    institution: '基准学校',
    fingerprint,
    ledgerFile: '',
    ledgerRow: 0,
  };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function main(): Promise<void> {
  const server = await testPg();
  if (!server) throw new Error('no PostgreSQL server: set PGHOST/PGPORT/PGUSER or install the server binaries');
  const policy = parsePolicy(
    { id: 'bench', name: 'bench', region: 'bench', rates: [], limits: { perYear: 3 } },
    'bench',
  );
  const persons = Math.max(1, Math.floor(RECORDS / 3));
  try {
    const admin = await PgLedger.connect(server.url);
    await admin.migrate();
    await admin.close();
    const db = server.db;
    console.log(
      `PostgreSQL ledger: ${RECORDS.toLocaleString('en')} records (${persons.toLocaleString('en')} people), roster ${ROSTER.toLocaleString('en')} rows`,
    );
    let t = now();
    await db.query('DROP INDEX ledger_records_id_key');
    // the people once (ID with check digit computed in SQL), then every record joined to its person
    await db.query("SET work_mem = '256MB'");
    await db.query(
      `CREATE UNLOGGED TABLE bench_people AS SELECT n, ${idSql('n')} AS id FROM generate_series(0::bigint, ${persons - 1}::bigint) AS n`,
    );
    const chunk = 2_000_000;
    for (let from = 0; from < RECORDS; from += chunk) {
      const to = Math.min(RECORDS, from + chunk) - 1;
      await db.query(`INSERT INTO ledger_records (id_key, id_text, name, occupation, level, cert_type, start_on, end_on, amount_fen, paid_on,
          source, source_row, institution, ledger_file, ledger_row)
        SELECT p.id, p.id, '学员' || p.n, (ARRAY[${OCC.map((o) => `'${o}'`).join(',')}])[i % 8 + 1], (ARRAY['初级工','中级工','高级工'])[i % 3 + 1],
          '职业技能等级证书', make_date((2018 + i % 6)::int, (1 + i % 12)::int, 1), make_date((2018 + i % 6)::int, (1 + i % 12)::int, 20), 150000,
          make_date((2018 + i % 6)::int, (1 + i % 12)::int, 28), '批次' || (i % 500) || '.xlsx', (4 + i % 300)::int, '培训学校' || (i % 200),
          '台账.xlsx', (i + 2)::int
        FROM generate_series(${from}::bigint, ${to}::bigint) AS i JOIN bench_people p ON p.n = i % ${persons}`);
    }
    await db.query('DROP TABLE bench_people');
    console.log(`  generate (server-side INSERT … SELECT)   ${(now() - t).toFixed(0)} ms`);
    t = now();
    await db.query('CREATE INDEX ledger_records_id_key ON ledger_records (id_key)');
    await db.query('ANALYZE ledger_records');
    console.log(`  index + analyze                          ${(now() - t).toFixed(0)} ms`);
    const size = (await db.query("SELECT pg_size_pretty(pg_total_relation_size('ledger_records')) AS s")).rows[0].s;
    console.log(`  table with indexes                       ${size}`);

    const rows = roster(ROSTER, persons);
    const rosters = [{ source: 'roster.xlsx', trainees: rows }];
    let index: LedgerIndex | null = null;
    for (const run of ['cold', 'warm']) {
      t = now();
      const ledger = await openPgLedger(server.url);
      const t1 = now();
      index = await ledger.lookup(runKeys(rosters));
      const t2 = now();
      const found = checkAgainstLedger(rosters, index, policy).get('roster.xlsx')!.length;
      const t3 = now();
      await ledger.close();
      console.log(
        `  ${run}: ${ROSTER.toLocaleString('en')} rows checked  ${(t3 - t).toFixed(0)} ms total (connect ${(t1 - t).toFixed(0)}, lookup ${(t2 - t1).toFixed(0)} ` +
          `for ${index.size.toLocaleString('en')} records, rules ${(t3 - t2).toFixed(0)}; ${found.toLocaleString('en')} findings)`,
      );
    }

    // the lookup query on the server alone: its plan and execution time (the rest is transfer and parsing)
    // one batch, as PgLedger sends them (1,000 keys)
    const plan = await db.query(
      'EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM ledger_records WHERE id_key = ANY($1::text[])',
      [runKeys(rosters).slice(0, 1000)],
    );
    const top = (
      plan.rows[0]['QUERY PLAN'] as {
        Plan: { 'Node Type': string; Plans?: { 'Node Type': string }[] };
        'Execution Time': number;
      }[]
    )[0];
    const nodes = [top.Plan['Node Type'], ...(top.Plan.Plans ?? []).map((x) => x['Node Type'])].join(' ← ');
    console.log(`  one lookup batch (1,000 keys) on the server: ${top['Execution Time'].toFixed(0)} ms (${nodes})`);

    // 8 concurrent adds: claims of 500 rows, consecutive claims sharing a quarter of their people
    const CLAIM_ROWS = 500;
    const claims = Array.from({ length: 8 }, (_, c) =>
      roster(CLAIM_ROWS, persons, c * 375).map((x) => recordOf(x, `claim-${c}.xlsx`, `bench-${c}-${Date.now()}`)),
    );
    t = now();
    const times = await Promise.all(
      claims.map(async (records, c) => {
        const s = now();
        const conn = await PgLedger.connect(server.url);
        try {
          const out = await conn.recordClaim(
            { fingerprint: records[0].fingerprint, records },
            { source: `claim-${c}.xlsx`, institution: '基准学校', recordedOn: date(2024, 1, 10) },
            (existing, done) => (done ? { add: [], duplicates: records } : splitNew(existing, records)),
          );
          return { ms: now() - s, added: out.added.length };
        } finally {
          await conn.close();
        }
      }),
    );
    const total = now() - t;
    const each = times.map((x) => x.ms).sort((a, b) => a - b);
    console.log(
      `  8 concurrent adds of ${CLAIM_ROWS} rows: ${total.toFixed(0)} ms for all (each ${each[0].toFixed(0)}–${each[7].toFixed(0)} ms, ` +
        `${times.reduce((a, x) => a + x.added, 0).toLocaleString('en')} records added)`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
