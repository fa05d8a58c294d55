// The shared RosterHost behaviour suite over the WPS 表格 object-model double and src/wps.
import {
  buildWpsWorkbook,
  installWpsDouble,
  wpsCell,
  wpsMarks,
  wpsSheets,
  wpsValues,
  type WpsDouble,
} from '../wps-double';
import { createWpsHost } from '../../src/wps';
import { hostBehaviour } from './suite';

let double: WpsDouble;

hostBehaviour('WPS 表格', {
  install(specs) {
    double = installWpsDouble();
    buildWpsWorkbook(double.model, specs);
  },
  uninstall: () => double.uninstall(),
  host: () => createWpsHost(),
  reopen: () => double.reopen(),
  cell: (sheet, address) => wpsCell(double.model, sheet, address),
  marks: (sheet) => wpsMarks(double.model, sheet),
  values: (sheet) => wpsValues(double.model, sheet),
  sheets: () => wpsSheets(double.model),
  activeSheet: () => double.model.active?.name ?? null,
  selection: () => {
    const s = double.model.active?.selection;
    return s ? { row: s.row + 1, col: s.col + 1 } : null;
  },
  calls: () => double.model.stats.calls,
});
