// What a check leaves on a sheet, decided once for both adapters (the CLI's marked copy and the
// add-in): which cell each finding marks and its note, the severity colours, the 校验结果 table.
export { SEVERITY_ORDER, SEVERITY_RGB, severityLabel, severityRank, worstSeverity } from './severity';
export {
  CELL_TEXT_LIMIT,
  NOTE_JOIN,
  cellMarks,
  clip,
  markedCell,
  mergeNote,
  noteText,
  reasonLine,
  rowMarkColumn,
  type CellMark,
} from './cells';
export {
  resultsTable,
  type ResultLink,
  type ResultRow,
  type ResultsOptions,
  type ResultsTable,
  type SummaryLine,
} from './results';
