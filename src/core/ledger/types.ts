// The subsidy ledger (补贴台账): one record per subsidy already paid. Pure data; dates are calendar
// dates (never instants), money is integer fen.
import type { CalDate } from '../types';

export interface LedgerRecord {
  /** the canonical 18-character ID key (idKey: normalised, a legacy 15-digit number upgraded) */
  idKey: string;
  /** the ID as written in the ledger (for display) */
  id: string;
  name: string;
  /** occupation (工种) as written */
  occupation: string;
  /** level as written (五级/初级工 …); '' for types without levels */
  level: string;
  /** certificate type as written */
  certType: string;
  start: CalDate | null;
  end: CalDate | null;
  /** amount paid in integer fen; null when not recorded */
  amountFen: number | null;
  /** the day the subsidy was paid (拨付日期) */
  paidOn: CalDate | null;
  /** the roster the record came from (file name or batch) */
  source: string;
  /** the row of the trainee in that roster, when known */
  sourceRow: number | null;
  /** the training institution (培训机构) */
  institution: string;
  /** SHA-256 fingerprint of the roster the record came from ('' when unknown) */
  fingerprint: string;
  /** where the record itself is kept: ledger file (or sheet) name … */
  ledgerFile: string;
  /** … and its 1-based row there (0 when not known, e.g. a record not yet written) */
  ledgerRow: number;
}

/** The records of one person, looked up by ID key. Implemented in memory and by the SQLite store. */
export interface LedgerIndex {
  /** records with this canonical ID key, in ledger order; undefined when none */
  get(idKey: string): readonly LedgerRecord[] | undefined;
  /** number of records indexed */
  readonly size: number;
}

/** The extra fields a ledger carries on top of the roster fields. */
export type LedgerOnlyField = 'paidOn' | 'source' | 'sourceRow' | 'institution' | 'fingerprint' | 'recordedOn';
