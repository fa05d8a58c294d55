// Worksheet.pageLayout (ExcelApi 1.9) and Worksheet.freezePanes (ExcelApi 1.7).
import { MAX_COLS, MAX_ROWS, parseAddress, type Rect } from './address';
import { ClientObject, type RequestContext } from './context';
import { RichApiError } from './errors';
import type { PageLayoutState, RangeRef, SheetModel } from './model';
import { Range } from './range';

/** Excel.PaperType values (the common ones) */
const PAPER = [
  'A3',
  'A4',
  'A5',
  'B4',
  'B5',
  'Letter',
  'LetterSmall',
  'Legal',
  'Tabloid',
  'Ledger',
  'Statement',
  'Executive',
  'Envelope10',
  'Folio',
  'Quatro',
];
const ORIENTATION = ['Portrait', 'Landscape'];
const MARGINS = ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'] as const;
type Margin = (typeof MARGINS)[number];
type Zoom = PageLayoutState['zoom'];

function need(ctx: RequestContext, set: string, version: string, what: string): void {
  if (!ctx.host.supports(set, version)) throw new RichApiError('ApiNotFound', `${what} needs ${set} ${version}`);
}

function invalid(what: string, v: unknown): RichApiError {
  return new RichApiError('InvalidArgument', `Invalid ${what}: ${JSON.stringify(v)}`);
}

function checkZoom(z: Zoom): void {
  if (!z || typeof z !== 'object') throw invalid('zoom', z);
  const fit = [z.horizontalFitToPages, z.verticalFitToPages].filter((v) => v !== undefined && v !== null);
  const scale = z.scale;
  if (scale !== undefined && scale !== null && (fit.length || typeof scale !== 'number' || scale < 10 || scale > 400))
    throw invalid('zoom', z);
  if (fit.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 32767)) throw invalid('zoom', z);
  if (!fit.length && (scale === undefined || scale === null)) throw invalid('zoom', z);
}

/** A whole-row range for print titles: '$4:$4', '4:5' or a Range proxy spanning entire rows. */
function titleRows(arg: unknown): Rect {
  const rect = arg instanceof Range ? arg.ref?.rect : typeof arg === 'string' ? parseAddress(arg).rect : undefined;
  if (!rect || rect.col !== 0 || rect.cols !== MAX_COLS)
    throw invalid('print title rows (must span entire rows)', typeof arg === 'string' ? arg : '[Range]');
  return rect;
}

export class PageLayout extends ClientObject {
  constructor(
    ctx: RequestContext,
    private sheet: () => SheetModel,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['orientation', 'paperSize', 'zoom', 'centerHorizontally', 'centerVertically', 'printGridlines', ...MARGINS];
  }

  protected readScalar(prop: string): unknown {
    need(this.context, 'ExcelApi', '1.9', 'pageLayout');
    const pl = this.sheet().pageLayout as unknown as Record<string, unknown>;
    if (!this.scalarNames().includes(prop))
      throw new RichApiError('InvalidArgument', `PageLayout has no property '${prop}'`);
    const v = pl[prop];
    return v && typeof v === 'object' ? { ...v } : v;
  }

