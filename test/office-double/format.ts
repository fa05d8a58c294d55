// RangeFormat, RangeFill and RangeFont, shared by Range and RangeAreas. Every call here counts as a format call.
import { RangeBorderCollection } from './borders';
import { ClientObject, linkPath, type RequestContext } from './context';
import { RichApiError } from './errors';
import { checkWritable, normalizeColor, type CellState, type RangeRef } from './model';

/** Whatever the format belongs to: resolves to its rectangles at apply time. */
export interface FormatOwner {
  refs(): RangeRef[];
}

export function eachCell(owner: FormatOwner, f: (ref: RangeRef, row: number, col: number) => void): void {
  for (const ref of owner.refs()) {
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) f(ref, r, c);
    }
  }
}

/** refuses the write when any area is on a protected sheet (before any cell changes) */
export function checkOwner(owner: FormatOwner): void {
  for (const ref of owner.refs()) checkWritable(ref.sheet);
}

/** The common value of all cells, or null when they differ (as Excel reports mixed formats). */
function common<T>(owner: FormatOwner, read: (ref: RangeRef, row: number, col: number) => T): T | null {
  let first = true;
  let value: T | null = null;
  let mixed = false;
  eachCell(owner, (ref, r, c) => {
    if (mixed) return;
    const v = read(ref, r, c);
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) mixed = true;
  });
  return mixed ? null : value;
}

export class RangeFill extends ClientObject {
  constructor(
    ctx: RequestContext,
    private owner: FormatOwner,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['color', 'pattern'];
  }

  protected readScalar(prop: string): unknown {
    if (prop === 'color') return common(this.owner, (ref, r, c) => ref.sheet.get(r, c)?.fill ?? '#FFFFFF');
    if (prop === 'pattern') return common(this.owner, (ref, r, c) => (ref.sheet.get(r, c)?.fill ? 'Solid' : 'None'));
    throw new RichApiError('InvalidArgument', `RangeFill has no property '${prop}'`);
  }

  get color(): string {
    return this.get('color');
  }

  set color(value: string) {
    const color = normalizeColor(value);
    this.set(
      'color',
      value,
      () => {
        if (!color) throw new RichApiError('InvalidArgument', `Invalid color '${value}'`);
        checkOwner(this.owner);
        eachCell(this.owner, (ref, r, c) => {
          ref.sheet.cell(r, c).fill = color;
        });
      },
      true,
    );
  }

  get pattern(): string {
    return this.get('pattern');
  }

  clear(): void {
    this.loaded.clear();
    this.call(
      'clear',
      [],
      () => {
        checkOwner(this.owner);
        eachCell(this.owner, (ref, r, c) => {
          const cell = ref.sheet.get(r, c);
          if (cell) cell.fill = null;
        });
      },
      true,
    );
  }
}

export class RangeFont extends ClientObject {
  constructor(
    ctx: RequestContext,
    private owner: FormatOwner,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['bold', 'name', 'size', 'color'];
  }

  protected readScalar(prop: string): unknown {
    const read = (f: (c: CellState | undefined) => unknown) =>
      common(this.owner, (ref, r, c) => f(ref.sheet.get(r, c)));
    if (prop === 'bold') return read((c) => Boolean(c?.bold));
    if (prop === 'name') return read((c) => c?.fontName ?? DEFAULT_FONT.name);
    if (prop === 'size') return read((c) => c?.fontSize ?? DEFAULT_FONT.size);
    if (prop === 'color') return read((c) => c?.fontColor ?? DEFAULT_FONT.color);
    throw new RichApiError('InvalidArgument', `RangeFont has no property '${prop}'`);
  }

  private setAll(prop: string, value: unknown, apply: (cell: CellState) => void): void {
    this.set(
      prop,
      value,
      () => {
        checkOwner(this.owner);
        eachCell(this.owner, (ref, r, c) => apply(ref.sheet.cell(r, c)));
      },
      true,
    );
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.setAll('name', v, (cell) => {
      if (typeof v !== 'string' || !v) throw new RichApiError('InvalidArgument', `Invalid font name '${v}'`);
      cell.fontName = v;
    });
  }

  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.setAll('size', v, (cell) => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409))
        throw new RichApiError('InvalidArgument', `Invalid font size '${v}'`);
      cell.fontSize = v;
    });
  }

  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    const color = normalizeColor(String(v));
    this.setAll('color', v, (cell) => {
      if (!color) throw new RichApiError('InvalidArgument', `Invalid color '${v}'`);
      cell.fontColor = color;
    });
  }

  get bold(): boolean {
    return this.get('bold');
  }

  set bold(value: boolean) {
    this.set(
      'bold',
      value,
      () => {
        checkOwner(this.owner);
        eachCell(this.owner, (ref, r, c) => {
          ref.sheet.cell(r, c).bold = value;
        });
      },
      true,
    );
  }
}

