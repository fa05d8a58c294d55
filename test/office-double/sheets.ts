// Workbook, WorksheetCollection and Worksheet proxies.
import { parseAddress } from './address';
import { ClientObject, ClientResult, jsonBytes, linkPath, loadPaths, RequestContext } from './context';
import { RichApiError } from './errors';
import { SheetModel, type Visibility } from './model';
import { PageLayout, WorksheetFreezePanes } from './layout';
import { COMMENTS, NoteCollection } from './notes';
import { checkRect, Range, RangeAreas, sheetFactory } from './range';
import { EventHandlers, type WorksheetChangedEventArgs, type WorksheetSelectionChangedEventArgs } from './events';

const BAD_NAME = /[[\]:*?/\\]/;

/** an API above the host's ExcelApi version fails as in Excel: ApiNotFound (see versions.ts) */
function requireExcelApi(ctx: RequestContext, version: string, what: string): void {
  if (!ctx.host.supports('ExcelApi', version))
    throw new RichApiError('ApiNotFound', `${what} needs ExcelApi ${version}`);
}

export class Worksheet extends ClientObject {
  model: SheetModel | null = null;
  readonly notes: NoteCollection;
  /** threaded comments (ExcelApi 1.10) */
  readonly comments: NoteCollection;
  readonly pageLayout: PageLayout;
  readonly freezePanes: WorksheetFreezePanes;

  constructor(ctx: RequestContext) {
    super(ctx);
    this.notes = linkPath(new NoteCollection(ctx, ctx.host.model, () => this.need()), this, 'notes');
    this.comments = linkPath(new NoteCollection(ctx, ctx.host.model, () => this.need(), COMMENTS), this, 'comments');
    this.pageLayout = linkPath(new PageLayout(ctx, () => this.need()), this, 'pageLayout');
    this.freezePanes = linkPath(new WorksheetFreezePanes(ctx, () => this.need()), this, 'freezePanes');
  }

  protected nav(name: string): ClientObject | undefined {
    return name === 'pageLayout' ? this.pageLayout : name === 'protection' ? this.protection : undefined;
  }

  /** queues the command that finds the sheet (getItem, add, getActiveWorksheet, …) */
  static resolve(
    parent: ClientObject,
    name: string,
    args: unknown[],
    find: () => SheetModel | null,
    orNull = false,
  ): Worksheet {
    const ws = linkPath(new Worksheet(parent.context), parent, name, args);
    if (orNull) ws.nullState = 'pending';
    parent.context.queueOp(parent, name, args, () => {
      const s = find();
      if (!s && !orNull)
        throw new RichApiError(
          'ItemNotFound',
          `The requested resource doesn't exist (${name} ${JSON.stringify(args)}).`,
        );
      ws.model = s;
      if (orNull) ws.nullState = s ? 'ok' : 'null';
    });
    return ws;
  }

  need(): SheetModel {
    if (!this.model || this.model.deleted) throw new RichApiError('ItemNotFound', 'The worksheet does not exist');
    return this.model;
  }

  protected scalarNames(): string[] {
    return ['name', 'id', 'visibility', 'position'];
  }

