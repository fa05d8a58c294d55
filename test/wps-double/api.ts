// The WPS 表格 (ET) JS object model as the adapter uses it, over WpsWorkbook. Synchronous, like the real
// one: every property read/write and method call counts as one call (stats.calls), since each crosses
// from the task pane's page into WPS.
//
// Sources (cited per member below):
// [ET-WS]  WPS ET JSAPI reference, "Worksheet 对象" (Kingsoft's ET object model docs, JavaScript examples such
//          as `Application.Worksheets.Item("Sheet1").Range("A1").Value2 = 3.14159`, Worksheet.Range's Cell1
//          "可包括…合并区域操作符（逗号）", Worksheet.Delete "默认情况下显示一个对话框…提示用户确认是否删除",
//          Worksheet.Visible "XlSheetVisibility 值"). Read through the search tool's code corpus (a Markdown
//          mirror, file id 37773659350); the page's open.wps.cn address could not be confirmed.
// [ET-SHEETS] same reference, "Sheets 对象": Add "新建工作表…新建的工作表将成为活动工作表".
// [ET-CMT] same reference, "Comment 对象" / "Comments 对象": Range.AddComment(), Comment.Text(text) "设置批注
//          文本，返回 String 值", Comment.Delete().
// ET mirrors Excel's VBA object model; where the ET pages found say nothing, the double follows
// Microsoft's VBA reference for the same member (the WPS behaviour is then assumed, see docs/wps.md):
// [VBA-VALUE2] https://learn.microsoft.com/office/vba/api/excel.range.value2
// [VBA-TEXT]   https://learn.microsoft.com/office/vba/api/excel.range.text (Null when cells differ)
// [VBA-NF]     https://learn.microsoft.com/office/vba/api/excel.range.numberformat (Null when cells differ)
// [VBA-INT]    https://learn.microsoft.com/office/vba/api/excel.interior.color (a BGR long, RGB(r,g,b)),
//              https://learn.microsoft.com/office/vba/api/excel.interior.colorindex (xlColorIndexNone -4142)
// [VBA-VIS]    https://learn.microsoft.com/office/vba/api/excel.xlsheetvisibility (xlSheetVeryHidden = 2)
// [VBA-SEL]    https://learn.microsoft.com/office/vba/api/excel.range.select (the sheet must be active)
// [VBA-RANGE]  https://learn.microsoft.com/office/vba/api/excel.worksheet.range (address string ≤ 255 chars)
// [VBA-UNION]  https://learn.microsoft.com/office/vba/api/excel.application.union
// [VBA-ALERTS] https://learn.microsoft.com/office/vba/api/excel.application.displayalerts
// [VBA-MERGE]  https://learn.microsoft.com/office/vba/api/excel.range.merge
// [VBA-BORDER] https://learn.microsoft.com/office/vba/api/excel.xlbordersindex
// [VBA-PAGE]   https://learn.microsoft.com/office/vba/api/excel.pagesetup
// [VBA-WIDTH]  https://learn.microsoft.com/office/vba/api/excel.range.columnwidth (in characters)
import { parseAreas, rectRef, type Rect } from '../office-double/address';
import { displayText, type Scalar } from '../office-double/text';
import { WpsSheet, type WpsCell, type WpsWorkbook } from './model';

export const xlColorIndexNone = -4142;
export const xlSolid = 1;
const WHITE = 0xffffff;

export class WpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WpsError';
  }
}

function* cellsOf(areas: Rect[]): Generator<[number, number]> {
  for (const a of areas)
    for (let r = a.row; r < a.row + a.rows; r++) for (let c = a.col; c < a.col + a.cols; c++) yield [r, c];
}

/** the one value all cells share, or null when they differ [VBA-TEXT][VBA-NF][VBA-INT] */
function common<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}

function formulaValue(formula: string): Scalar {
  const link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/i.exec(formula);
  return link ? link[1].replace(/""/g, '"') : null;
}

