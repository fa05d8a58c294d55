// What a loaded ledger offers, whatever its backend (memory, SQLite, PostgreSQL): kept apart from load.ts so
// the backends can name it without importing the loader that imports them.
import type { LedgerIndex } from '../core';

export interface LedgerNote {
  zh: string;
  en: string;
}

export interface LoadedLedger {
  kind: 'memory' | 'sqlite' | 'postgres';
  /** how messages name the ledger: its path, or the database URL without the password */
  name: string;
  /** the ledger files behind it */
  files: string[];
  /** records held (PostgreSQL: the planner's estimate) */
  size: number;
  /** what the user should know: files without an ID column, rows whose ID cannot be read, files skipped */
  notes: LedgerNote[];
  /** an index of the records of these people (batched queries, or one pass over the records in memory) */
  lookup(keys: Iterable<string>): Promise<LedgerIndex>;
  close(): Promise<void>;
}
