// Test helpers: build a workbook from 2-D arrays, and look at cell state without going through the API.
import { parseAddress } from './address';
import { SheetModel, type CellState, type Visibility, type WorkbookModel } from './model';
import { displayText, type Scalar } from './text';

export interface SheetSpec {
  name: string;
  /** rows of values from A1 (or from origin) */
  rows?: Scalar[][];
  origin?: string;
  /** number formats parallel to rows */
  formats?: (string | undefined)[][];
  /** address → '#RRGGBB' */
  fills?: Record<string, string>;
  /** address → note text */
  notes?: Record<string, string>;
  /** address → threaded comment text (ExcelApi 1.10) */
  comments?: Record<string, string>;
  visibility?: Visibility;
  /** protected with Worksheet.protection.protect() (every cell locked) */
  protected?: boolean;
}

export function addSheet(model: WorkbookModel, spec: SheetSpec): SheetModel {
  const sheet = new SheetModel(spec.name);
  sheet.visibility = spec.visibility ?? 'Visible';
  sheet.protected = spec.protected ?? false;
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
    sheet.cell(rect.row, rect.col).fill = color.toUpperCase();
  }
  for (const [addr, text] of Object.entries(spec.notes ?? {})) {
    const { rect } = parseAddress(addr);
    sheet.cell(rect.row, rect.col).note = text;
  }
  for (const [addr, text] of Object.entries(spec.comments ?? {})) {
    const { rect } = parseAddress(addr);
    sheet.cell(rect.row, rect.col).comment = text;
  }
  model.sheets.push(sheet);
  if (!model.activeSheet && sheet.visibility === 'Visible') model.activeSheet = sheet;
  return sheet;
}

export function buildWorkbook(model: WorkbookModel, specs: SheetSpec[]): void {
  for (const s of specs) addSheet(model, s);
}

export interface CellView {
  value: Scalar;
  text: string;
  numberFormat: string;
  fill: string | null;
  note: string | null;
  comment: string | null;
  formula: string | null;
}

function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const s = model.sheet(name);
  if (!s) throw new Error(`no sheet '${name}'`);
  return s;
}

export function cellState(model: WorkbookModel, sheet: string, address: string): CellView {
  const { rect } = parseAddress(address);
  const c: CellState | undefined = sheetOf(model, sheet).get(rect.row, rect.col);
  return {
    value: c?.value ?? null,
    text: c ? displayText(c.value, c.numberFormat) : '',
    numberFormat: c?.numberFormat ?? 'General',
    fill: c?.fill ?? null,
    note: c?.note ?? null,
    comment: c?.comment ?? null,
    formula: c?.formula ?? null,
  };
}

/** every non-empty cell of a sheet as 'A1' → value, for before/after comparisons */
export function valueMap(model: WorkbookModel, sheet: string): Map<number, Scalar> {
  const out = new Map<number, Scalar>();
  for (const [k, c] of sheetOf(model, sheet).cells) if (c.value !== null) out.set(k, c.value);
  return out;
}

/** every fill and note of a sheet, keyed by cell, for before/after comparisons */
export function markMap(model: WorkbookModel, sheet: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const [k, c] of sheetOf(model, sheet).cells) {
    if (c.fill !== null || c.note !== undefined || c.comment !== undefined)
      out.set(k, `${c.fill ?? ''}|${c.note ?? ''}${c.comment === undefined ? '' : `|${c.comment}`}`);
  }
  return out;
}

export function sheetNames(model: WorkbookModel): { name: string; visibility: Visibility }[] {
  return model.live().map((s) => ({ name: s.name, visibility: s.visibility }));
}
