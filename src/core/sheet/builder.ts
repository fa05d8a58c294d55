// Building a SheetModel cell by cell. Merged areas get their style on every cell, so borders drawn on a
// merged box show on all its sides in every renderer.
import { a1, colLetter, colNumber } from '../a1';
import {
  A4_MARGINS,
  PAGE_FOOTER,
  type CellStyle,
  type Merge,
  type PrintSetup,
  type SheetCell,
  type SheetLink,
  type SheetModel,
  type SheetValue,
} from './model';

/** 'B3:D5' → the merge, or null when the text is not such a range. */
export function parseRange(ref: string): Merge | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const left = colNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? colNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** The merge as an A1 range, 'B3:D5'. */
export function rangeRef(m: Merge): string {
  return `${colLetter(m.left)}${m.top}:${colLetter(m.right)}${m.bottom}`;
}

/** Excel's default row height in points. */
const DEFAULT_ROW_HEIGHT = 15;

/** The height (points) inside the top and bottom margins of an A4 page in the setup's orientation. */
function printableHeight(p: PrintSetup): number {
  const pageInches = p.orientation === 'landscape' ? 8.27 : 11.69;
  return (pageInches - p.margins.top - p.margins.bottom) * 72;
}

export interface BuilderOptions {
  orientation?: 'portrait' | 'landscape';
  titleRows?: [number, number];
  /** fit the whole sheet on one page */
  onePage?: boolean;
}

export class SheetBuilder {
  /** cells by row, then by column (sparse arrays: a claim sheet of 100,000 rows sets millions of cells) */
  private readonly rows: (SheetCell[] | undefined)[] = [];
  private readonly merges: Merge[] = [];
  private readonly rowHeights: Record<number, number> = {};
  private readonly print: PrintSetup;
  private frozen?: { rows: number; cols: number };

  constructor(
    readonly name: string,
    private readonly columns: number[],
    private readonly styles: Record<string, CellStyle>,
    opts: BuilderOptions = {},
  ) {
    this.print = {
      paper: 'A4',
      orientation: opts.orientation ?? 'portrait',
      fitToWidth: true,
      ...(opts.onePage ? { onePage: true } : {}),
      titleRows: opts.titleRows,
      margins: { ...A4_MARGINS },
      centerHorizontally: true,
      footer: PAGE_FOOTER,
    };
  }

  get width(): number {
    return this.columns.length;
  }

  set(row: number, col: number, value: SheetValue, style?: string, link?: SheetLink): this {
    if (style !== undefined && !(style in this.styles))
      throw new Error(`unknown style ${style} on ${this.name}!${a1(row, col)}`);
    const cell: SheetCell = { row, col, value };
    if (style) cell.style = style;
    if (link) cell.link = link;
    (this.rows[row] ??= [])[col] = cell;
    return this;
  }

  /** Merges top..bottom × left..right, puts the value in the top-left cell and the style on every cell. */
  merge(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: SheetValue,
    style?: string,
    link?: SheetLink,
  ): this {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.set(r, c, null, style);
    this.set(top, left, value, style, link);
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
    return this;
  }

  /** One row across all columns (titles, notes). */
  line(row: number, value: SheetValue, style?: string, height?: number): this {
    this.merge(row, 1, row, this.width, value, style);
    if (height) this.height(row, height);
    return this;
  }

  height(row: number, points: number): this {
    this.rowHeights[row] = points;
    return this;
  }

  freeze(rows: number, cols = 0): this {
    this.frozen = { rows, cols };
    return this;
  }

  /** A manual page break: a new printed page starts at this row. */
  breakBefore(row: number): this {
    this.print.rowBreaks = [...(this.print.rowBreaks ?? []).filter((r) => r !== row), row].sort((a, b) => a - b);
    return this;
  }

  /**
   * Keeps the last `keep` rows of a list (firstRow..lastRow) on the last printed page, with the lines
   * that follow them (合计, signatures): unless the whole sheet surely fits on one page, a page break
   * goes before them. Where the automatic page breaks fall depends on the application and its fonts,
   * so the last page could otherwise hold only the repeated header rows and the closing lines.
   */
  keepLastRows(firstRow: number, lastRow: number, keep: number): this {
    const from = Math.max(firstRow + 1, lastRow - keep + 1);
    if (from > lastRow) return this;
    let last = 0;
    for (let r = this.rows.length - 1; r > 0 && !last; r--) if (this.rows[r]) last = r;
    let height = 0;
    for (let r = 1; r <= last; r++) height += this.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
    // at 100 % (fitting the width only ever shrinks a page's content): surely on one page
    if (height <= printableHeight(this.print)) return this;
    return this.breakBefore(from);
  }

  titleRows(from: number, to: number): this {
    this.print.titleRows = [from, to];
    return this;
  }

  build(): SheetModel {
    const cells: SheetCell[] = [];
    for (const row of this.rows) {
      if (!row) continue;
      for (const cell of row) if (cell) cells.push(cell);
    }
    const model: SheetModel = {
      name: this.name,
      columns: [...this.columns],
      rowHeights: { ...this.rowHeights },
      cells,
      styles: this.styles,
      merges: [...this.merges],
      print: {
        ...this.print,
        margins: { ...this.print.margins },
        ...(this.print.rowBreaks ? { rowBreaks: [...this.print.rowBreaks] } : {}),
      },
    };
    if (this.frozen) model.freeze = { ...this.frozen };
    return model;
  }
}