export class WpsComment {
  constructor(
    private wb: WpsWorkbook,
    private cell: WpsCell,
  ) {}
  /** [ET-CMT] Text(text): sets the comment's text when given; returns the text */
  Text(text?: string): string {
    this.wb.tick('Comment.Text');
    if (typeof text === 'string') this.cell.comment = text;
    return this.cell.comment ?? '';
  }
  /** [ET-CMT] */
  Delete(): void {
    this.wb.tick('Comment.Delete');
    this.cell.comment = null;
  }
}

class Interior {
  constructor(private range: WpsRange) {}
  private get cells(): WpsCell[] {
    return this.range.cellStates();
  }
  /** [VBA-INT] BGR; a cell without fill reads as white; Null when the cells differ */
  get Color(): number | null {
    this.range.wb.tick('Interior.Color');
    return common(this.cells.map((c) => c.fill ?? WHITE));
  }
  set Color(v: number | null) {
    this.range.wb.tick('Interior.Color=');
    if (typeof v !== 'number' || v < 0 || v > WHITE) throw new WpsError(`Interior.Color: not a colour: ${v}`);
    for (const c of this.range.touch()) c.fill = v;
  }
  /** [VBA-INT] xlColorIndexNone (-4142) for no fill; the double names no palette index, so a fill reads 1 */
  get ColorIndex(): number | null {
    this.range.wb.tick('Interior.ColorIndex');
    return common(this.cells.map((c) => (c.fill === null ? xlColorIndexNone : 1)));
  }
  set ColorIndex(v: number | null) {
    this.range.wb.tick('Interior.ColorIndex=');
    if (v !== xlColorIndexNone) throw new WpsError('the double only supports ColorIndex = xlColorIndexNone');
    for (const c of this.range.touch()) c.fill = null;
  }
  get Pattern(): number | null {
    this.range.wb.tick('Interior.Pattern');
    return common(this.cells.map((c) => (c.fill === null ? xlColorIndexNone : xlSolid)));
  }
}

class Font {
  constructor(private range: WpsRange) {}
  private set(member: string, apply: (c: WpsCell) => void): void {
    this.range.wb.tick(`Font.${member}=`);
    for (const c of this.range.touch()) apply(c);
  }
  get Bold(): boolean | null {
    this.range.wb.tick('Font.Bold');
    return common(this.range.cellStates().map((c) => Boolean(c.bold)));
  }
  set Bold(v: boolean | null) {
    this.set('Bold', (c) => {
      c.bold = Boolean(v);
    });
  }
  set Name(v: string) {
    this.set('Name', (c) => {
      c.fontName = v;
    });
  }
  set Size(v: number) {
    this.set('Size', (c) => {
      c.fontSize = v;
    });
  }
  set Color(v: number) {
    this.set('Color', (c) => {
      c.fontColor = v;
    });
  }
}

class Border {
  constructor(
    private range: WpsRange,
    private index: number,
  ) {}
  private set(apply: (b: { lineStyle: number; weight: number }) => void, member: string): void {
    this.range.wb.tick(`Border.${member}=`);
    for (const c of this.range.touch()) {
      c.borders ??= {};
      c.borders[this.index] ??= { lineStyle: xlColorIndexNone, weight: 2 };
      apply(c.borders[this.index]);
    }
  }
  set LineStyle(v: number) {
    this.set((b) => {
      b.lineStyle = v;
    }, 'LineStyle');
  }
  set Weight(v: number) {
    this.set((b) => {
      b.weight = v;
    }, 'Weight');
  }
}

export class WpsRange {
  constructor(
    readonly wb: WpsWorkbook,
    readonly sheet: WpsSheet,
    readonly areas: Rect[],
  ) {}

  private get first(): Rect {
    return this.areas[0];
  }

  cellStates(): WpsCell[] {
    return [...cellsOf(this.areas)].map(([r, c]) => this.sheet.get(r, c) ?? this.sheet.cell(r, c));
  }

