// The in-memory Excel JavaScript API test double. Browser-safe: no Node APIs.
export { installOfficeDouble, DocumentSettings, type OfficeDouble, type InstallOptions } from './office';
export {
  addSheet,
  buildWorkbook,
  cellState,
  valueMap,
  markMap,
  sheetNames,
  type SheetSpec,
  type CellView,
} from './builder';
export { WorkbookModel, SheetModel, DEFAULT_CONFIG, type HostConfig, type CellState } from './model';
export { RichApiError } from './errors';
export { userEdit, userSelect, handlerCount } from './events';
export { displayText, generalNumber } from './text';
export type { DoubleStats, SyncRecord } from './context';
export { sheetLayout, cellFormat, type SheetLayoutView, type CellFormatView } from './inspect';