  private put<K extends keyof PageLayoutState>(prop: K, value: PageLayoutState[K], valid: boolean): void {
    this.set(prop, value, () => {
      need(this.context, 'ExcelApi', '1.9', 'pageLayout');
      if (!valid) throw invalid(prop, value);
      this.sheet().pageLayout[prop] = (value && typeof value === 'object' ? { ...value } : value) as PageLayoutState[K];
    });
  }

  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(v: string) {
    this.put('orientation', v, ORIENTATION.includes(v));
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  set paperSize(v: string) {
    this.put('paperSize', v, PAPER.includes(v));
  }
  get centerHorizontally(): boolean {
    return this.get('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.put('centerHorizontally', v, typeof v === 'boolean');
  }
  get centerVertically(): boolean {
    return this.get('centerVertically');
  }
  set centerVertically(v: boolean) {
    this.put('centerVertically', v, typeof v === 'boolean');
  }
  get printGridlines(): boolean {
    return this.get('printGridlines');
  }
  set printGridlines(v: boolean) {
    this.put('printGridlines', v, typeof v === 'boolean');
  }

  /** set as a whole object (pageLayout.zoom = {...}), as the API requires */
  get zoom(): Zoom {
    return this.get('zoom');
  }
  set zoom(v: Zoom) {
    this.set('zoom', v, () => {
      need(this.context, 'ExcelApi', '1.9', 'pageLayout');
      checkZoom(v);
      this.sheet().pageLayout.zoom = { ...v };
    });
  }

  private margin(prop: Margin, v: number): void {
    this.put(prop, v, typeof v === 'number' && v >= 0 && v < 1000);
  }
  get leftMargin(): number {
    return this.get('leftMargin');
  }
  set leftMargin(v: number) {
    this.margin('leftMargin', v);
  }
  get rightMargin(): number {
    return this.get('rightMargin');
  }
  set rightMargin(v: number) {
    this.margin('rightMargin', v);
  }
  get topMargin(): number {
    return this.get('topMargin');
  }
  set topMargin(v: number) {
    this.margin('topMargin', v);
  }
  get bottomMargin(): number {
    return this.get('bottomMargin');
  }
  set bottomMargin(v: number) {
    this.margin('bottomMargin', v);
  }
  get headerMargin(): number {
    return this.get('headerMargin');
  }
  set headerMargin(v: number) {
    this.margin('headerMargin', v);
  }
  get footerMargin(): number {
    return this.get('footerMargin');
  }
  set footerMargin(v: number) {
    this.margin('footerMargin', v);
  }

  setPrintTitleRows(rows: Range | string): void {
    this.context.queueOp(this, 'setPrintTitleRows', [rows], () => {
      need(this.context, 'ExcelApi', '1.9', 'setPrintTitleRows');
      const rect = titleRows(rows);
      this.sheet().pageLayout.printTitleRows = { row: rect.row, rows: rect.rows };
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    const range = Range.derive(this, 'getPrintTitleRowsOrNullObject', [], () => {
      need(this.context, 'ExcelApi', '1.9', 'getPrintTitleRowsOrNullObject');
      const t = this.sheet().pageLayout.printTitleRows;
      return t ? { sheet: this.sheet(), rect: { row: t.row, col: 0, rows: t.rows, cols: MAX_COLS } } : null;
    });
    range.nullState = 'pending';
    this.context.queueOp(this, 'isNull', [], () => {
      range.nullState = range.ref ? 'ok' : 'null';
    });
    return range;
  }
}

export class WorksheetFreezePanes extends ClientObject {
  constructor(
    ctx: RequestContext,
    private sheet: () => SheetModel,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(prop: string): unknown {
    throw new RichApiError('InvalidArgument', `WorksheetFreezePanes has no property '${prop}'`);
  }

  private freeze(name: string, arg: unknown, f: () => { rows: number; cols: number } | null): void {
    this.context.queueOp(this, name, [arg], () => {
      need(this.context, 'ExcelApi', '1.7', 'freezePanes');
      const next = f();
      if (next && (next.rows < 0 || next.cols < 0 || next.rows >= MAX_ROWS || next.cols >= MAX_COLS))
        throw invalid(name, arg);
      this.sheet().freeze = next && (next.rows || next.cols) ? next : null;
    });
  }

  freezeRows(count = 1): void {
    this.freeze('freezeRows', count, () => ({ rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', count, () => ({ rows: 0, cols: count }));
  }
  unfreeze(): void {
    this.freeze('unfreeze', null, () => null);
  }

  /** freezes the rows above and the columns left of the range's bottom-right corner */
  freezeAt(range: Range | string): void {
    this.freeze('freezeAt', range, () => {
      const ref: RangeRef | null | undefined =
        range instanceof Range ? range.ref : { sheet: this.sheet(), rect: parseAddress(range).rect };
      if (!ref) throw invalid('freezeAt', '[Range]');
      const { row, col, rows, cols } = ref.rect;
      return { rows: rows === MAX_ROWS ? 0 : row + rows, cols: cols === MAX_COLS ? 0 : col + cols };
    });
  }

  getLocationOrNullObject(): Range {
    const range = Range.derive(this, 'getLocationOrNullObject', [], () => {
      const f = this.sheet().freeze;
      if (!f) return null;
      return { sheet: this.sheet(), rect: { row: 0, col: 0, rows: f.rows || MAX_ROWS, cols: f.cols || MAX_COLS } };
    });
    range.nullState = 'pending';
    this.context.queueOp(this, 'isNull', [], () => {
      range.nullState = range.ref ? 'ok' : 'null';
    });
    return range;
  }
}
