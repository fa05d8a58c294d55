// The in-memory ledger index: records grouped by canonical ID key. Building it is one pass over the
// records; a lookup is one Map probe.
import type { LedgerIndex, LedgerRecord } from './types';

export class MemoryLedgerIndex implements LedgerIndex {
  private readonly byKey = new Map<string, LedgerRecord[]>();
  private count = 0;

  constructor(records: Iterable<LedgerRecord> = []) {
    this.addAll(records);
  }

  get size(): number {
    return this.count;
  }

  get(idKey: string): readonly LedgerRecord[] | undefined {
    return this.byKey.get(idKey);
  }

  /** Adds one record (records without an ID key are not indexable and are ignored). */
  add(r: LedgerRecord): void {
    if (!r.idKey) return;
    const list = this.byKey.get(r.idKey);
    if (list) list.push(r);
    else this.byKey.set(r.idKey, [r]);
    this.count++;
  }

  addAll(records: Iterable<LedgerRecord>): void {
    for (const r of records) this.add(r);
  }

  /** Every distinct ID key. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  /** Every record, grouped by person. */
  *records(): IterableIterator<LedgerRecord> {
    for (const list of this.byKey.values()) yield* list;
  }

  /** True when some record carries this roster fingerprint. */
  hasFingerprint(fp: string): boolean {
    if (!fp) return false;
    for (const r of this.records()) if (r.fingerprint === fp) return true;
    return false;
  }
}

/** An index over the records, grouped by canonical ID key. */
export function buildLedgerIndex(records: Iterable<LedgerRecord>): MemoryLedgerIndex {
  return new MemoryLedgerIndex(records);
}

/**
 * An index of only the records of these people: one pass over the records with a Set probe each, no
 * per-person arrays for the rest of the ledger. For a one-off check of a run against a big ledger.
 */
export function ledgerIndexForKeys(records: readonly LedgerRecord[], keys: Iterable<string>): MemoryLedgerIndex {
  const wanted = keys instanceof Set ? (keys as Set<string>) : new Set(keys);
  const index = new MemoryLedgerIndex();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (wanted.has(r.idKey)) index.add(r);
  }
  return index;
}

/** An index that holds nothing (no ledger given: only the rosters of the run are compared). */
export const EMPTY_LEDGER: LedgerIndex = { get: () => undefined, size: 0 };