  /** the cells, created on write */
  touch(): WpsCell[] {
    return [...cellsOf(this.areas)].map(([r, c]) => this.sheet.cell(r, c));
  }

  get Row(): number {
    this.wb.tick('Range.Row');
    return this.first.row + 1;
  }
  get Column(): number {
    this.wb.tick('Range.Column');
    return this.first.col + 1;
  }
  get Rows(): { Count: number } {
    this.wb.tick('Range.Rows');
    return { Count: this.first.rows };
  }
  get Columns(): { Count: number } {
    this.wb.tick('Range.Columns');
    return { Count: this.first.cols };
  }
  get Count(): number {
    this.wb.tick('Range.Count');
    return this.areas.reduce((n, a) => n + a.rows * a.cols, 0);
  }
  Address(): string {
    this.wb.tick('Range.Address');
    return this.areas.map(rectRef).join(',');
  }

  /** [VBA-VALUE2] one cell: its value; a block: rows of values (the first area of a multi-area range) */
  get Value2(): Scalar | Scalar[][] {
    this.wb.tick('Range.Value2');
    const a = this.first;
    const at = (r: number, c: number) => this.sheet.get(r, c)?.value ?? null;
    if (a.rows === 1 && a.cols === 1) return at(a.row, a.col);
    return Array.from({ length: a.rows }, (_, i) => Array.from({ length: a.cols }, (_, j) => at(a.row + i, a.col + j)));
  }
  /**
   * [VBA-VALUE2] a scalar fills every cell; a 2-D array must match the block. A string starting with '=' becomes a
   * formula unless the cell is formatted as text ('@'), as Excel does.
   */
  set Value2(v: Scalar | Scalar[][]) {
    this.wb.tick('Range.Value2=');
    this.write(v, false);
  }

  get Formula(): string | string[][] {
    this.wb.tick('Range.Formula');
    const a = this.first;
    const f = (r: number, c: number) => {
      const cell = this.sheet.get(r, c);
      return cell?.formula ?? (cell?.value === null || cell?.value === undefined ? '' : String(cell.value));
    };
    if (a.rows === 1 && a.cols === 1) return f(a.row, a.col);
    return Array.from({ length: a.rows }, (_, i) => Array.from({ length: a.cols }, (_, j) => f(a.row + i, a.col + j)));
  }
  set Formula(v: Scalar | Scalar[][]) {
    this.wb.tick('Range.Formula=');
    this.write(v, true);
  }

  private write(v: Scalar | Scalar[][], formulas: boolean): void {
    const a = this.first;
    const put = (r: number, c: number, x: Scalar) => {
      if (x === null || x === undefined) {
        const cell = this.sheet.get(r, c);
        if (cell) {
          cell.value = null;
          cell.formula = null;
        }
        return;
      }
      const cell = this.sheet.cell(r, c);
      if (typeof x === 'string' && x.startsWith('=') && cell.numberFormat !== '@') {
        cell.formula = x;
        cell.value = formulaValue(x);
      } else {
        cell.formula = null;
        cell.value = x === '' ? null : x;
      }
    };
    if (!Array.isArray(v)) {
      for (const [r, c] of cellsOf(this.areas)) put(r, c, v);
      return;
    }
    if (v.length !== a.rows || v.some((line) => !Array.isArray(line) || line.length !== a.cols)) {
      throw new WpsError(`${formulas ? 'Formula' : 'Value2'}: a ${v.length}-row array does not fit ${rectRef(a)}`);
    }
    v.forEach((line, i) => line.forEach((x, j) => put(a.row + i, a.col + j, x)));
  }

  /** [VBA-TEXT] the displayed text; Null when the cells show different texts */
  get Text(): string | null {
    this.wb.tick('Range.Text');
    return common(this.cellStates().map((c) => displayText(c.value, c.numberFormat)));
  }

