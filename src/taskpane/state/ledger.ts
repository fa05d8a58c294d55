// The 补贴台账 section's state: the ledger sheet's status, the 对照补贴台账核验 toggle, the last import
// and the last 登记入账. Pure data and a reducer; the ledger controller (ledgerController.ts) acts.
import type { LedgerParse, LedgerRecord } from '../../core';

export interface LedgerStatus {
  /** the workbook has a 补贴台账 sheet */
  exists: boolean;
  /** the sheet has content but no ID column: nothing can be read or appended */
  noHeader: boolean;
  records: number;
  /** distinct people (canonical ID keys) */
  people: number;
  /** distinct training institutions named */
  institutions: number;
  /** rows whose ID cannot be read (rounded by Excel, malformed) */
  rejected: number;
}

export interface UnreadableRow {
  row: number;
  /** the ID cell as shown */
  value: string;
}

/** What one roster file chosen for 导入花名册到台账 gave. */
export interface ImportReport {
  file: string;
  /** roster rows read */
  rows: number;
  /** records appended to the ledger */
  added: number;
  /** records already in the ledger (or repeated in the files chosen) */
  duplicates: number;
  /** rows whose ID could not be read: not imported */
  unreadable: UnreadableRow[];
  /** the file could not be read, or no roster header was found */
  error?: string;
}

/** What the last 登记入账 did. */
export interface RecordReport {
  sheet: string;
  added: number;
  duplicates: number;
  /** every row was recorded before (the roster fingerprint is in the ledger): nothing added */
  alreadyRecorded: boolean;
  firstRow: number;
  fingerprint: string;
  /** roster rows not in the claim (errors, repeat claims found in the ledger, no amount) */
  excluded: number[];
  /** claim rows whose ID has no canonical form */
  unreadable: number[];
}

export interface LedgerNotice {
  intent: 'error' | 'warning' | 'success' | 'info';
  text: string;
}

export interface LedgerState {
  /** 对照补贴台账核验: 开始校验 also checks the roster against the ledger sheet */
  check: boolean;
  busy: boolean;
  /** undefined until the sheet was read */
  status?: LedgerStatus;
  /** 拨付日期 for 登记入账, 'YYYY-MM-DD' or '' */
  paidOn: string;
  imports: ImportReport[];
  recorded?: RecordReport;
  /** ledger records the last check was compared with (undefined: the last check did not use the ledger) */
  checkedAgainst?: number;
  notice?: LedgerNotice;
}

export type LedgerAction =
  | { kind: 'setCheck'; value: boolean }
  | { kind: 'busy'; value: boolean }
  | { kind: 'status'; status: LedgerStatus }
  | { kind: 'setPaidOn'; value: string }
  | { kind: 'imported'; reports: ImportReport[] }
  | { kind: 'recorded'; report: RecordReport }
  | { kind: 'checkedAgainst'; records?: number }
  | { kind: 'notice'; notice?: LedgerNotice };

export function initialLedgerState(): LedgerState {
  return { check: false, busy: false, paidOn: '', imports: [] };
}

export function ledgerReducer(s: LedgerState, a: LedgerAction): LedgerState {
  switch (a.kind) {
    case 'setCheck':
      return { ...s, check: a.value };
    case 'busy':
      return { ...s, busy: a.value, notice: a.value ? undefined : s.notice };
    case 'status':
      return { ...s, status: a.status };
    case 'setPaidOn':
      return { ...s, paidOn: a.value };
    case 'imported':
      return { ...s, imports: a.reports };
    case 'recorded':
      return { ...s, recorded: a.report };
    case 'checkedAgainst':
      return { ...s, checkedAgainst: a.records };
    case 'notice':
      return { ...s, notice: a.notice };
    default:
      return s;
  }
}

export const NO_LEDGER: LedgerStatus = {
  exists: false,
  noHeader: false,
  records: 0,
  people: 0,
  institutions: 0,
  rejected: 0,
};

/** The status of a ledger sheet as parsed (null: the workbook has none), with records about to be added. */
export function ledgerStatus(parse: LedgerParse | null, added: readonly LedgerRecord[] = []): LedgerStatus {
  if (!parse && !added.length) return NO_LEDGER;
  const records = [...(parse?.records ?? []), ...added];
  return {
    exists: true,
    noHeader: !!parse && parse.noIdColumn && parse.lastRow > 0,
    records: records.length,
    people: new Set(records.map((r) => r.idKey)).size,
    institutions: new Set(records.map((r) => r.institution.trim()).filter((x) => x !== '')).size,
    rejected: parse?.rejected.length ?? 0,
  };
}
