// Range and RangeAreas proxies. A proxy learns which cells it stands for when the command that made it
// (getRange, getUsedRange, getCell, …) is applied during sync.
import { fullAddress, MAX_COLS, MAX_ROWS, parseAreas, parseAddress, type Rect } from './address';
import {
  checkInput,
  forEachCell,
  forEachExisting,
  inputAt,
  readers,
  readGrid,
  writeFormula,
  writeValue,
} from './cells';
import { ClientObject, ClientResult, jsonBytes, linkPath, type RequestContext } from './context';
import { RichApiError } from './errors';
import { RangeFormat } from './format';
import { mergeRange, readHyperlink, setHyperlink, unmergeRange, type HyperlinkInput } from './merges';
import { checkWritable, type RangeRef, type SheetModel } from './model';
import { deleteLeft, deleteUp, insertDown, insertRight, sortRows, type SortField } from './shift';

/** set by sheets.ts: makes the Worksheet proxy of a range (avoids an import cycle) */
export const sheetFactory: { make: (ctx: RequestContext, sheet: () => SheetModel) => ClientObject } = {
  make: () => {
    throw new Error('sheets.ts not loaded');
  },
};

export function checkRect(rect: Rect): Rect {
  if (
    rect.row < 0 ||
    rect.col < 0 ||
    rect.rows < 1 ||
    rect.cols < 1 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.col + rect.cols > MAX_COLS
  ) {
    throw new RichApiError('InvalidArgument', 'The range is outside the worksheet');
  }
  return rect;
}

export class Range extends ClientObject {
  ref: RangeRef | null = null;
  readonly format: RangeFormat;

  constructor(ctx: RequestContext) {
    super(ctx);
    this.format = linkPath(new RangeFormat(ctx, { refs: () => (this.ref ? [this.ref] : []) }), this, 'format');
  }

  /** queues the command that makes a range from this one (or from a parent object) */
  static derive(parent: ClientObject, name: string, args: unknown[], resolve: () => RangeRef | null): Range {
    const range = linkPath(new Range(parent.context), parent, name, args);
    parent.context.queueOp(parent, name, args, () => {
      // a range made from a null object is a null object too
      if (parent.nullState === 'null') {
        range.nullState = 'null';
        range.ref = null;
        return;
      }
      range.ref = resolve();
    });
    return range;
  }

  private need(): RangeRef {
    if (!this.ref) throw new RichApiError('InvalidReference', 'This reference is not valid for the current operation');
    return this.ref;
  }

  private sub(name: string, args: unknown[], f: (ref: RangeRef) => Rect): Range {
    return Range.derive(this, name, args, () => {
      const ref = this.need();
      return { sheet: ref.sheet, rect: checkRect(f(ref)) };
    });
  }

  protected scalarNames(): string[] {
    return [
      'address',
      'addressLocal',
      'values',
      'text',
      'numberFormat',
      'formulas',
      'valueTypes',
      'rowCount',
      'columnCount',
      'rowIndex',
      'columnIndex',
      'cellCount',
    ];
  }

  protected readScalar(prop: string): unknown {
    const ref = this.need();
    const { rect } = ref;
    switch (prop) {
      case 'address':
      case 'addressLocal':
        return fullAddress(ref.sheet.name, rect);
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'cellCount':
        return rect.rows * rect.cols;
    }
    if (prop === 'hyperlink') return readHyperlink(ref);
    const reader = readers[prop];
    if (!reader) throw new RichApiError('InvalidArgument', `Range has no property '${prop}'`);
    // past the read limit Range.values "returns null instead" (docs/excel/performance.md): see model.ts
    if (rect.rows * rect.cols > this.context.host.config.maxReadCells) return null;
    return readGrid(ref, reader);
  }

  protected nav(name: string): ClientObject | undefined {
    return name === 'format' ? this.format : name === 'worksheet' ? this.worksheet : undefined;
  }

  private ws?: ClientObject;