  /** [VBA-NF] Null when the cells have different formats; set: one format for every cell */
  get NumberFormat(): string | null {
    this.wb.tick('Range.NumberFormat');
    return common(this.cellStates().map((c) => c.numberFormat));
  }
  set NumberFormat(v: string | null) {
    this.wb.tick('Range.NumberFormat=');
    if (typeof v !== 'string') throw new WpsError('NumberFormat takes one format string');
    for (const c of this.touch()) c.numberFormat = v;
  }

  get Interior(): Interior {
    this.wb.tick('Range.Interior');
    return new Interior(this);
  }
  get Font(): Font {
    this.wb.tick('Range.Font');
    return new Font(this);
  }
  /** [VBA-BORDER] Borders.Item(xlEdgeLeft 7 … xlInsideHorizontal 12) */
  get Borders(): { Item(i: number): Border } {
    this.wb.tick('Range.Borders');
    return {
      Item: (i: number) => {
        this.wb.tick('Borders.Item');
        return new Border(this, i);
      },
    };
  }
  set HorizontalAlignment(v: number) {
    this.wb.tick('Range.HorizontalAlignment=');
    for (const c of this.touch()) c.hAlign = v;
  }
  set VerticalAlignment(v: number) {
    this.wb.tick('Range.VerticalAlignment=');
    for (const c of this.touch()) c.vAlign = v;
  }
  set WrapText(v: boolean) {
    this.wb.tick('Range.WrapText=');
    for (const c of this.touch()) c.wrap = v;
  }
  /** [VBA-WIDTH] in characters of the standard font, set on whole columns ('A:B') */
  set ColumnWidth(v: number) {
    this.wb.tick('Range.ColumnWidth=');
    for (const a of this.areas) for (let c = a.col; c < a.col + a.cols; c++) this.sheet.columnWidths.set(c, v);
  }
  set RowHeight(v: number) {
    this.wb.tick('Range.RowHeight=');
    for (const a of this.areas) for (let r = a.row; r < a.row + a.rows; r++) this.sheet.rowHeights.set(r, v);
  }

  /** [VBA-MERGE] */
  Merge(): void {
    this.wb.tick('Range.Merge');
    for (const a of this.areas) this.sheet.merges.push({ ...a });
  }
  get MergeCells(): boolean | null {
    this.wb.tick('Range.MergeCells');
    const inMerge = [...cellsOf(this.areas)].map(([r, c]) =>
      this.sheet.merges.some((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols),
    );
    return common(inMerge);
  }

  /** [ET-CMT] one cell's comment, or null */
  get Comment(): WpsComment | null {
    this.wb.tick('Range.Comment');
    const a = this.first;
    const cell = this.sheet.get(a.row, a.col);
    return cell && cell.comment !== null ? new WpsComment(this.wb, cell) : null;
  }
  /** [ET-CMT] adds a comment to one cell; a cell that has one already is an error (as in Excel) */
  AddComment(text?: string): WpsComment {
    this.wb.tick('Range.AddComment');
    const a = this.first;
    if (a.rows !== 1 || a.cols !== 1 || this.areas.length !== 1) throw new WpsError('AddComment: one cell only');
    const cell = this.sheet.cell(a.row, a.col);
    if (cell.comment !== null) throw new WpsError(`AddComment: ${rectRef(a)} already has a comment`);
    cell.comment = text ?? '';
    return new WpsComment(this.wb, cell);
  }
  ClearComments(): void {
    this.wb.tick('Range.ClearComments');
    for (const [r, c] of cellsOf(this.areas)) {
      const cell = this.sheet.get(r, c);
      if (cell) cell.comment = null;
    }
  }

  /** [VBA-SEL] fails unless the range's sheet is the active one */
  Select(): void {
    this.wb.tick('Range.Select');
    if (this.wb.active !== this.sheet)
      throw new WpsError('Select method of Range class failed: the sheet is not active');
    this.sheet.selection = { ...this.first };
  }
}

class PageSetup {
  constructor(
    private wb: WpsWorkbook,
    private sheet: WpsSheet,
  ) {
    // [VBA-PAGE] each property a separate call
    return new Proxy(this, {
      set: (t, key, value) => {
        t.wb.tick(`PageSetup.${String(key)}=`);
        t.sheet.pageSetup[String(key)] = value;
        return true;
      },
    });
  }
}

export class WpsWorksheet {
  constructor(
    readonly wb: WpsWorkbook,
    readonly sheet: WpsSheet,
  ) {}

