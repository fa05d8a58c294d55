// RangeFormat.borders: RangeBorderCollection.getItem(index) → RangeBorder with style, weight and colour.
// Edges apply to the cells along each area's edge; inside borders to the lines between the area's cells.
import { ClientObject, linkPath, type RequestContext } from './context';
import { RichApiError } from './errors';
import { checkWritable, normalizeColor, type BorderSide, type BorderState, type RangeRef } from './model';

interface Owner {
  refs(): RangeRef[];
}

const INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
] as const;
export type BorderIndex = (typeof INDEXES)[number];
const STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

/** Every (cell, side) a border index covers in the owner's areas. */
function sidesOf(
  owner: Owner,
  index: BorderIndex,
  f: (ref: RangeRef, row: number, col: number, side: BorderSide) => void,
): void {
  for (const ref of owner.refs()) {
    const { row, col, rows, cols } = ref.rect;
    const last = { row: row + rows - 1, col: col + cols - 1 };
    for (let r = row; r <= last.row; r++) {
      for (let c = col; c <= last.col; c++) {
        if (index === 'EdgeTop' && r === row) f(ref, r, c, 'top');
        else if (index === 'EdgeBottom' && r === last.row) f(ref, r, c, 'bottom');
        else if (index === 'EdgeLeft' && c === col) f(ref, r, c, 'left');
        else if (index === 'EdgeRight' && c === last.col) f(ref, r, c, 'right');
        else if (index === 'InsideHorizontal') {
          if (r < last.row) f(ref, r, c, 'bottom');
          if (r > row) f(ref, r, c, 'top');
        } else if (index === 'InsideVertical') {
          if (c < last.col) f(ref, r, c, 'right');
          if (c > col) f(ref, r, c, 'left');
        } else if (index === 'DiagonalDown') f(ref, r, c, 'diagonalDown');
        else if (index === 'DiagonalUp') f(ref, r, c, 'diagonalUp');
      }
    }
  }
}

export class RangeBorder extends ClientObject {
  constructor(
    ctx: RequestContext,
    private owner: Owner,
    readonly sideIndex: BorderIndex,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['sideIndex', 'style', 'weight', 'color'];
  }

  protected readScalar(prop: string): unknown {
    if (prop === 'sideIndex') return this.sideIndex;
    const pick = (b: BorderState | undefined): unknown =>
      prop === 'style' ? (b?.style ?? 'None') : prop === 'weight' ? (b?.weight ?? 'Thin') : (b?.color ?? '#000000');
    if (!['style', 'weight', 'color'].includes(prop))
      throw new RichApiError('InvalidArgument', `RangeBorder has no property '${prop}'`);
    const seen = new Set<unknown>();
    sidesOf(this.owner, this.sideIndex, (ref, r, c, side) => seen.add(pick(ref.sheet.get(r, c)?.borders?.[side])));
    return seen.size === 1 ? [...seen][0] : null;
  }

  private update(
    prop: string,
    value: unknown,
    valid: boolean,
    change: (b: BorderState | undefined) => BorderState | undefined,
  ): void {
    this.set(
      prop,
      value,
      () => {
        if (!valid) throw new RichApiError('InvalidArgument', `Invalid border ${prop} '${String(value)}'`);
        for (const ref of this.owner.refs()) checkWritable(ref.sheet);
        sidesOf(this.owner, this.sideIndex, (ref, r, c, side) => {
          const cell = ref.sheet.cell(r, c);
          const next = change(cell.borders?.[side]);
          cell.borders = { ...cell.borders };
          if (next) cell.borders[side] = next;
          else delete cell.borders[side];
        });
      },
      true,
    );
  }

  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.update('style', v, STYLES.includes(v), (b) =>
      v === 'None' ? undefined : { weight: 'Thin', color: '#000000', ...b, style: v },
    );
  }

  get weight(): string {
    return this.get('weight');
  }
  /** a weight on a side without a line draws a continuous line */
  set weight(v: string) {
    this.update('weight', v, WEIGHTS.includes(v), (b) => ({ style: 'Continuous', color: '#000000', ...b, weight: v }));
  }

  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    const color = normalizeColor(String(v));
    this.update('color', v, color !== null, (b) => ({
      style: 'Continuous',
      weight: 'Thin',
      ...b,
      color: color ?? '#000000',
    }));
  }
}

export class RangeBorderCollection extends ClientObject {
  constructor(
    ctx: RequestContext,
    private owner: Owner,
  ) {
    super(ctx);
  }

  protected scalarNames(): string[] {
    return ['count'];
  }

  protected readScalar(prop: string): unknown {
    if (prop === 'count') return INDEXES.length;
    throw new RichApiError('InvalidArgument', `RangeBorderCollection has no property '${prop}'`);
  }

  get count(): number {
    return this.get('count');
  }

  /** a new proxy per call, as Office.js makes; a bad index fails on sync */
  getItem(index: BorderIndex): RangeBorder {
    const item = linkPath(new RangeBorder(this.context, this.owner, index), this, 'getItem', [index]);
    this.context.queueOp(this, 'getItem', [index], () => {
      if (!INDEXES.includes(index))
        throw new RichApiError('InvalidArgument', `Invalid border index '${String(index)}'`);
    });
    return item;
  }
}
