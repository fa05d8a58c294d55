// The shared RosterHost behaviour suite over the Office.js double and src/office.
import {
  buildWorkbook,
  cellState,
  installOfficeDouble,
  markMap,
  sheetNames,
  valueMap,
  type OfficeDouble,
} from '../office-double';
import { createOfficeHost } from '../../src/office';
import { hostBehaviour } from './suite';

let double: OfficeDouble;

hostBehaviour('Office.js', {
  install(specs) {
    double = installOfficeDouble();
    buildWorkbook(double.model, specs);
  },
  uninstall: () => double.uninstall(),
  host: () => createOfficeHost(),
  reopen: () => double.reopen(),
  cell: (sheet, address) => cellState(double.model, sheet, address),
  marks: (sheet) => markMap(double.model, sheet),
  values: (sheet) => valueMap(double.model, sheet),
  sheets: () => sheetNames(double.model),
  activeSheet: () => double.model.activeSheet?.name ?? null,
  selection: () => {
    const s = double.model.activeSheet?.selection;
    return s ? { row: s.row + 1, col: s.col + 1 } : null;
  },
  calls: () => double.stats.log.length,
});
