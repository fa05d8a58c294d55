// The in-memory WPS 表格 object-model double: install it as the globals a WPS add-in page sees
// (`window.Application`, and `wps.EtApplication()` as WPS samples call it), build workbooks, look at cells.
// Browser-safe: no Node APIs.
import { parseAddress, cellRef } from '../office-double/address';
import type { SheetSpec } from '../office-double/builder';
import { displayText, type Scalar } from '../office-double/text';
import { WpsApplication } from './api';
import { bgrToRgb, rgbToBgr, WpsSheet, WpsWorkbook, type WpsVisibility } from './model';

export { WpsApplication, WpsError, xlColorIndexNone } from './api';
export { WpsWorkbook, WpsSheet, bgrToRgb, rgbToBgr, type WpsStats } from './model';

export interface WpsDouble {
  model: WpsWorkbook;
  app: WpsApplication;
  /** a new Application over the same saved workbook (the file closed and opened again) */
  reopen(): void;
  uninstall(): void;
}

const VIS: Record<string, WpsVisibility> = { Visible: -1, Hidden: 0, VeryHidden: 2 };

export function installWpsDouble(): WpsDouble {
  const g = globalThis as Record<string, unknown>;
  const previous = { Application: g.Application, wps: g.wps };
  const model = new WpsWorkbook();
  const dbl: WpsDouble = {
    model,
    app: new WpsApplication(model),
    reopen() {
      model.displayAlerts = true;
      for (const s of model.live()) s.selection = null;
      model.active = model.live().find((s) => s.visible === -1) ?? null;
      dbl.app = new WpsApplication(model);
      g.Application = dbl.app;
    },
    uninstall() {
      Object.assign(g, previous);
    },
  };
  g.Application = dbl.app;
  g.wps = { EtApplication: () => dbl.app };
  return dbl;
}

/** Same SheetSpec as the Office double (fills as '#RRGGBB', notes become comments). */
export function buildWpsWorkbook(model: WpsWorkbook, specs: SheetSpec[]): void {
  for (const spec of specs) {
    const sheet = new WpsSheet(spec.name);
    sheet.visible = VIS[spec.visibility ?? 'Visible'];
    const o = parseAddress(spec.origin ?? 'A1').rect;
    (spec.rows ?? []).forEach((line, r) =>
      line.forEach((v, c) => {
        const format = spec.formats?.[r]?.[c];
        if ((v === null || v === '') && !format) return;
        const cell = sheet.cell(o.row + r, o.col + c);
        cell.value = v === '' ? null : v;
        if (format) cell.numberFormat = format;
      }),
    );
    for (const [addr, color] of Object.entries(spec.fills ?? {})) {
      const { rect } = parseAddress(addr);
      sheet.cell(rect.row, rect.col).fill = rgbToBgr(color);
    }
    for (const [addr, text] of Object.entries(spec.notes ?? {})) {
      const { rect } = parseAddress(addr);
      sheet.cell(rect.row, rect.col).comment = text;
    }
    model.sheets.push(sheet);
    if (!model.active && sheet.visible === -1) model.active = sheet;
  }
}

export interface WpsCellView {
  value: Scalar;
  text: string;
  numberFormat: string;
  /** '#RRGGBB' (converted from the BGR integer), or null */
  fill: string | null;
  note: string | null;
  formula: string | null;
}

function sheetOf(model: WpsWorkbook, name: string): WpsSheet {
  const s = model.sheet(name);
  if (!s) throw new Error(`no sheet '${name}'`);
  return s;
}

export function wpsCell(model: WpsWorkbook, sheet: string, address: string): WpsCellView {
  const { rect } = parseAddress(address);
  const c = sheetOf(model, sheet).get(rect.row, rect.col);
  return {
    value: c?.value ?? null,
    text: c ? displayText(c.value, c.numberFormat) : '',
    numberFormat: c?.numberFormat ?? 'General',
    fill: c?.fill === null || c?.fill === undefined ? null : bgrToRgb(c.fill),
    note: c?.comment ?? null,
    formula: c?.formula ?? null,
  };
}

/** every non-empty value of a sheet, keyed 'A1' */
export function wpsValues(model: WpsWorkbook, sheet: string): Map<string, Scalar> {
  const out = new Map<string, Scalar>();
  for (const [k, c] of sheetOf(model, sheet).cells) {
    const [r, col] = k.split(':').map(Number);
    if (c.value !== null) out.set(cellRef(r, col), c.value);
  }
  return out;
}

/** every fill and comment of a sheet, keyed 'A1', as 'fill|comment' */
export function wpsMarks(model: WpsWorkbook, sheet: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, c] of sheetOf(model, sheet).cells) {
    const [r, col] = k.split(':').map(Number);
    if (c.fill !== null || c.comment !== null)
      out.set(cellRef(r, col), `${c.fill === null ? '' : bgrToRgb(c.fill)}|${c.comment ?? ''}`);
  }
  return out;
}

const VIS_NAME: Record<WpsVisibility, 'Visible' | 'Hidden' | 'VeryHidden'> = {
  [-1]: 'Visible',
  0: 'Hidden',
  2: 'VeryHidden',
};

export function wpsSheets(model: WpsWorkbook): { name: string; visibility: 'Visible' | 'Hidden' | 'VeryHidden' }[] {
  return model.live().map((s) => ({ name: s.name, visibility: VIS_NAME[s.visible] }));
}
