// Entry for a browser bundle served in place of office.js: installs the double on window and exposes
// window.__officeDouble so a headless-browser test can load a workbook and look at cell state.
import { buildWorkbook, cellState, markMap, sheetNames, type SheetSpec } from './builder';
import { installOfficeDouble, type InstallOptions, type OfficeDouble } from './office';

export interface BrowserDouble {
  double: OfficeDouble;
  load(specs: SheetSpec[]): void;
  cell(sheet: string, address: string): ReturnType<typeof cellState>;
  /** fills and notes of a sheet as [cellKey, 'fill|note'] pairs */
  marks(sheet: string): [number, string][];
  sheets(): ReturnType<typeof sheetNames>;
  stats(): OfficeDouble['stats'];
}

export function installInBrowser(opts: InstallOptions = {}): BrowserDouble {
  const double = installOfficeDouble(opts);
  const api: BrowserDouble = {
    double,
    load: (specs) => buildWorkbook(double.model, specs),
    cell: (sheet, address) => cellState(double.model, sheet, address),
    marks: (sheet) => [...markMap(double.model, sheet)],
    sheets: () => sheetNames(double.model),
    stats: () => double.stats,
  };
  (globalThis as Record<string, unknown>).__officeDouble = api;
  return api;
}

const preset = (globalThis as Record<string, unknown>).__officeDoubleOptions as InstallOptions | undefined;
const initial = (globalThis as Record<string, unknown>).__officeDoubleWorkbook as SheetSpec[] | undefined;
if (typeof window !== 'undefined') {
  const api = installInBrowser(preset ?? {});
  if (initial) api.load(initial);
}