  protected readScalar(prop: string): unknown {
    const s = this.need();
    if (prop === 'name') return s.name;
    if (prop === 'id') return s.id;
    if (prop === 'visibility') return s.visibility;
    if (prop === 'position') return this.context.host.model.live().indexOf(s);
    throw new RichApiError('InvalidArgument', `Worksheet has no property '${prop}'`);
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, () => {
      if (!v || v.length > 31 || BAD_NAME.test(v))
        throw new RichApiError('InvalidArgument', `Invalid sheet name '${v}'`);
      this.need().name = v;
    });
  }

  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }

  get visibility(): Visibility {
    return this.get('visibility');
  }
  set visibility(v: Visibility) {
    this.set('visibility', v, () => {
      const model = this.context.host.model;
      const s = this.need();
      if (v !== 'Visible' && !model.live().some((x) => x !== s && x.visibility === 'Visible')) {
        throw new RichApiError('InvalidOperation', 'A workbook must keep at least one visible worksheet');
      }
      s.visibility = v;
      if (v !== 'Visible' && model.activeSheet === s)
        model.activeSheet = model.live().find((x) => x.visibility === 'Visible') ?? null;
    });
  }

  getRange(address?: string): Range {
    return Range.derive(this, 'getRange', [address ?? ''], () => {
      const s = this.need();
      if (!address) return { sheet: s, rect: { row: 0, col: 0, rows: 1048576, cols: 16384 } };
      const p = parseAddress(address);
      if (p.sheet && p.sheet.toLowerCase() !== s.name.toLowerCase())
        throw new RichApiError('InvalidArgument', `'${address}' is not on this sheet`);
      return { sheet: s, rect: p.rect };
    });
  }

  /** ExcelApi 1.7 */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return Range.derive(this, 'getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      requireExcelApi(this.context, '1.7', 'Worksheet.getRangeByIndexes');
      return {
        sheet: this.need(),
        rect: checkRect({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }),
      };
    });
  }

  /** ExcelApi 1.1 */
  getCell(row: number, column: number): Range {
    return Range.derive(this, 'getCell', [row, column], () => ({
      sheet: this.need(),
      rect: checkRect({ row, col: column, rows: 1, cols: 1 }),
    }));
  }

  getRanges(address: string): RangeAreas {
    return RangeAreas.fromAddress(this, () => this.need(), address);
  }

  /** getUsedRange ExcelApi 1.1 (valuesOnly 1.2), getUsedRangeOrNullObject ExcelApi 1.4 */
  private used(name: string, valuesOnly: boolean, orNull: boolean): Range {
    const range = Range.derive(this, name, [valuesOnly], () => {
      if (orNull) requireExcelApi(this.context, '1.4', 'Worksheet.getUsedRangeOrNullObject');
      const s = this.need();
      const rect = s.usedRect(valuesOnly);
      if (!rect && orNull) return null;
      return { sheet: s, rect: rect ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
    if (orNull) {
      range.nullState = 'pending';
      this.context.queueOp(this, 'isNull', [], () => {
        range.nullState = range.ref ? 'ok' : 'null';
      });
    }
    return range;
  }

  getUsedRange(valuesOnly = false): Range {
    return this.used('getUsedRange', valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.used('getUsedRangeOrNullObject', valuesOnly, true);
  }

  activate(): void {
    this.call('activate', [], () => {
      const s = this.need();
      if (s.visibility !== 'Visible')
        throw new RichApiError('InvalidOperation', 'A hidden worksheet cannot be activated');
      this.context.host.model.activeSheet = s;
    });
  }

  /** ExcelApi 1.2: whether the sheet is protected; protect/unprotect (no password modelled) */
  /** ExcelApi 1.7 (see events.ts) */
  get onChanged(): EventHandlers<WorksheetChangedEventArgs> {
    return new EventHandlers(this, 'onChanged', () => this.need());
  }

  get onSelectionChanged(): EventHandlers<WorksheetSelectionChangedEventArgs> {
    return new EventHandlers(this, 'onSelectionChanged', () => this.need());
  }

  get protection(): WorksheetProtection {
    if (!this.prot) this.prot = linkPath(new WorksheetProtection(this.context, () => this.need()), this, 'protection');
    return this.prot;
  }

  private prot?: WorksheetProtection;

  /**
   * Worksheet.delete, from Microsoft's reference (@types/office-js, Worksheet.delete): "Note that if the
   * worksheet's visibility is set to "VeryHidden", the delete operation will fail with an `InvalidOperation`
   * exception. You should first change its visibility to hidden or visible before deleting it."
   */
  delete(): void {
    this.call('delete', [], () => {
      const model = this.context.host.model;
      const s = this.need();
      if (s.visibility === 'VeryHidden') {
        throw new RichApiError(
          'InvalidOperation',
          'A very hidden worksheet cannot be deleted; change its visibility first.',
        );
      }
      if (!model.live().some((x) => x !== s && x.visibility === 'Visible')) {
        throw new RichApiError('InvalidOperation', 'A workbook must keep at least one visible worksheet');
      }
      s.deleted = true;
      if (model.activeSheet === s) model.activeSheet = model.live().find((x) => x.visibility === 'Visible') ?? null;
    });
  }
}

/** Worksheet.protection (ExcelApi 1.2): `protected` and protect()/unprotect(). */
export class WorksheetProtection extends ClientObject {
  constructor(
    ctx: RequestContext,
    private sheet: () => SheetModel,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['protected'];
  }
  protected readScalar(prop: string): unknown {
    if (prop === 'protected') return this.sheet().protected;
    throw new RichApiError('InvalidArgument', `WorksheetProtection has no property '${prop}'`);
  }

  get protected(): boolean {
    return this.get('protected');
  }

  protect(): void {
    this.call('protect', [], () => {
      this.sheet().protected = true;
    });
  }
  unprotect(): void {
    this.call('unprotect', [], () => {
      this.sheet().protected = false;
    });
  }
}

export class WorksheetCollection extends ClientObject {
  private itemsList: Worksheet[] | null = null;

  protected scalarNames(): string[] {
    return [];
  }
  protected readScalar(prop: string): unknown {
    throw new RichApiError('InvalidArgument', `WorksheetCollection has no property '${prop}'`);
  }

  get items(): Worksheet[] {
    if (!this.itemsList)
      throw new RichApiError('PropertyNotLoaded', "The property 'items' is not available. Call load and sync first.");
    return this.itemsList;
  }

  add(name?: string): Worksheet {
    const model = this.context.host.model;
    return Worksheet.resolve(this, 'add', [name ?? null], () => {
      let n = name;
      if (!n) {
        let i = model.sheets.length + 1;
        while (model.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (n.length > 31 || BAD_NAME.test(n)) throw new RichApiError('InvalidArgument', `Invalid sheet name '${n}'`);
      if (model.sheet(n)) throw new RichApiError('ItemAlreadyExists', `A worksheet named '${n}' already exists`);
      const s = new SheetModel(n);
      model.sheets.push(s);
      if (!model.activeSheet) model.activeSheet = s;
      return s;
    });
  }

  getItem(key: string): Worksheet {
    return Worksheet.resolve(this, 'getItem', [key], () => this.find(key));
  }

  /** ExcelApi 1.4 */
  getItemOrNullObject(key: string): Worksheet {
    return Worksheet.resolve(
      this,
      'getItemOrNullObject',
      [key],
      () => {
        requireExcelApi(this.context, '1.4', 'WorksheetCollection.getItemOrNullObject');
        return this.find(key);
      },
      true,
    );
  }

  private find(key: string): SheetModel | null {
    const model = this.context.host.model;
    return model.sheet(key) ?? model.live().find((s) => s.id === key) ?? null;
  }

  getActiveWorksheet(): Worksheet {
    return Worksheet.resolve(this, 'getActiveWorksheet', [], () => this.context.host.model.activeSheet);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.queueOp(this, 'getCount', [], () => {
      const n = this.context.host.model.live().length;
      return { bytes: 8, commit: () => result.set(n) };
    });
    return result;
  }

  load(opts?: unknown): this {
    const paths = (loadPaths(opts) ?? ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const props = paths.length ? paths : ['name', 'id', 'visibility', 'position'];
    this.context.queueOp(this, 'load', [props], () => {
      const sheets = this.context.host.model.live().map((s) => {
        const ws = new Worksheet(this.context);
        ws.model = s;
        return ws;
      });
      const snaps = sheets.map((ws) => ws.snapshot(props));
      return {
        bytes: jsonBytes(snaps.map((s) => s.values)),
        commit: () => {
          snaps.forEach((s) => s.commit());
          this.itemsList = sheets;
        },
      };
    });
    return this;
  }
}

export class Workbook extends ClientObject {
  readonly worksheets: WorksheetCollection;
  readonly notes: NoteCollection;
  /** threaded comments (ExcelApi 1.10) */
  readonly comments: NoteCollection;

  constructor(ctx: RequestContext) {
    super(ctx);
    this.worksheets = linkPath(new WorksheetCollection(ctx), this, 'worksheets');
    this.notes = linkPath(new NoteCollection(ctx, ctx.host.model, () => null), this, 'notes');
    this.comments = linkPath(new NoteCollection(ctx, ctx.host.model, () => null, COMMENTS), this, 'comments');
  }

  protected scalarNames(): string[] {
    return ['name'];
  }
  protected readScalar(prop: string): unknown {
    if (prop === 'name') return 'Book1.xlsx';
    throw new RichApiError('InvalidArgument', `Workbook has no property '${prop}'`);
  }

  get name(): string {
    return this.get('name');
  }

  getSelectedRange(): Range {
    return Range.derive(this, 'getSelectedRange', [], () => {
      const s = this.context.host.model.activeSheet;
      if (!s) throw new RichApiError('ItemNotFound', 'No active worksheet');
      return { sheet: s, rect: { ...s.selection } };
    });
  }

  getActiveCell(): Range {
    return Range.derive(this, 'getActiveCell', [], () => {
      const s = this.context.host.model.activeSheet;
      if (!s) throw new RichApiError('ItemNotFound', 'No active worksheet');
      return { sheet: s, rect: { row: s.selection.row, col: s.selection.col, rows: 1, cols: 1 } };
    });
  }
}

RequestContext.makeWorkbook = (ctx) => new Workbook(ctx);
sheetFactory.make = (ctx, sheet) => {
  const ws = new Worksheet(ctx);
  ctx.queueOp(ws, 'worksheet', [], () => {
    ws.model = sheet();
  });
  return ws;
};