export const DEFAULT_FONT = { name: 'Calibri', size: 11, color: '#000000' };
/** Excel's default column width and row height, in points */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** distinct 0-based columns (or rows) of the owner's rectangles, without visiting cells */
function lines(owner: FormatOwner, axis: 'col' | 'row'): { ref: RangeRef; index: number }[] {
  const out: { ref: RangeRef; index: number }[] = [];
  for (const ref of owner.refs()) {
    const start = axis === 'col' ? ref.rect.col : ref.rect.row;
    const n = axis === 'col' ? ref.rect.cols : ref.rect.rows;
    for (let i = start; i < start + n; i++) out.push({ ref, index: i });
  }
  return out;
}

function commonLine(owner: FormatOwner, axis: 'col' | 'row'): number | null {
  const values = new Set(
    lines(owner, axis).map(({ ref, index }) =>
      axis === 'col'
        ? (ref.sheet.columnWidths.get(index) ?? DEFAULT_COLUMN_WIDTH)
        : (ref.sheet.rowHeights.get(index) ?? DEFAULT_ROW_HEIGHT),
    ),
  );
  return values.size === 1 ? [...values][0] : null;
}

export class RangeFormat extends ClientObject {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: RangeBorderCollection;

  constructor(
    ctx: RequestContext,
    private owner: FormatOwner,
  ) {
    super(ctx);
    this.fill = linkPath(new RangeFill(ctx, owner), this, 'fill');
    this.font = linkPath(new RangeFont(ctx, owner), this, 'font');
    this.borders = linkPath(new RangeBorderCollection(ctx, owner), this, 'borders');
  }

  protected scalarNames(): string[] {
    return ['columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment', 'wrapText'];
  }

  protected readScalar(prop: string): unknown {
    const read = (f: (c: CellState | undefined) => unknown) =>
      common(this.owner, (ref, r, c) => f(ref.sheet.get(r, c)));
    if (prop === 'columnWidth') return commonLine(this.owner, 'col');
    if (prop === 'rowHeight') return commonLine(this.owner, 'row');
    if (prop === 'horizontalAlignment') return read((c) => c?.hAlign ?? 'General');
    if (prop === 'verticalAlignment') return read((c) => c?.vAlign ?? 'Bottom');
    if (prop === 'wrapText') return read((c) => Boolean(c?.wrap));
    throw new RichApiError('InvalidArgument', `RangeFormat has no property '${prop}'`);
  }

  protected nav(name: string): ClientObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : name === 'borders' ? this.borders : undefined;
  }

  private setCells(prop: string, value: unknown, check: () => boolean, apply: (cell: CellState) => void): void {
    this.set(
      prop,
      value,
      () => {
        if (!check()) throw new RichApiError('InvalidArgument', `Invalid ${prop} '${String(value)}'`);
        checkOwner(this.owner);
        eachCell(this.owner, (ref, r, c) => apply(ref.sheet.cell(r, c)));
      },
      true,
    );
  }

  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setCells(
      'horizontalAlignment',
      v,
      () => H_ALIGN.includes(v),
      (cell) => {
        cell.hAlign = v;
      },
    );
  }

  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setCells(
      'verticalAlignment',
      v,
      () => V_ALIGN.includes(v),
      (cell) => {
        cell.vAlign = v;
      },
    );
  }

  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.setCells(
      'wrapText',
      v,
      () => typeof v === 'boolean',
      (cell) => {
        cell.wrap = v;
      },
    );
  }

  /** points; applies to whole rows (every row the range touches) */
  get rowHeight(): number {
    return this.get('rowHeight');
  }
  set rowHeight(value: number) {
    this.set(
      'rowHeight',
      value,
      () => {
        if (typeof value !== 'number' || !(value >= 0 && value <= 409))
          throw new RichApiError('InvalidArgument', `Invalid rowHeight '${value}'`);
        for (const { ref, index } of lines(this.owner, 'row')) ref.sheet.rowHeights.set(index, value);
      },
      true,
    );
  }

  /** points; applies to whole columns */
  set columnWidth(value: number) {
    this.set(
      'columnWidth',
      value,
      () => {
        if (typeof value !== 'number' || !(value >= 0 && value <= 1790))
          throw new RichApiError('InvalidArgument', `Invalid columnWidth '${value}'`);
        for (const { ref, index } of lines(this.owner, 'col')) ref.sheet.columnWidths.set(index, value);
      },
      true,
    );
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }

  autofitColumns(): void {
    this.call('autofitColumns', [], () => undefined, true);
  }
}
