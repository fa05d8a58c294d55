// The workbook state behind the WPS 表格 (ET) object-model double: plain data, 0-based rows and columns.
// Colours are stored as the object model gives them: BGR integers (see api.ts, Interior.Color).
import type { Rect } from '../office-double/address';
import type { Scalar } from '../office-double/text';

export interface WpsBorder {
  lineStyle: number;
  weight: number;
}

export interface WpsCell {
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  /** BGR integer, or null when the cell has no fill */
  fill: number | null;
  comment: string | null;
  bold?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: number;
  hAlign?: number;
  vAlign?: number;
  wrap?: boolean;
  borders?: Record<number, WpsBorder>;
}

/** XlSheetVisibility: xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2 */
export type WpsVisibility = -1 | 0 | 2;

export class WpsSheet {
  visible: WpsVisibility = -1;
  readonly cells = new Map<string, WpsCell>();
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  pageSetup: Record<string, unknown> = {};
  freeze: { rows: number; cols: number } | null = null;
  selection: Rect | null = null;
  deleted = false;

  constructor(public name: string) {}

  get(row: number, col: number): WpsCell | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  cell(row: number, col: number): WpsCell {
    const key = `${row}:${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, formula: null, numberFormat: 'General', fill: null, comment: null };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Excel's and ET's UsedRange covers formatted cells too, not only values (a filled empty cell counts). */
  used(): Rect | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [key, c] of this.cells) {
      const inUse =
        c.value !== null || c.formula !== null || c.fill !== null || c.comment !== null || c.numberFormat !== 'General';
      if (!inUse) continue;
      const [r, col] = key.split(':').map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export interface WpsStats {
  /** every property read or write and method call on an object of the model (each crosses into WPS) */
  calls: number;
  byMember: Record<string, number>;
}

export class WpsWorkbook {
  readonly sheets: WpsSheet[] = [];
  active: WpsSheet | null = null;
  displayAlerts = true;
  readonly stats: WpsStats = { calls: 0, byMember: {} };

  live(): WpsSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheet(name: string): WpsSheet | undefined {
    return this.live().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  tick(member: string): void {
    this.stats.calls++;
    this.stats.byMember[member] = (this.stats.byMember[member] ?? 0) + 1;
  }

  resetStats(): void {
    this.stats.calls = 0;
    for (const k of Object.keys(this.stats.byMember)) delete this.stats.byMember[k];
  }
}

/** '#RRGGBB' to the BGR integer Interior.Color holds (red in the low byte, as VBA's RGB() makes it). */
export function rgbToBgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function bgrToRgb(bgr: number): string {
  const r = bgr & 0xff,
    g = (bgr >> 8) & 0xff,
    b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}
