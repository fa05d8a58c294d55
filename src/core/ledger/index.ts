// The subsidy ledger (补贴台账), host-free. The roster fingerprint is the claim's (core/claim:
// rosterFingerprint over the included rows).
export type { LedgerIndex, LedgerRecord, LedgerOnlyField } from './types';
export { buildLedgerIndex, EMPTY_LEDGER, ledgerIndexForKeys, MemoryLedgerIndex } from './memory-index';
export { LEDGER_COLUMNS, LEDGER_SHEET, ledgerHeader, matchLedgerHeader, type LedgerField } from './headers';
export { parseLedgerGrid, parseLedgerValues, type LedgerColumn, type LedgerParse, type LedgerRejected } from './parse';
export {
  entryFromRecord,
  entryFromTrainee,
  nameKey,
  occupationLevelKey,
  occupationLevelLabel,
  periodsOverlap,
  sameTraining,
  type ClaimEntry,
  type ClaimRef,
} from './entry';
export { describeRef, describeRefs } from './describe';
export {
  findInstitution,
  recordsFromClaimRows,
  recordsFromTrainees,
  type RosterMeta,
  type RosterRecords,
  type SkippedRow,
} from './records';
export { planLedgerAppend, recordIdentity, type AppendPlan } from './append';
export {
  checkAgainstLedger,
  localizeLedger,
  runKeys,
  withLedgerFindings,
  type LedgerCheckOptions,
  type RunRoster,
} from './check';
export { DEFAULT_PER_YEAR, ledgerRuleByCode, ledgerRules, type LedgerRule, type PersonContext } from './rules';
