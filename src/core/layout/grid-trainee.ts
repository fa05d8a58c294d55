// A trainee read in place from its grid row. One object per data row holds only what a rule cannot
// read cheaply again (the row, its parsed dates, hours and amount); its texts and cells are read from the
// grid row on access. A trainee with every text as a field of its own cost more to build than the rest
// of reading 100,000 rows: the objects were twice the size, and every byte of them survived the check.
import {
  ALL_FIELDS,
  type CellValue,
  type DateValue,
  type Field,
  type Grid,
  type RowCell,
  type Trainee,
} from '../types';
import { cellText } from '../values/text';
import { splitNameLevel, type NameLevel } from './combined';

/** What the trainees of one read share: the grid, and where each mapped field sits in a grid row. */
export class RowRead {
  /** per field: 0-based index into the grid row, -1 left of the grid; a field with no column is absent */
  readonly index: Partial<Record<Field, number>> = {};
  /** per field: the 1-based sheet column */
  readonly col: Partial<Record<Field, number>> = {};
  /** per text field: index into the grid row, -1 when there is nothing to read */
  readonly iName: number;
  readonly iGender: number;
  readonly iPhone: number;
  readonly iOcc: number;
  readonly iCat: number;
  readonly iCert: number;
  readonly iLevel: number;
  readonly iPerson: number;
  readonly iClass: number;
  /** combined columns (证书名称及等级): the part of the cell each field reads */
  readonly parts: Partial<Record<Field, keyof NameLevel>> = {};

  constructor(
    readonly grid: Grid,
    columns: readonly { field: Field; col: number; part?: keyof NameLevel }[],
  ) {
    for (const m of columns) {
      this.index[m.field] = Math.max(-1, m.col - grid.originCol);
      this.col[m.field] = m.col;
      if (m.part) this.parts[m.field] = m.part;
    }
    const at = (f: Field): number => this.index[f] ?? -1;
    this.iName = at('name');
    this.iGender = at('gender');
    this.iPhone = at('phone');
    this.iOcc = at('occupation');
    this.iCat = at('category');
    this.iCert = at('certType');
    this.iLevel = at('level');
    this.iPerson = at('personType');
    this.iClass = at('class');
  }

  /** The trimmed text of a text field's cell ('' without a column), its part when the column is combined. */
  text(values: readonly CellValue[], i: number, f: Field): string {
    if (i < 0) return '';
    const s = cellText(values[i]);
    const part = this.parts[f];
    return part === undefined || s === '' ? s : splitNameLevel(s)[part];
  }
}

/**
 * A trainee's cells, read from its grid row on access: `cells.id` builds a fresh RowCell each time.
 * Building a RowCell for every mapped cell up front (1.5 million objects for 100,000 rows, all kept
 * alive with the trainees) cost more than the rest of the reading, while rules read few cells of few
 * rows. Fields without a column read as undefined, as in a plain cells object.
 */
class GridCells {
  constructor(
    private readonly read: RowRead,
    private readonly values: readonly CellValue[],
    private readonly texts: readonly string[] | undefined,
    private readonly formats: readonly string[] | undefined,
  ) {}

  cell(f: Field): RowCell | undefined {
    const i = this.read.index[f];
    if (i === undefined) return undefined;
    const col = this.read.col[f] as number;
    const v = this.values[i];
    const value = v === undefined ? null : v;
    // text and format only when the host gave them (a smaller object otherwise)
    if (this.texts === undefined && this.formats === undefined) return { col, value };
    return { col, value, text: this.texts?.[i], format: this.formats?.[i] };
  }

  toJSON(): Partial<Record<Field, RowCell>> {
    const out: Partial<Record<Field, RowCell>> = {};
    for (const f of ALL_FIELDS) if (this.read.index[f] !== undefined) out[f] = this.cell(f);
    return out;
  }
}

for (const f of ALL_FIELDS) {
  Object.defineProperty(GridCells.prototype, f, {
    get(this: GridCells) {
      return this.cell(f);
    },
    enumerable: true,
  });
}

/**
 * A Trainee whose texts and cells are read from its grid row. The getters live on the prototype, so a
 * structured clone (postMessage) or an object spread would lose them: use plainTrainee() first.
 * JSON.stringify gives the plain form (toJSON).
 */
export class GridTrainee implements Trainee {
  constructor(
    readonly row: number,
    /** where the fields sit in the row (one per read: trainees of one read share it) */
    readonly rowRead: RowRead,
    /** the trainee's grid row */
    readonly rowValues: readonly CellValue[],
    readonly start: DateValue,
    readonly end: DateValue,
    readonly hours: number | null,
    readonly amountFen: number | null,
  ) {}

  get cells(): Partial<Record<Field, RowCell>> {
    const r = this.row - this.rowRead.grid.originRow;
    const g = this.rowRead.grid;
    return new GridCells(this.rowRead, this.rowValues, g.texts?.[r], g.formats?.[r]) as Partial<Record<Field, RowCell>>;
  }
  get name(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iName, 'name');
  }
  get gender(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iGender, 'gender');
  }
  get phone(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iPhone, 'phone');
  }
  get occupation(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iOcc, 'occupation');
  }
  get category(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iCat, 'category');
  }
  get certType(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iCert, 'certType');
  }
  get level(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iLevel, 'level');
  }
  get personType(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iPerson, 'personType');
  }
  get className(): string {
    return this.rowRead.text(this.rowValues, this.rowRead.iClass, 'class');
  }

  /** The cell's value without building a RowCell (null when empty; undefined when the field has no column). */
  valueAt(f: Field): CellValue | undefined {
    const i = this.rowRead.index[f];
    if (i === undefined) return undefined;
    const v = this.rowValues[i];
    return v === undefined ? null : v;
  }

  /** The cell's displayed text, when the host gave one. */
  textAt(f: Field): string | undefined {
    const i = this.rowRead.index[f];
    return i === undefined ? undefined : this.rowRead.grid.texts?.[this.row - this.rowRead.grid.originRow]?.[i];
  }

  toJSON(): Trainee {
    return plainTrainee(this);
  }
}

/** A trainee as a plain object (cells too, every mapped field, empty ones included): safe to structured-clone. */
export function plainTrainee(t: Trainee): Trainee {
  return {
    row: t.row,
    cells: t instanceof GridTrainee ? (t.cells as unknown as GridCells).toJSON() : t.cells,
    name: t.name,
    gender: t.gender,
    phone: t.phone,
    occupation: t.occupation,
    category: t.category,
    certType: t.certType,
    level: t.level,
    start: t.start,
    end: t.end,
    hours: t.hours,
    personType: t.personType,
    className: t.className,
    amountFen: t.amountFen,
  };
}

/** A trainee's cells as a plain object: safe to structured-clone. */
export function plainCells(cells: Trainee['cells']): Trainee['cells'] {
  return cells instanceof GridCells ? cells.toJSON() : cells;
}
