// Rows of the PostgreSQL ledger as the tool reads them: dates as 'YYYY-MM-DD' text (a DATE is never
// turned into a JS Date, so no time-zone shift), bigints as numbers (money in integer fen).
import pg from 'pg';
import { formatDate, type CalDate, type LedgerRecord } from '../../core';

const DATE_OID = 1082;
const INT8_OID = 20;

export const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export function dateOf(s: string | null): CalDate | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function iso(d: CalDate | null): string | null {
  return d ? formatDate(d) : null;
}

export interface Row {
  record_id: number;
  id_key: string;
  id_text: string;
  name: string;
  occupation: string;
  level: string;
  cert_type: string;
  start_on: string | null;
  end_on: string | null;
  amount_fen: number | null;
  paid_on: string | null;
  source: string;
  source_row: number | null;
  institution: string;
  fingerprint: string;
  ledger_file: string;
  ledger_row: number | null;
  recorded_on: string | null;
}

export interface PgRecord extends LedgerRecord {
  recordedOn: CalDate | null;
}

export const COLUMNS = `record_id, id_key, id_text, name, occupation, level, cert_type, start_on, end_on, amount_fen, paid_on, source,
  source_row, institution, fingerprint, ledger_file, ledger_row, recorded_on`;

/** A ledger_records row as a record; the ledger file is the database's name when the row has none. */
export function recordOf(r: Row, ledgerName: string): PgRecord {
  return {
    idKey: r.id_key,
    id: r.id_text,
    name: r.name,
    occupation: r.occupation,
    level: r.level,
    certType: r.cert_type,
    start: dateOf(r.start_on),
    end: dateOf(r.end_on),
    amountFen: r.amount_fen,
    paidOn: dateOf(r.paid_on),
    source: r.source,
    sourceRow: r.source_row,
    institution: r.institution,
    fingerprint: r.fingerprint,
    ledgerFile: r.ledger_file || ledgerName,
    ledgerRow: r.ledger_row ?? r.record_id,
    recordedOn: dateOf(r.recorded_on),
  };
}
