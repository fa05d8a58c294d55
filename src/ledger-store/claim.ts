// Recording an approved claim: the one step every ledger backend runs under its own exclusive section
// (lock file, SQLite BEGIN IMMEDIATE, PostgreSQL advisory locks). The backend reads the records the
// ledger holds for the claim's people, asks `decide` what to do with them, and writes the records
// decided on, all before anyone else may read those people again.
import { recordIdentity, type LedgerRecord } from '../core';

export interface ClaimToRecord {
  /** the claim's roster fingerprint (every record carries it) */
  fingerprint: string;
  records: LedgerRecord[];
}

/** Refused: the messages naming the other claims. Else the records to write and those left out. */
export type Decision = { refuse: string[] } | { add: LedgerRecord[]; duplicates: LedgerRecord[] };

/** Decides on the ledger as it stands: `existing` holds at least every record of the claim's people. */
export type Decide = (existing: readonly LedgerRecord[], alreadyRecorded: boolean) => Decision;

export interface RecordOutcome {
  status: 'recorded' | 'already' | 'refused';
  added: LedgerRecord[];
  duplicates: LedgerRecord[];
  refusal: string[];
  /** where the added records went: the first sheet row (files) or record number (databases) */
  firstRow: number;
}

/** The claim's records not yet in the ledger (same person, same training, same dates: a double entry). */
export function splitNew(
  existing: readonly LedgerRecord[],
  records: readonly LedgerRecord[],
): { add: LedgerRecord[]; duplicates: LedgerRecord[] } {
  const known = new Set(existing.map(recordIdentity));
  const add: LedgerRecord[] = [];
  const duplicates: LedgerRecord[] = [];
  for (const r of records) {
    const id = recordIdentity(r);
    if (known.has(id)) duplicates.push(r);
    else {
      known.add(id);
      add.push(r);
    }
  }
  return { add, duplicates };
}

/** The claim was recorded before: some record of its people carries its fingerprint. */
export function alreadyRecorded(existing: readonly LedgerRecord[], fingerprint: string): boolean {
  return !!fingerprint && existing.some((r) => r.fingerprint === fingerprint);
}

/** The distinct ID keys of the records, sorted (locks are always taken in this order: no deadlock). */
export function sortedKeys(records: readonly LedgerRecord[]): string[] {
  return [...new Set(records.map((r) => r.idKey).filter(Boolean))].sort();
}
