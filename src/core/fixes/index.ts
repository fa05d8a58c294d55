// Fixes with a preview: what changes, computed here; written by each adapter.
export {
  hasExpectedAmount,
  planExpectedAmounts,
  planIdNormalize,
  planIdTextFormat,
  type CellFix,
  type FixKind,
  type FixPlan,
} from './plan';
export { fixReportRows, FIX_TITLES } from './report';
export type { PaneTools, SheetListeners, SheetWatch } from './host';
