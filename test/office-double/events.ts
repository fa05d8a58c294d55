// Worksheet events: onChanged and onSelectionChanged (ExcelApi 1.7), and the user's edits and clicks
// that raise them. From node_modules/@types/office-js/index.d.ts:
// - Worksheet.onChanged: "Occurs when data changes in a specific worksheet." [Api set: ExcelApi 1.7]
// - WorksheetChangedEventArgs.address: "Gets the range address that represents the changed area of a
//   specific worksheet."; changeType: "how the changed event is triggered" (RangeEdited, RowInserted, …);
//   source: Local | Remote; type: "WorksheetChanged"; worksheetId: "the ID of the worksheet in which the
//   data changed". (details needs ExcelApi 1.9 and only exists for a single cell: not modelled.)
// - Worksheet.onSelectionChanged: "Occurs when the selection changes on a specific worksheet." (1.7)
// - EventHandlers.add: "Adds a function to be called when the event is triggered."; remove: "The same
//   RequestContext object that the handler was added in must be used when removing the handler."
// Handlers are registered when the batch that added them syncs, and are called asynchronously, after the
// change, as Excel does. A handler's rejection is swallowed (Excel does not surface it either).
import { rectRef, parseAddress } from './address';
import type { ClientObject, RequestContext } from './context';
import { RichApiError } from './errors';
import type { SheetModel, WorkbookModel } from './model';
import type { Scalar } from './text';

export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted';

export interface WorksheetChangedEventArgs {
  address: string;
  changeType: ChangeType;
  source: 'Local' | 'Remote';
  type: 'WorksheetChanged';
  worksheetId: string;
}

export interface WorksheetSelectionChangedEventArgs {
  address: string;
  type: 'WorksheetSelectionChanged';
  worksheetId: string;
}

type Handler<T> = (args: T) => Promise<unknown>;
type EventName = 'onChanged' | 'onSelectionChanged';

interface Registration {
  sheet: SheetModel;
  event: EventName;
  handler: Handler<never>;
  context: RequestContext;
}

const registries = new WeakMap<WorkbookModel, Registration[]>();

function registry(model: WorkbookModel): Registration[] {
  let list = registries.get(model);
  if (!list) registries.set(model, (list = []));
  return list;
}

/** what EventHandlers.add returns: remove() takes the handler off at the next sync of the same context */
export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly owner: ClientObject,
    private readonly reg: Registration,
  ) {}

  remove(): void {
    this.context.queueOp(this.owner, 'removeHandler', [], () => {
      const list = registry(this.context.host.model);
      const i = list.indexOf(this.reg);
      if (i >= 0) list.splice(i, 1);
    });
  }
}

/** Worksheet.onChanged / onSelectionChanged of one worksheet proxy */
export class EventHandlers<T> {
  constructor(
    private readonly owner: ClientObject,
    private readonly event: EventName,
    private readonly sheet: () => SheetModel,
  ) {}

  add(handler: Handler<T>): EventHandlerResult {
    const ctx = this.owner.context;
    const reg = {
      event: this.event,
      handler: handler as Handler<never>,
      context: ctx,
    } as Partial<Registration> as Registration;
    ctx.queueOp(this.owner, `${this.event}.add`, [], () => {
      if (!ctx.host.supports('ExcelApi', '1.7'))
        throw new RichApiError('ApiNotFound', `Worksheet.${this.event} needs ExcelApi 1.7`);
      reg.sheet = this.sheet();
      registry(ctx.host.model).push(reg);
    });
    return new EventHandlerResult(ctx, this.owner, reg);
  }

  remove(handler: Handler<T>): void {
    const ctx = this.owner.context;
    ctx.queueOp(this.owner, `${this.event}.remove`, [], () => {
      const list = registry(ctx.host.model);
      const i = list.findIndex((r) => r.handler === (handler as Handler<never>) && r.context === ctx);
      if (i >= 0) list.splice(i, 1);
    });
  }
}

/** how many handlers of an event are registered on a sheet (for tests) */
export function handlerCount(model: WorkbookModel, sheet: string, event: EventName): number {
  return registry(model).filter((r) => r.sheet.name === sheet && !r.sheet.deleted && r.event === event).length;
}

function raise(model: WorkbookModel, sheet: SheetModel, event: EventName, args: unknown): Promise<void> {
  const regs = registry(model).filter((r) => r.sheet === sheet && r.event === event);
  return new Promise((resolve) =>
    setTimeout(() => {
      void Promise.all(regs.map((r) => (r.handler as Handler<unknown>)(args).catch(() => undefined))).then(() =>
        resolve(),
      );
    }, 0),
  );
}

function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const s = model.sheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/**
 * The user types values into a block of cells (top-left address, e.g. 'D9'): the model changes at once,
 * then onChanged is raised with the block's address; resolves when every handler has run.
 */
export function userEdit(model: WorkbookModel, sheetName: string, address: string, values: Scalar[][]): Promise<void> {
  const sheet = sheetOf(model, sheetName);
  const { rect } = parseAddress(address);
  const rows = values.length;
  const cols = Math.max(1, ...values.map((r) => r.length));
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      const c = sheet.cell(rect.row + i, rect.col + j);
      c.value = v;
      delete c.formula;
    }),
  );
  const args: WorksheetChangedEventArgs = {
    address: rectRef({ row: rect.row, col: rect.col, rows, cols }),
    changeType: 'RangeEdited',
    source: 'Local',
    type: 'WorksheetChanged',
    worksheetId: sheet.id,
  };
  return raise(model, sheet, 'onChanged', args);
}

/** The user clicks a cell or drags over a block: the selection moves, then onSelectionChanged is raised. */
export function userSelect(model: WorkbookModel, sheetName: string, address: string): Promise<void> {
  const sheet = sheetOf(model, sheetName);
  const { rect } = parseAddress(address);
  sheet.selection = rect;
  model.activeSheet = sheet;
  const args: WorksheetSelectionChangedEventArgs = {
    address: rectRef(rect),
    type: 'WorksheetSelectionChanged',
    worksheetId: sheet.id,
  };
  return raise(model, sheet, 'onSelectionChanged', args);
}
