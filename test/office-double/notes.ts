// Notes (ExcelApi 1.18): Workbook.notes and Worksheet.notes. A note is keyed by its cell address.
import { cellRef, parseAddress } from './address';
import { ClientObject, ClientResult, jsonBytes, linkPath, loadPaths, type RequestContext } from './context';
import { RichApiError } from './errors';
import { checkWritable, type SheetModel, type WorkbookModel } from './model';
import { Range } from './range';

interface NoteRef {
  sheet: SheetModel;
  row: number;
  col: number;
}

function requireNotes(ctx: RequestContext): void {
  if (!ctx.host.supports('ExcelApi', '1.18')) throw new RichApiError('ApiNotFound', 'Notes need ExcelApi 1.18');
}

export class Note extends ClientObject {
  ref: NoteRef | null = null;

  protected scalarNames(): string[] {
    return ['content', 'authorName', 'visible'];
  }

  private need(): NoteRef {
    if (!this.ref) throw new RichApiError('InvalidReference', 'The note does not exist');
    const cell = this.ref.sheet.get(this.ref.row, this.ref.col);
    if (!cell || cell.note === undefined || this.ref.sheet.deleted)
      throw new RichApiError('ItemNotFound', 'The note does not exist');
    return this.ref;
  }

  protected readScalar(prop: string): unknown {
    const ref = this.need();
    if (prop === 'content') return ref.sheet.get(ref.row, ref.col)!.note;
    if (prop === 'authorName') return 'Test User';
    if (prop === 'visible') return false;
    throw new RichApiError('InvalidArgument', `Note has no property '${prop}'`);
  }

  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.set('content', v, () => {
      const ref = this.need();
      checkWritable(ref.sheet);
      ref.sheet.get(ref.row, ref.col)!.note = String(v);
    });
  }

  get authorName(): string {
    return this.get('authorName');
  }

  delete(): void {
    this.call('delete', [], () => {
      const ref = this.need();
      checkWritable(ref.sheet);
      delete ref.sheet.get(ref.row, ref.col)!.note;
    });
  }

  getLocation(): Range {
    return Range.derive(this, 'getLocation', [], () => {
      const ref = this.need();
      return { sheet: ref.sheet, rect: { row: ref.row, col: ref.col, rows: 1, cols: 1 } };
    });
  }
}

export class NoteCollection extends ClientObject {
  private itemsList: Note[] | null = null;

  /** sheet() is the worksheet for Worksheet.notes, null for Workbook.notes */
  constructor(
    ctx: RequestContext,
    private model: WorkbookModel,
    private sheet: () => SheetModel | null,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected readScalar(prop: string): unknown {
    throw new RichApiError('InvalidArgument', `NoteCollection has no property '${prop}'`);
  }

  private sheets(): SheetModel[] {
    const s = this.sheet();
    return s ? [s] : this.model.live();
  }

  private locate(address: string | Range): NoteRef {
    if (address instanceof Range) {
      const ref = address.ref;
      if (!ref || ref.rect.rows !== 1 || ref.rect.cols !== 1)
        throw new RichApiError('InvalidArgument', 'InvalidCellAddress: a note goes on a single cell');
      return { sheet: ref.sheet, row: ref.rect.row, col: ref.rect.col };
    }
    const p = parseAddress(address);
    const sheet = p.sheet ? this.model.sheet(p.sheet) : (this.sheet() ?? this.model.activeSheet);
    if (!sheet || p.rect.rows !== 1 || p.rect.cols !== 1)
      throw new RichApiError('InvalidArgument', `InvalidCellAddress: '${address}'`);
    return { sheet, row: p.rect.row, col: p.rect.col };
  }

  get items(): Note[] {
    if (!this.itemsList)
      throw new RichApiError('PropertyNotLoaded', "The property 'items' is not available. Call load and sync first.");
    return this.itemsList;
  }

  add(cellAddress: string | Range, content: unknown): Note {
    const note = linkPath(new Note(this.context), this, 'add', [cellAddress, content]);
    this.context.queueOp(this, 'add', [cellAddress, content], () => {
      requireNotes(this.context);
      const ref = this.locate(cellAddress);
      checkWritable(ref.sheet);
      const cell = ref.sheet.cell(ref.row, ref.col);
      if (cell.note !== undefined)
        throw new RichApiError('InvalidArgument', `The cell ${cellRef(ref.row, ref.col)} already has a note`);
      cell.note = String(content);
      note.ref = ref;
    });
    return note;
  }

  private find(key: string, orNull: boolean): Note {
    const note = linkPath(new Note(this.context), this, orNull ? 'getItemOrNullObject' : 'getItem', [key]);
    if (orNull) note.nullState = 'pending';
    this.context.queueOp(this, orNull ? 'getItemOrNullObject' : 'getItem', [key], () => {
      requireNotes(this.context);
      const ref = this.locate(key);
      const exists = ref.sheet.get(ref.row, ref.col)?.note !== undefined;
      if (!exists && !orNull) throw new RichApiError('ItemNotFound', `No note at '${key}'`);
      note.ref = exists ? ref : null;
      if (orNull) note.nullState = exists ? 'ok' : 'null';
    });
    return note;
  }

  getItem(key: string): Note {
    return this.find(key, false);
  }
  getItemOrNullObject(key: string): Note {
    return this.find(key, true);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.queueOp(this, 'getCount', [], () => {
      requireNotes(this.context);
      const n = this.sheets().reduce((k, s) => k + s.noteCells().length, 0);
      return { bytes: 8, commit: () => result.set(n) };
    });
    return result;
  }

  getItemAt(index: number): Note {
    const note = new Note(this.context);
    this.context.queueOp(this, 'getItemAt', [index], () => {
      requireNotes(this.context);
      const all = this.sheets().flatMap((s) => s.noteCells().map((n) => ({ sheet: s, row: n.row, col: n.col })));
      if (!all[index]) throw new RichApiError('ItemNotFound', `No note at index ${index}`);
      note.ref = all[index];
    });
    return note;
  }

  load(opts?: unknown): this {
    const paths = (loadPaths(opts) ?? ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const props = paths.length ? paths : ['content', 'authorName', 'visible'];
    this.context.queueOp(this, 'load', [props], () => {
      requireNotes(this.context);
      const notes: Note[] = [];
      const snaps = this.sheets().flatMap((s) =>
        s.noteCells().map((n) => {
          const note = new Note(this.context);
          note.ref = { sheet: s, row: n.row, col: n.col };
          notes.push(note);
          return note.snapshot(props);
        }),
      );
      return {
        bytes: jsonBytes(snaps.map((s) => s.values)),
        commit: () => {
          snaps.forEach((s) => s.commit());
          this.itemsList = notes;
        },
      };
    });
    return this;
  }
}
