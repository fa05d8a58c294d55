// RangeFormat, RangeFill and RangeFont, shared by Range and RangeAreas. Every call here counts as a format call.
import { ClientObject, type RequestContext } from './context';
import { RichApiError } from './errors';
import { normalizeColor, type RangeRef } from './model';

/** Whatever the format belongs to: resolves to its rectangles at apply time. */
export interface FormatOwner {
  refs(): RangeRef[];
}

function eachCell(owner: FormatOwner, f: (ref: RangeRef, row: number, col: number) => void): void {
  for (const ref of owner.refs()) {
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++) {
      for (let c = ref.rect.col; c < ref.rect.col + ref.rect.cols; c++) f(ref, r, c);
    }
  }
}

/** The common value of all cells, or null when they differ (as Excel reports mixed formats). */
function common<T>(owner: FormatOwner, read: (ref: RangeRef, row: number, col: number) => T): T | null {
  let first = true;
  let value: T | null = null;
  let mixed = false;
  eachCell(owner, (ref, r, c) => {
    if (mixed) return;
    const v = read(ref, r, c);
    if (first) { value = v; first = false; } else if (v !== value) mixed = true;
  });
  return mixed ? null : value;
}

export class RangeFill extends ClientObject {
  constructor(ctx: RequestContext, private owner: FormatOwner) {
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
    this.set('color', value, () => {
      if (!color) throw new RichApiError('InvalidArgument', `Invalid color '${value}'`);
      eachCell(this.owner, (ref, r, c) => { ref.sheet.cell(r, c).fill = color; });
    }, true);
  }

  get pattern(): string {
    return this.get('pattern');
  }

  clear(): void {
    this.loaded.clear();
    this.call('clear', [], () => {
      eachCell(this.owner, (ref, r, c) => {
        const cell = ref.sheet.get(r, c);
        if (cell) cell.fill = null;
      });
    }, true);
  }
}

export class RangeFont extends ClientObject {
  constructor(ctx: RequestContext, private owner: FormatOwner) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['bold'];
  }

  protected readScalar(prop: string): unknown {
    if (prop === 'bold') return common(this.owner, (ref, r, c) => Boolean(ref.sheet.get(r, c)?.bold));
    throw new RichApiError('InvalidArgument', `RangeFont has no property '${prop}'`);
  }

  get bold(): boolean {
    return this.get('bold');
  }

  set bold(value: boolean) {
    this.set('bold', value, () => eachCell(this.owner, (ref, r, c) => { ref.sheet.cell(r, c).bold = value; }), true);
  }
}

export class RangeFormat extends ClientObject {
  readonly fill: RangeFill;
  readonly font: RangeFont;

  constructor(ctx: RequestContext, owner: FormatOwner) {
    super(ctx);
    this.fill = new RangeFill(ctx, owner);
    this.font = new RangeFont(ctx, owner);
  }

  protected scalarNames(): string[] {
    return ['columnWidth'];
  }

  protected readScalar(prop: string): unknown {
    if (prop === 'columnWidth') return 48;
    throw new RichApiError('InvalidArgument', `RangeFormat has no property '${prop}'`);
  }

  protected nav(name: string): ClientObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }

  set columnWidth(value: number) {
    this.set('columnWidth', value, () => undefined, true);
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }

  autofitColumns(): void {
    this.call('autofitColumns', [], () => undefined, true);
  }
}
