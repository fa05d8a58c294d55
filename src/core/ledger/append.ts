// Appending an approved claim to the ledger sheet, without double entry: records whose roster
// fingerprint the ledger already carries, or that repeat a record already there (same person,
// occupation and level, same dates), are left out. The plan is host-free: the CLI writes it with
// ExcelJS, the add-in with Office.js.
import type { CalDate, CellValue } from '../types';
import { dateToSerial, formatDate } from '../values';
import { LEDGER_COLUMNS, type LedgerField } from './headers';
import { occupationLevelKey } from './entry';
import type { LedgerColumn, LedgerParse } from './parse';
import type { LedgerRecord } from './types';

export interface AppendPlan {
  /** the sheet is not empty but has no ledger header (no ID column): nothing can be appended */
  noHeader: boolean;
  /** sheet row where a new header must be written (0: the sheet already has one) */
  headerRow: number;
  /** columns to add (to the existing header row, or all of them for a new header) */
  addColumns: LedgerColumn[];
  /** where each field is written */
  columns: LedgerColumn[];
  /** records to write, with ledgerRow set */
  added: LedgerRecord[];
  /** records left out: already in the ledger */
  duplicates: LedgerRecord[];
  /** every record's fingerprint was found in the ledger: the claim was entered before */
  alreadyRecorded: boolean;
  /** sheet row of the first added record */
  firstRow: number;
  /** one array per added record, index 0 = sheet column 1 */
  rows: CellValue[][];
  /** number format per sheet column (index 0 = column 1): '@' text, 'yyyy-mm-dd' dates, '0.00' money */
  formats: string[];
}

const FORMATS: Partial<Record<LedgerField, string>> = {
  id: '@',
  start: 'yyyy-mm-dd',
  end: 'yyyy-mm-dd',
  paidOn: 'yyyy-mm-dd',
  recordedOn: 'yyyy-mm-dd',
  amount: '0.00',
  fingerprint: '@',
};

function iso(d: CalDate | null): string {
  return d ? formatDate(d) : '';
}

/** Same person, same training: the identity of a record for double-entry detection. */
export function recordIdentity(r: LedgerRecord): string {
  const occ =
    occupationLevelKey(r.occupation, r.certType, r.level) ??
    `${r.occupation.trim()}|${r.certType.trim()}|${r.level.trim()}`;
  return `${r.idKey}|${occ}|${iso(r.start)}|${iso(r.end)}`;
}

function valueOf(r: LedgerRecord, f: LedgerField, recordedOn: CalDate): CellValue {
  switch (f) {
    case 'id':
      return r.id || r.idKey;
    case 'name':
      return r.name;
    case 'occupation':
      return r.occupation;
    case 'certType':
      return r.certType;
    case 'level':
      return r.level;
    case 'start':
      return r.start ? dateToSerial(r.start) : null;
    case 'end':
      return r.end ? dateToSerial(r.end) : null;
    case 'period':
      return r.start || r.end ? `${iso(r.start)}至${iso(r.end)}` : null;
    case 'amount':
      return r.amountFen === null ? null : r.amountFen / 100;
    case 'paidOn':
      return r.paidOn ? dateToSerial(r.paidOn) : null;
    case 'institution':
      return r.institution;
    case 'source':
      return r.source;
    case 'sourceRow':
      return r.sourceRow;
    case 'fingerprint':
      return r.fingerprint;
    case 'recordedOn':
      return dateToSerial(recordedOn);
  }
}

/**
 * Plans the append of records to a ledger sheet already parsed (parseLedgerValues/parseLedgerGrid;
 * null for a new, empty sheet). Fields the sheet has no column for get a new column after its last.
 */
export function planLedgerAppend(
  existing: LedgerParse | null,
  records: readonly LedgerRecord[],
  recordedOn: CalDate,
): AppendPlan {
  const hasHeader = !!existing && existing.headerRows.length > 0;
  const noHeader = !!existing && !hasHeader && existing.lastRow > 0;
  const columns: LedgerColumn[] = hasHeader ? existing!.columns.slice() : [];
  const addColumns: LedgerColumn[] = [];
  let nextCol = columns.reduce((m, c) => Math.max(m, c.col), 0) + 1;
  const has = new Set(columns.map((c) => c.field));
  // a ledger with 培训起止时间 keeps its one period column
  if (has.has('period')) {
    has.add('start');
    has.add('end');
  }
  for (const c of LEDGER_COLUMNS) {
    if (has.has(c.field)) continue;
    const col = { field: c.field, col: nextCol++, header: c.header };
    columns.push(col);
    addColumns.push(col);
  }
  const known = new Set<string>();
  const fps = new Set<string>();
  for (const r of existing?.records ?? []) {
    known.add(recordIdentity(r));
    if (r.fingerprint) fps.add(r.fingerprint);
  }
  const added: LedgerRecord[] = [];
  const duplicates: LedgerRecord[] = [];
  for (const r of records) {
    const id = recordIdentity(r);
    if ((r.fingerprint && fps.has(r.fingerprint)) || known.has(id)) duplicates.push(r);
    else {
      known.add(id);
      added.push(r);
    }
  }
  const lastRow = existing?.lastRow ?? 0;
  const headerRow = hasHeader ? 0 : lastRow === 0 ? 1 : lastRow + 2;
  const firstRow = hasHeader ? lastRow + 1 : headerRow + 1;
  const width = columns.reduce((m, c) => Math.max(m, c.col), 0);
  const formats: string[] = new Array(width).fill('');
  for (const c of columns) formats[c.col - 1] = FORMATS[c.field] ?? '';
  const rows: CellValue[][] = [];
  added.forEach((r, i) => {
    const row: CellValue[] = new Array(width).fill(null);
    for (const c of columns) row[c.col - 1] = valueOf(r, c.field, recordedOn);
    rows.push(row);
    r.ledgerRow = firstRow + i;
  });
  return {
    noHeader,
    headerRow: noHeader ? 0 : headerRow,
    addColumns: noHeader ? [] : addColumns,
    columns,
    added: noHeader ? [] : added,
    duplicates,
    alreadyRecorded: records.length > 0 && records.every((r) => !!r.fingerprint && fps.has(r.fingerprint)),
    firstRow,
    rows: noHeader ? [] : rows,
    formats,
  };
}
