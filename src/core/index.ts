// The core's face: everything the adapters (src/xlsx, src/office, src/ledger-store) and the front ends
// (src/cli, src/taskpane) use of the core, from one module. Files inside src/core never import this
// one (they import each other directly), so it cannot close an import cycle; the lint enforces both
// (.dependency-cruiser.cjs: core-through-index, core-no-index). See docs/architecture.md.

// the shared vocabulary: cell values, grids, fields, findings, dates, locales
export * from './types';
export { text, t, type Text } from './i18n';
export * from './input';
export * from './a1';
export * from './sheet-names';
export * from './values';
export * from './money';

// reading a roster and checking it
export { detectLayout, HEADER_SCAN_ROWS, MIN_HEADER_FIELDS, type MappingOverride } from './layout/detect';
export {
  fieldLabel,
  FIELD_LABELS,
  matchHeader,
  nearestHeaders,
  normalizeHeader,
  type HeaderMatch,
} from './layout/headers';
export * from './layout/sheets';
export { cellShownText, cellValue, plainCells, plainTrainee, readTrainees } from './layout/read';
export * from './engine';
export { noteText } from './layout/notes';
export * from './facts';
export { ALL_RULES, ruleByCode, type RuleInfo } from './rules';
export { groupRepeats } from './rules/id/shared';

// the data the checks run against
export * from './policy';
export * from './catalog';

// the ledger of subsidies paid, and the checks against it
export * from './ledger';

// the claim papers, and the sheets every adapter renders
export * from './claim';
export { selectRows, type ClaimRow, type ClaimSelection, type ExcludedRow } from './claim/rows';
export * from './sheet';

// what a check leaves on a sheet: marked cells, notes, colours, the 校验结果 table (rendered by each adapter)
export * from './marks';

// fixes a clerk asks for (规范身份证号, 填入应发金额), planned before anything is written
export * from './fixes';

// what the task pane needs from a workbook host (implemented over Office.js in src/office)
export * from './host';
