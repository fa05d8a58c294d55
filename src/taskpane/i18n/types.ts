// The shape of the task pane's UI strings; one module per language implements it.
import type { Field, InfoField, Severity } from '../../core';
import type { LedgerStrings } from './ledger';
import type { PaneStrings } from './pane';

export interface Strings {
  appTitle: string;
  loading: string;
  /** roster section */
  rosterHeading: string;
  useSelection: string;
  reread: string;
  sheetLine: (sheet: string, rows: number, firstRow: number, lastRow: number) => string;
  noRoster: string;
  /** merged cells could not be listed (no ExcelApi 1.13) */
  mergesUnread: string;
  /** the active sheet holds no roster; these sheets do */
  rosterElsewhere: string;
  /** heading of the list of what the reader noticed (combined and near columns, merges, skipped rows) */
  layoutNotes: (n: number) => string;
  openSheet: (name: string) => string;
  /** mapping section */
  mappingHeading: string;
  mappingHint: string;
  fields: Record<Field, string>;
  required: string;
  unmapped: string;
  columnOption: (letter: string, header: string) => string;
  missingRequired: (fields: string) => string;
  /** policy section */
  policyHeading: string;
  policyLabel: string;
  policyFromFile: string;
  policyCustom: (name: string) => string;
  policyLoaded: (name: string) => string;
  /** catalog section */
  catalogHeading: string;
  catalogSample: string;
  catalogSheet: string;
  catalogFile: string;
  catalogSheetLabel: string;
  catalogChooseSheet: string;
  catalogChooseFile: string;
  catalogFileLoaded: (name: string, entries: number) => string;
  sampleWarning: string;
  /** run section */
  start: string;
  cancel: string;
  clearMarks: string;
  stages: Record<string, string>;
  progressLabel: (stage: string, done: number, total: number) => string;
  cancelled: string;
  checkedLine: (trainees: number, findings: number) => string;
  /** report: the roster's own results sheet (校验结果-花名册), where the reasons are when Excel has no notes */
  marksLine: (cells: number, notes: boolean, report: string) => string;
  /** what this Excel did without RangeAreas (fills 'runs') or notes (annotation 'comment'); '' when neither */
  degradedLine: (fills: 'areas' | 'runs', annotation: 'note' | 'comment' | 'none') => string;
  cleared: (cells: number) => string;
  blockedMissing: string;
  /** results section */
  resultsHeading: string;
  totalsBySeverity: string;
  totalsByRule: string;
  severity: Record<Severity, string>;
  filterRule: string;
  filterSeverity: string;
  all: string;
  noFindings: string;
  findingsCount: (shown: number, total: number) => string;
  cellRef: (address: string) => string;
  rowRef: (row: number) => string;
  goToCell: (where: string) => string;
  prevPage: string;
  nextPage: string;
  pageOf: (page: number, pages: number) => string;
  findingsListLabel: string;
  errorPrefix: string;
  /** the 补贴台账 section */
  ledger: LedgerStrings;
  /** the clerk tools: mapping summary, dates, staleness, fixes, export */
  pane: PaneStrings;
  /** claim papers section (申报信息, 生成申报材料) */
  claimHeading: string;
  claimHint: string;
  infoHeading: string;
  infoLabels: Record<InfoField, string>;
  optional: string;
  infoRequired: string;
  infoNotNumber: string;
  infoInvalid: (fields: number) => string;
  includeErrors: string;
  includeErrorsHint: string;
  generateClaim: string;
  claimNeedsCheck: string;
  claimOnClaimSheet: (sheet: string) => string;
  claimWritten: (sheets: string) => string;
  /** the claim papers were written without print setup (no Worksheet.pageLayout, ExcelApi 1.9) */
  printSkipped: string;
  claimTotalsHeading: string;
  claimPersons: (n: number) => string;
  claimAmount: (yuan: string) => string;
  claimCapital: string;
  claimExcluded: (n: number) => string;
  claimWithErrors: string;
  showExcluded: string;
}
