// Benchmark of the ledger checks: a ledger of 1,000,000 records against a 10,000-row roster, in memory
// and with the SQLite store. Prints figures only (no assertions).
//   npx tsc -p bench/tsconfig.ledger.json && node dist/bench/bench/ledger.js [records] [rosterRows]
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildLedgerIndex, ledgerIndexForKeys, type LedgerRecord } from '../src/core/ledger';
import { parsePolicy } from '../src/core/policy/schema';
import { checkAgainstLedger, runKeys } from '../src/core/ledger';
import type { CalDate, Trainee } from '../src/core/types';
import { LedgerStore } from '../src/ledger-store/store';

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const ROSTER = Number(process.argv[3] ?? 10_000);
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const REGIONS = ['410102', '410103', '410104', '410105', '410122', '410181', '110105', '310104', '440106', '510107'];
const OCC = ['电工', '焊工', '养老护理员', '育婴员', '中式烹调师', '美发师', '保安员', '电子商务师'];
const LEVELS = ['初级工', '中级工', '高级工'];

/** The n-th person's valid ID. */
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

function date(y: number, m: number, d: number): CalDate {
  return { y, m, d };
}

function ledger(n: number, persons: number): LedgerRecord[] {
  const out: LedgerRecord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = (i * 7919) % persons;
    const y = 2018 + (i % 6),
      m = 1 + (i % 12);
    const id = idOf(p);
    out[i] = {
      idKey: id,
      id,
      name: `学员${p}`,
      occupation: OCC[i % OCC.length],
      level: LEVELS[i % 3],
      certType: '职业技能等级证书',
      start: date(y, m, 1),
      end: date(y, m, 20),
      amountFen: 150000,
      paidOn: date(y, m, 28),
      source: `批次${i % 500}.xlsx`,
      sourceRow: 4 + (i % 300),
      institution: `培训学校${i % 200}`,
      fingerprint: '',
      ledgerFile: '台账.xlsx',
      ledgerRow: i + 2,
    };
  }
  return out;
}

function roster(rows: number, persons: number): Trainee[] {
  const out: Trainee[] = [];
  for (let i = 0; i < rows; i++) {
    // half the roster are people already in the ledger
    const p = i % 2 === 0 ? (i * 104729) % persons : persons + i;
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

interface Mark {
  wall: bigint;
  cpu: NodeJS.CpuUsage;
}

function start(): Mark {
  return { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

/** Wall time and this process's CPU time since the mark (the machine may be busy with other work). */
function ms(m: Mark): string {
  const c = process.cpuUsage(m.cpu);
  return `${(Number(process.hrtime.bigint() - m.wall) / 1e6).toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`;
}

function mem(): string {
  return `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB heap`;
}

async function main(): Promise<void> {
  const policy = parsePolicy(
    { id: 'bench', name: 'bench', region: 'bench', rates: [], limits: { perYear: 3 } },
    'bench',
  );
  const persons = Math.max(1, Math.floor(RECORDS / 3));
  console.log(
    `ledger ${RECORDS.toLocaleString('en')} records (${persons.toLocaleString('en')} people), roster ${ROSTER.toLocaleString('en')} rows`,
  );
  let t = start();
  const records = ledger(RECORDS, persons);
  const rows = roster(ROSTER, persons);
  console.log(`  generate                 ${ms(t)}  (${mem()})`);

  t = start();
  const index = buildLedgerIndex(records);
  console.log(`  in memory: full index by ID key  ${ms(t)}  (${mem()})`);
  t = start();
  const keys = runKeys([{ source: 'roster.xlsx', trainees: rows }]);
  const picked = ledgerIndexForKeys(records, keys);
  console.log(
    `  in memory: one pass over the ledger for the roster's people  ${ms(t)}  (${picked.size.toLocaleString('en')} records)`,
  );
  t = start();
  const viaPick = checkAgainstLedger([{ source: 'roster.xlsx', trainees: rows }], picked, policy).get(
    'roster.xlsx',
  )!.length;
  console.log(`  in memory: check against those   ${ms(t)}  (${viaPick.toLocaleString('en')} findings)`);
  t = start();
  const found = checkAgainstLedger([{ source: 'roster.xlsx', trainees: rows }], index, policy);
  const n = found.get('roster.xlsx')!.length;
  console.log(`  in memory: check against the full index  ${ms(t)}  (${n.toLocaleString('en')} findings)`);

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'roster-bench-'));
  const store = new LedgerStore(path.join(dir, 'ledger.sqlite'));
  try {
    t = start();
    store.addRecords(records);
    const size = (await fs.stat(path.join(dir, 'ledger.sqlite'))).size;
    console.log(`  SQLite: import (once)    ${ms(t)}  (${(size / 2 ** 20).toFixed(0)} MB file)`);
    t = start();
    const sub = store.lookup(runKeys([{ source: 'roster.xlsx', trainees: rows }]));
    console.log(
      `  SQLite: batched lookup   ${ms(t)}  (${sub.size.toLocaleString('en')} records of the roster's people)`,
    );
    t = start();
    const again = checkAgainstLedger([{ source: 'roster.xlsx', trainees: rows }], sub, policy);
    console.log(
      `  SQLite: check            ${ms(t)}  (${again.get('roster.xlsx')!.length.toLocaleString('en')} findings, same as in memory: ${again.get('roster.xlsx')!.length === n})`,
    );
  } finally {
    store.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
