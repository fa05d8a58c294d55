// Notes (ExcelApi 1.18): Workbook.notes and Worksheet.notes. A note is keyed by its cell address.
// Threaded comments (ExcelApi 1.10): Workbook.comments and Worksheet.comments, the same shape: "Creates a new
// comment with the given content on the given cell. An `InvalidArgument` error is thrown if the provided
// range is larger than one cell." (CommentCollection.add); "Gets the comment from the specified cell. If
// there is no comment in the cell, an error is thrown." (CommentCollection.getItemByCell); Comment.content,
// Comment.delete and Comment.getLocation are ExcelApi 1.10 (@types/office-js). Only a comment's own text is
// modelled (no replies, mentions or authors). Like a note it lives on the cell and moves with it.
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

/** which annotation a collection holds: the CellState field, its requirement set and its name */
export interface AnnotationKind {
  field: 'note' | 'comment';
  version: string;
  what: string;
}

export const NOTES: AnnotationKind = { field: 'note', version: '1.18', what: 'Notes' };
export const COMMENTS: AnnotationKind = { field: 'comment', version: '1.10', what: 'Comments' };

function requireKind(ctx: RequestContext, kind: AnnotationKind): void {
  if (!ctx.host.supports('ExcelApi', kind.version))
    throw new RichApiError('ApiNotFound', `${kind.what} need ExcelApi ${kind.version}`);
}

export class Note extends ClientObject {
  ref: NoteRef | null = null;

  constructor(
    ctx: RequestContext,
    readonly kind: AnnotationKind = NOTES,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['content', 'authorName', 'visible'];
  }

  private need(): NoteRef {
    if (!this.ref) throw new RichApiError('InvalidReference', 'The note does not exist');
    const cell = this.ref.sheet.get(this.ref.row, this.ref.col);
    if (!cell || cell[this.kind.field] === undefined || this.ref.sheet.deleted)
      throw new RichApiError('ItemNotFound', `The ${this.kind.field} does not exist`);
    return this.ref;
  }

  protected readScalar(prop: string): unknown {
    const ref = this.need();
    if (prop === 'content') return ref.sheet.get(ref.row, ref.col)![this.kind.field];
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
      ref.sheet.get(ref.row, ref.col)![this.kind.field] = String(v);
    });
  }

  get authorName(): string {
    return this.get('authorName');
  }

  delete(): void {
    this.call('delete', [], () => {
      const ref = this.need();
      checkWritable(ref.sheet);
      delete ref.sheet.get(ref.row, ref.col)![this.kind.field];
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
    readonly kind: AnnotationKind = NOTES,
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
    const note = linkPath(new Note(this.context, this.kind), this, 'add', [cellAddress, content]);
    this.context.queueOp(this, 'add', [cellAddress, content], () => {
      requireKind(this.context, this.kind);
      const ref = this.locate(cellAddress);
      checkWritable(ref.sheet);
      const cell = ref.sheet.cell(ref.row, ref.col);
      if (cell[this.kind.field] !== undefined)
        throw new RichApiError(
          'InvalidArgument',
          `The cell ${cellRef(ref.row, ref.col)} already has a ${this.kind.field}`,
        );
      cell[this.kind.field] = String(content);
      note.ref = ref;
    });
    return note;
  }

  private find(key: string | Range, orNull: boolean, method = orNull ? 'getItemOrNullObject' : 'getItem'): Note {
    const note = linkPath(new Note(this.context, this.kind), this, method, [key]);
    if (orNull) note.nullState = 'pending';
    this.context.queueOp(this, method, [key], () => {
      requireKind(this.context, this.kind);
      const ref = this.locate(key);
      const exists = ref.sheet.get(ref.row, ref.col)?.[this.kind.field] !== undefined;
      if (!exists && !orNull) throw new RichApiError('ItemNotFound', `No ${this.kind.field} at '${key}'`);
      note.ref = exists ? ref : null;
      if (orNull) note.nullState = exists ? 'ok' : 'null';
    });
    return note;
  }

  getItem(key: string): Note {
    if (this.kind.field === 'comment')
      throw new RichApiError('InvalidArgument', 'CommentCollection.getItem takes a comment id: use getItemByCell');
    return this.find(key, false);
  }

  /** CommentCollection.getItemByCell (ExcelApi 1.10): throws ItemNotFound when the cell has no comment */
  getItemByCell(cellAddress: string | Range): Note {
    if (this.kind.field !== 'comment') throw new RichApiError('InvalidArgument', 'getItemByCell is for comments');
    return this.find(cellAddress, false, 'getItemByCell');
  }
  getItemOrNullObject(key: string): Note {
    if (this.kind.field === 'comment')
      throw new RichApiError('ApiNotFound', 'CommentCollection.getItemOrNullObject takes an id (ExcelApi 1.14)');
    return this.find(key, true);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.queueOp(this, 'getCount', [], () => {
      requireKind(this.context, this.kind);
      const n = this.sheets().reduce((k, s) => k + s.noteCells(this.kind.field).length, 0);
      return { bytes: 8, commit: () => result.set(n) };
    });
    return result;
  }

  getItemAt(index: number): Note {
    const note = new Note(this.context, this.kind);
    this.context.queueOp(this, 'getItemAt', [index], () => {
      requireKind(this.context, this.kind);
      const all = this.sheets().flatMap((s) =>
        s.noteCells(this.kind.field).map((n) => ({ sheet: s, row: n.row, col: n.col })),
      );
      if (!all[index]) throw new RichApiError('ItemNotFound', `No note at index ${index}`);
      note.ref = all[index];
    });
    return note;
  }

  load(opts?: unknown): this {
    const paths = (loadPaths(opts) ?? ['items']).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const props = paths.length ? paths : ['content', 'authorName', 'visible'];
    this.context.queueOp(this, 'load', [props], () => {
      requireKind(this.context, this.kind);
      const notes: Note[] = [];
      const snaps = this.sheets().flatMap((s) =>
        s.noteCells(this.kind.field).map((n) => {
          const note = new Note(this.context, this.kind);
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