  private alive(): WpsSheet {
    if (this.sheet.deleted) throw new WpsError('the worksheet was deleted');
    return this.sheet;
  }

  get Name(): string {
    this.wb.tick('Worksheet.Name');
    return this.alive().name;
  }
  set Name(v: string) {
    this.wb.tick('Worksheet.Name=');
    if (this.wb.live().some((s) => s !== this.sheet && s.name.toLowerCase() === v.toLowerCase())) {
      throw new WpsError(`a sheet named '${v}' exists`);
    }
    this.alive().name = v;
  }
  /** [ET-WS][VBA-VIS] xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2 */
  get Visible(): number {
    this.wb.tick('Worksheet.Visible');
    return this.alive().visible;
  }
  set Visible(v: number | boolean) {
    this.wb.tick('Worksheet.Visible=');
    const vis = v === true ? -1 : v === false ? 0 : v;
    if (vis !== -1 && vis !== 0 && vis !== 2) throw new WpsError(`Visible: ${v}`);
    if (vis !== -1 && this.wb.live().filter((s) => s.visible === -1 && s !== this.sheet).length === 0) {
      throw new WpsError('a workbook must keep at least one visible sheet');
    }
    this.alive().visible = vis;
    if (vis !== -1 && this.wb.active === this.sheet)
      this.wb.active = this.wb.live().find((s) => s.visible === -1) ?? null;
  }
  /** [ET-WS] UsedRange: the cells in use (values and formats); A1 on an empty sheet */
  get UsedRange(): WpsRange {
    this.wb.tick('Worksheet.UsedRange');
    return new WpsRange(this.wb, this.alive(), [this.alive().used() ?? { row: 0, col: 0, rows: 1, cols: 1 }]);
  }
  /** [ET-WS][VBA-RANGE] an A1 address, areas joined by commas; at most 255 characters */
  Range(address: string): WpsRange {
    this.wb.tick('Worksheet.Range');
    if (address.length > 255) throw new WpsError(`Range: address longer than 255 characters (${address.length})`);
    return new WpsRange(
      this.wb,
      this.alive(),
      parseAreas(address).map((p) => p.rect),
    );
  }
  get PageSetup(): PageSetup {
    this.wb.tick('Worksheet.PageSetup');
    return new PageSetup(this.wb, this.alive());
  }
  Activate(): void {
    this.wb.tick('Worksheet.Activate');
    if (this.alive().visible !== -1) throw new WpsError('a hidden sheet cannot be activated');
    this.wb.active = this.sheet;
  }
  /** [ET-WS] asks the user to confirm unless Application.DisplayAlerts is false [VBA-ALERTS] */
  Delete(): void {
    this.wb.tick('Worksheet.Delete');
    if (this.wb.displayAlerts)
      throw new WpsError('Worksheet.Delete would show a confirmation dialog (DisplayAlerts is on)');
    const s = this.alive();
    if (s.visible === -1 && this.wb.live().filter((x) => x.visible === -1).length === 1)
      throw new WpsError('cannot delete the last visible sheet');
    s.deleted = true;
    if (this.wb.active === s) this.wb.active = this.wb.live().find((x) => x.visible === -1) ?? null;
  }
}

export class WpsWorksheets {
  constructor(private wb: WpsWorkbook) {}
  get Count(): number {
    this.wb.tick('Worksheets.Count');
    return this.wb.live().length;
  }
  /** [ET-WS] Item(index | name); a missing one is an error (VBA: subscript out of range) */
  Item(key: number | string): WpsWorksheet {
    this.wb.tick('Worksheets.Item');
    const live = this.wb.live();
    const s = typeof key === 'number' ? live[key - 1] : this.wb.sheet(key);
    if (!s) throw new WpsError(`Worksheets.Item: no sheet ${JSON.stringify(key)} (subscript out of range)`);
    return new WpsWorksheet(this.wb, s);
  }
  /** [ET-SHEETS] Add(Before, After, Count, Type): the new sheet becomes the active sheet */
  Add(before?: WpsWorksheet | null, after?: WpsWorksheet | null): WpsWorksheet {
    this.wb.tick('Worksheets.Add');
    let n = this.wb.sheets.length + 1;
    while (this.wb.sheet(`Sheet${n}`)) n++;
    const s = new WpsSheet(`Sheet${n}`);
    const anchor = before?.sheet ?? after?.sheet ?? this.wb.active;
    const at = anchor ? this.wb.sheets.indexOf(anchor) + (before ? 0 : after ? 1 : 0) : this.wb.sheets.length;
    this.wb.sheets.splice(at, 0, s);
    this.wb.active = s;
    return new WpsWorksheet(this.wb, s);
  }
}

export class WpsWindow {
  constructor(private wb: WpsWorkbook) {}
  private pending = { rows: 0, cols: 0 };
  set SplitRow(v: number) {
    this.wb.tick('Window.SplitRow=');
    this.pending.rows = v;
  }
  set SplitColumn(v: number) {
    this.wb.tick('Window.SplitColumn=');
    this.pending.cols = v;
  }
  set FreezePanes(v: boolean) {
    this.wb.tick('Window.FreezePanes=');
    if (!this.wb.active) return;
    this.wb.active.freeze = v && (this.pending.rows || this.pending.cols) ? { ...this.pending } : null;
  }
}

export class WpsApplication {
  constructor(readonly wb: WpsWorkbook) {}
  get ActiveSheet(): WpsWorksheet | null {
    this.wb.tick('Application.ActiveSheet');
    return this.wb.active ? new WpsWorksheet(this.wb, this.wb.active) : null;
  }
  get Worksheets(): WpsWorksheets {
    this.wb.tick('Application.Worksheets');
    return new WpsWorksheets(this.wb);
  }
  get ActiveWorkbook(): { Worksheets: WpsWorksheets } {
    this.wb.tick('Application.ActiveWorkbook');
    return { Worksheets: new WpsWorksheets(this.wb) };
  }
  get ActiveWindow(): WpsWindow {
    this.wb.tick('Application.ActiveWindow');
    return new WpsWindow(this.wb);
  }
  /** the current selection as a range of the active sheet */
  get Selection(): WpsRange {
    this.wb.tick('Application.Selection');
    const s = this.wb.active;
    if (!s) throw new WpsError('no active sheet');
    return new WpsRange(this.wb, s, [s.selection ?? { row: 0, col: 0, rows: 1, cols: 1 }]);
  }
  get DisplayAlerts(): boolean {
    this.wb.tick('Application.DisplayAlerts');
    return this.wb.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.wb.tick('Application.DisplayAlerts=');
    this.wb.displayAlerts = v;
  }
  /** [VBA-UNION] ranges of one sheet joined into one multi-area range */
  Union(...ranges: WpsRange[]): WpsRange {
    this.wb.tick('Application.Union');
    if (ranges.length < 2 || ranges.some((r) => r.sheet !== ranges[0].sheet))
      throw new WpsError('Union: two or more ranges of one sheet');
    return new WpsRange(
      this.wb,
      ranges[0].sheet,
      ranges.flatMap((r) => r.areas),
    );
  }
}