  get worksheet(): ClientObject {
    if (!this.ws) this.ws = sheetFactory.make(this.context, () => this.need().sheet);
    return this.ws;
  }

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.set('values', v, () => {
      const ref = this.need();
      checkWritable(ref.sheet);
      checkInput(v, ref.rect.rows, ref.rect.cols);
      forEachCell(ref, (row, col, r, c) => {
        const input = inputAt(v, r, c);
        if (input !== null && input !== undefined) writeValue(ref.sheet.cell(row, col), input);
      });
    });
  }

  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.set('formulas', v, () => {
      const ref = this.need();
      checkWritable(ref.sheet);
      checkInput(v, ref.rect.rows, ref.rect.cols);
      forEachCell(ref, (row, col, r, c) => {
        const input = inputAt(v, r, c);
        if (input !== null && input !== undefined) writeFormula(ref.sheet.cell(row, col), input);
      });
    });
  }

  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.set('numberFormat', v, () => {
      const ref = this.need();
      checkWritable(ref.sheet);
      checkInput(v, ref.rect.rows, ref.rect.cols);
      forEachCell(ref, (row, col, r, c) => {
        const input = inputAt(v, r, c);
        if (typeof input === 'string') ref.sheet.cell(row, col).numberFormat = input;
      });
    });
  }

  /** ExcelApi 1.2; across: one merged area per row */
  merge(across = false): void {
    this.call('merge', [across], () => mergeRange(this.writable(), across), true);
  }
  unmerge(): void {
    this.call('unmerge', [], () => unmergeRange(this.writable()), true);
  }

  private writable(): RangeRef {
    const ref = this.need();
    checkWritable(ref.sheet);
    return ref;
  }

  /**
   * ExcelApi 1.13. The merged areas that lie in this range, as a RangeAreas; a null object when there
   * are none. Microsoft's reference (Excel.Range.getMergedAreasOrNullObject, node_modules/@types/office-js
   * and https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
   * "if the merged areas count in this range is more than 512, then this method will fail to return
   * the result" — modelled as a GeneralException at sync.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    const areas = new RangeAreas(this.context);
    areas.nullState = 'pending';
    this.context.queueOp(this, 'getMergedAreasOrNullObject', [], () => {
      if (!this.context.host.supports('ExcelApi', '1.13'))
        throw new RichApiError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
      if (this.nullState === 'null') {
        areas.nullState = 'null';
        return;
      }
      const ref = this.need();
      const r = ref.rect;
      const found = ref.sheet.merges.filter(
        (m) => m.row >= r.row && m.col >= r.col && m.row + m.rows <= r.row + r.rows && m.col + m.cols <= r.col + r.cols,
      );
      if (found.length > 512) throw new RichApiError('GeneralException', 'More than 512 merged areas in the range');
      areas.refs = found.map((m) => ({ sheet: ref.sheet, rect: { ...m } }));
      areas.nullState = found.length ? 'ok' : 'null';
    });
    return areas;
  }

  /** ExcelApi 1.7 */
  get hyperlink(): HyperlinkInput | null {
    return this.get('hyperlink');
  }
  set hyperlink(v: HyperlinkInput | null) {
    this.set('hyperlink', v, () => setHyperlink(this.context.host, this.writable(), v as HyperlinkInput));
  }

  getCell(row: number, column: number): Range {
    return this.sub('getCell', [row, column], ({ rect }) => ({
      row: rect.row + row,
      col: rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  getRow(row: number): Range {
    return this.sub('getRow', [row], ({ rect }) => ({ row: rect.row + row, col: rect.col, rows: 1, cols: rect.cols }));
  }

  getColumn(column: number): Range {
    return this.sub('getColumn', [column], ({ rect }) => ({
      row: rect.row,
      col: rect.col + column,
      rows: rect.rows,
      cols: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.sub('getResizedRange', [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      cols: rect.cols + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.sub('getOffsetRange', [rowOffset, columnOffset], ({ rect }) => ({
      ...rect,
      row: rect.row + rowOffset,
      col: rect.col + columnOffset,
    }));
  }

  /** per-cell properties (ExcelApi 1.9): address, format.fill.color/pattern, format.font.bold */
  getCellProperties(opts: {
    address?: boolean;
    format?: { fill?: { color?: boolean; pattern?: boolean }; font?: { bold?: boolean } };
  }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    this.context.queueOp(this, 'getCellProperties', [opts], () => {
      if (!this.context.host.supports('ExcelApi', '1.9'))
        throw new RichApiError('ApiNotFound', 'getCellProperties needs ExcelApi 1.9');
      const ref = this.need();
      const grid: unknown[][] = [];
      for (let r = 0; r < ref.rect.rows; r++) {
        const line: unknown[] = [];
        for (let c = 0; c < ref.rect.cols; c++) {
          const row = ref.rect.row + r,
            col = ref.rect.col + c;
          const cell = ref.sheet.get(row, col);
          const p: Record<string, unknown> = {};
          if (opts.address) p.address = fullAddress(ref.sheet.name, { row, col, rows: 1, cols: 1 });
          const format: Record<string, unknown> = {};
          if (opts.format?.fill) {
            const fill: Record<string, unknown> = {};
            if (opts.format.fill.color) fill.color = cell?.fill ?? '#FFFFFF';
            if (opts.format.fill.pattern) fill.pattern = cell?.fill ? 'Solid' : 'None';
            format.fill = fill;
          }
          if (opts.format?.font?.bold) format.font = { bold: Boolean(cell?.bold) };
          if (opts.format) p.format = format;
          line.push(p);
        }
        grid.push(line);
      }
      return { bytes: jsonBytes(grid), commit: () => result.set(grid) };
    });
    return result;
  }

  /** ExcelApi 1.1; shift 'Down' (rows) or 'Right' (columns): see shift.ts */
  insert(shift: string): Range {
    const range = Range.derive(this, 'insert', [shift], () => {
      const ref = this.need();
      if (shift === 'Right') insertRight(ref.sheet, ref.rect);
      else if (shift === 'Down') insertDown(ref.sheet, ref.rect);
      else throw new RichApiError('InvalidArgument', `insert: shift '${shift}' is not modelled`);
      return { sheet: ref.sheet, rect: { ...ref.rect } };
    });
    return range;
  }

  /** ExcelApi 1.1; shift 'Up' (rows) or 'Left' (columns): see shift.ts */
  delete(shift: string): void {
    this.call('delete', [shift], () => {
      const ref = this.need();
      if (shift === 'Left') deleteLeft(ref.sheet, ref.rect);
      else if (shift === 'Up') deleteUp(ref.sheet, ref.rect);
      else throw new RichApiError('InvalidArgument', `delete: shift '${shift}' is not modelled`);
    });
  }

  /** Range.sort (ExcelApi 1.2): apply(fields, matchCase?, hasHeaders?) sorts the rows of the range */
  get sort(): { apply: (fields: SortField[], matchCase?: boolean, hasHeaders?: boolean) => void } {
    return {
      apply: (fields, matchCase = false, hasHeaders = false) => {
        this.call('sort.apply', [fields, matchCase, hasHeaders], () => {
          const ref = this.need();
          sortRows(ref.sheet, ref.rect, fields, hasHeaders);
        });
      },
    };
  }

  select(): void {
    this.call('select', [], () => {
      const ref = this.need();
      this.context.host.model.activeSheet = ref.sheet;
      ref.sheet.selection = { ...ref.rect };
    });
  }

  clear(applyTo?: string): void {
    this.call('clear', [applyTo ?? 'All'], () => {
      forEachExisting(this.writable(), (row, col) => {
        const cell = this.ref!.sheet.get(row, col);
        if (!cell) return;
        if (applyTo !== 'Formats') {
          cell.value = null;
          delete cell.formula;
        }
        if (applyTo !== 'Contents') {
          cell.fill = null;
          cell.numberFormat = 'General';
          for (const k of ['bold', 'fontName', 'fontSize', 'fontColor', 'hAlign', 'vAlign', 'wrap', 'borders'] as const)
            delete cell[k];
        }
        if (applyTo === 'All' || applyTo === 'Hyperlinks') delete cell.hyperlink;
      });
    });
  }
}

export class RangeAreas extends ClientObject {
  refs: RangeRef[] = [];
  readonly format: RangeFormat;

  constructor(ctx: RequestContext) {
    super(ctx);
    this.format = linkPath(new RangeFormat(ctx, { refs: () => this.refs }), this, 'format');
  }

  static fromAddress(parent: ClientObject, sheet: () => SheetModel, address: string): RangeAreas {
    const areas = linkPath(new RangeAreas(parent.context), parent, 'getRanges', [address]);
    parent.context.queueOp(parent, 'getRanges', [address], () => {
      const limit = parent.context.host.config.maxAreasAddressLength;
      if (!parent.context.host.supports('ExcelApi', '1.9'))
        throw new RichApiError('ApiNotFound', 'getRanges needs ExcelApi 1.9');
      if (address.length > limit)
        throw new RichApiError(
          'InvalidArgument',
          `The argument is invalid or missing or has an incorrect format (address of ${address.length} characters).`,
        );
      const s = sheet();
      areas.refs = parseAreas(address).map((a) => {
        if (a.sheet && a.sheet.toLowerCase() !== s.name.toLowerCase())
          throw new RichApiError('InvalidArgument', `Area '${a.sheet}' is not on this sheet`);
        return { sheet: s, rect: a.rect };
      });
    });
    return areas;
  }

  protected scalarNames(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }

  protected readScalar(prop: string): unknown {
    if (prop === 'address') return this.refs.map((r) => fullAddress(r.sheet.name, r.rect)).join(',');
    if (prop === 'areaCount') return this.refs.length;
    if (prop === 'cellCount') return this.refs.reduce((n, r) => n + r.rect.rows * r.rect.cols, 0);
    throw new RichApiError('InvalidArgument', `RangeAreas has no property '${prop}'`);
  }

  protected nav(name: string): ClientObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }

  select(): void {
    this.call('select', [], () => {
      const first = this.refs[0];
      if (first) {
        this.context.host.model.activeSheet = first.sheet;
        first.sheet.selection = { ...first.rect };
      }
    });
  }
}

export { parseAddress };
