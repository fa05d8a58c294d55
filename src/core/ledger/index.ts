// The subsidy ledger (补贴台账), host-free. The fingerprint's SHA-256 lives in fingerprint-sha256.ts
// (an ES module dependency), imported directly by the add-in.
export type { LedgerIndex, LedgerRecord, LedgerOnlyField } from './types';
export { buildLedgerIndex, EMPTY_LEDGER, MemoryLedgerIndex } from './memory-index';
export { LEDGER_COLUMNS, LEDGER_SHEET, ledgerHeader, matchLedgerHeader, type LedgerField } from './headers';
export { parseLedgerGrid, parseLedgerValues, type LedgerColumn, type LedgerParse, type LedgerRejected } from './parse';
export {
  entryFromRecord, entryFromTrainee, nameKey, occupationLevelKey, occupationLevelLabel, periodsOverlap,
  type ClaimEntry, type ClaimRef,
} from './entry';
export { describeRef, describeRefs } from './describe';
export { findInstitution, recordsFromTrainees, type RosterMeta, type RosterRecords, type SkippedRow } from './records';
export { FINGERPRINT_VERSION, fingerprintLine, fingerprintText, fingerprintWith } from './fingerprint';
export { planLedgerAppend, recordIdentity, type AppendPlan } from './append';
