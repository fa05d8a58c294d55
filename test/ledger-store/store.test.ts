import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildLedgerIndex, type LedgerRecord } from '../../src/core/ledger';
import { checkAgainstLedger, runKeys } from '../../src/core/ledger';
import { LedgerStore } from '../../src/ledger-store/store';
import { makeTrainee, testPolicy } from '../helpers/factory';
import { checkDigit, rng } from '../fixtures/people';
import { makeRecord } from '../core/ledger/make-record';

function idOf(n: number): string {
  const body = `410102${1970 + (n % 30)}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
  return body + checkDigit(body);
}

/** n records over n/3 people, with nulls in the optional fields. */
function records(n: number, seed = 7): LedgerRecord[] {
  const r = rng(seed);
  const out: LedgerRecord[] = [];
  for (let i = 0; i < n; i++) {
    const person = Math.floor(r() * (n / 3));
    const m = 1 + Math.floor(r() * 12);
    out.push(
      makeRecord({
        idKey: idOf(person),
        id: idOf(person),
        name: `人${person}`,
        occupation: ['电工', '焊工', '育婴员'][i % 3],
        start: i % 17 === 0 ? null : { y: 2020 + (i % 3), m, d: 1 },
        end: { y: 2020 + (i % 3), m, d: 20 },
        amountFen: i % 11 === 0 ? null : 150000 + i,
        paidOn: i % 5 === 0 ? { y: 2022, m: 2, d: 28 } : null,
        sourceRow: i % 7 === 0 ? null : i + 2,
        fingerprint: i % 2 ? 'ab'.repeat(32) : '',
        ledgerRow: i + 2,
      }),
    );
  }
  return out;
}

describe('LedgerStore', () => {
  it('gives back exactly the records the in-memory index holds, key by key', () => {
    const recs = records(3000);
    const mem = buildLedgerIndex(recs);
    const store = new LedgerStore(':memory:');
    try {
      expect(store.addRecords(recs)).toBe(3000);
      expect(store.size).toBe(3000);
      const keys = [...mem.keys(), idOf(999999), '11010519491231002X'];
      const got = store.lookup(keys);
      expect(got.size).toBe(3000);
      for (const k of keys) expect(got.get(k)).toEqual(mem.get(k));
      expect(store.hasFingerprint('ab'.repeat(32))).toBe(true);
      expect(store.hasFingerprint('cd'.repeat(32))).toBe(false);
    } finally {
      store.close();
    }
  });

  it('finds the same repeat claims as the in-memory index', () => {
    const recs = records(600, 11);
    const mem = buildLedgerIndex(recs);
    const store = new LedgerStore(':memory:');
    store.addRecords(recs);
    const trainees = [...mem.keys()].slice(0, 50).map((id, i) =>
      makeTrainee({
        row: 4 + i,
        id,
        name: i % 4 ? `人x` : '某某',
        start: { y: 2021, m: 6, d: 1 },
        end: { y: 2021, m: 6, d: 20 },
      }),
    );
    const rosters = [{ source: 'A.xlsx', trainees }];
    const a = checkAgainstLedger(rosters, mem, testPolicy());
    const b = checkAgainstLedger(rosters, store.lookup(runKeys(rosters)), testPolicy());
    store.close();
    expect(a.get('A.xlsx')!.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('imports a file once, re-imports it when it changes, forgets it when removed', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'roster-ledger-store-'));
    const store = new LedgerStore(path.join(dir, 'ledger.sqlite'));
    try {
      const f = { path: '/x/台账.xlsx', size: 100, mtimeMs: 1000.7 };
      expect(store.isCurrent(f.path, f.size, f.mtimeMs)).toBe(false);
      store.importFile(f, records(30));
      expect(store.isCurrent(f.path, 100, 1000.7)).toBe(true);
      expect(store.isCurrent(f.path, 101, 1000.7)).toBe(false);
      store.importFile({ ...f, size: 101 }, records(10));
      expect(store.size).toBe(10);
      expect(store.files()).toEqual([{ path: f.path, size: 101, mtimeMs: 1000, records: 10 }]);
      store.removeFile(f.path);
      expect(store.size).toBe(0);
    } finally {
      store.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
