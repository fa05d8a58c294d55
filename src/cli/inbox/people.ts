// The people of a roster as the cross-roster checks read them, column by column: what a check
// worker posts back instead of the roster's grid (a structured clone of every cell's value, text
// and format cost more than checking the roster). The main thread turns the columns back into
// trainees that carry exactly what src/core/ledger reads (entry.ts, rules/*): the row, the ID key,
// name, occupation, certificate type, level, the dates, and which fields have a column (the finding's
// cell). Reading anything else of such a trainee throws: a rule that needs more must be carried here.
import {
  ALL_FIELDS,
  idKey,
  type CalDate,
  type CellValue,
  type DateValue,
  type Field,
  type RosterLayout,
  type RowCell,
  type Trainee,
} from '../../core';

export interface People {
  /** the column of each field the roster maps (as the trainees' cells give it) */
  cols: Partial<Record<Field, number>>;
  /** per trainee, in order: sheet row, ID key ('' when none), the texts, dates as y·10000+m·100+d (0: none) */
  rows: Int32Array;
  keys: string[];
  names: string[];
  occupations: string[];
  certTypes: string[];
  levels: string[];
  starts: Int32Array;
  ends: Int32Array;
}

function dayNumber(d: CalDate | null): number {
  return d ? d.y * 10000 + d.m * 100 + d.d : 0;
}

/** The columns of a roster's trainees (read with readTrainees, or rebuilt by peopleTrainees). */
export function carryPeople(trainees: readonly Trainee[], layout: RosterLayout): People {
  const n = trainees.length;
  const cols: Partial<Record<Field, number>> = {};
  for (const m of layout.columns) cols[m.field] = m.col;
  const p: People = {
    cols,
    rows: new Int32Array(n),
    keys: new Array<string>(n),
    names: new Array<string>(n),
    occupations: new Array<string>(n),
    certTypes: new Array<string>(n),
    levels: new Array<string>(n),
    starts: new Int32Array(n),
    ends: new Int32Array(n),
  };
  for (let k = 0; k < n; k++) {
    const t = trainees[k];
    p.rows[k] = t.row;
    p.keys[k] = idKey(t) ?? '';
    p.names[k] = t.name;
    p.occupations[k] = t.occupation;
    p.certTypes[k] = t.certType;
    p.levels[k] = t.level;
    p.starts[k] = dayNumber(t.start.date);
    p.ends[k] = dayNumber(t.end.date);
  }
  return p;
}

function notCarried(what: string): never {
  throw new Error(`${what} is not carried between threads (src/cli/inbox/people.ts)`);
}

/** A cell of a field other than the ID: its column only. */
class ColumnOnly implements RowCell {
  constructor(readonly col: number) {}
  get value(): CellValue {
    return notCarried('a cell value');
  }
}

/** A carried trainee's cells: the ID cell holds the ID key (an ID's own key reads back as itself). */
class CarriedCells {
  constructor(
    readonly cols: Partial<Record<Field, number>>,
    readonly shared: Partial<Record<Field, ColumnOnly>>,
    readonly key: string,
  ) {}
}

for (const f of ALL_FIELDS) {
  Object.defineProperty(CarriedCells.prototype, f, {
    get(this: CarriedCells): RowCell | undefined {
      const col = this.cols[f];
      if (col === undefined) return undefined;
      return f === 'id' ? { col, value: this.key || null } : this.shared[f];
    },
    enumerable: true,
  });
}

/** A carried date: the calendar date only. */
class CarriedDate implements DateValue {
  readonly date: CalDate | null;
  constructor(n: number) {
    this.date = n ? { y: Math.floor(n / 10000), m: Math.floor(n / 100) % 100, d: n % 100 } : null;
  }
  get raw(): string {
    return notCarried('a date as typed');
  }
  get invalid(): boolean {
    return notCarried('a date as typed');
  }
}

/** What the trainees of one roster share: the columns, and a cell (its column) per mapped field. */
interface Roster {
  people: People;
  shared: Partial<Record<Field, ColumnOnly>>;
}

/**
 * A person of a roster checked on another thread: what the cross-roster checks read, nothing more.
 * It reads its roster's columns on demand (most trainees of a run are only counted).
 */
class CarriedTrainee implements Trainee {
  constructor(
    private readonly roster: Roster,
    private readonly k: number,
  ) {}
  /** the ID key, as idKey() reads it from the cells */
  get key(): string | null {
    return this.roster.people.keys[this.k] || null;
  }
  get row(): number {
    return this.roster.people.rows[this.k];
  }
  get cells(): Trainee['cells'] {
    const { people, shared } = this.roster;
    return new CarriedCells(people.cols, shared, people.keys[this.k]) as unknown as Trainee['cells'];
  }
  get name(): string {
    return this.roster.people.names[this.k];
  }
  get occupation(): string {
    return this.roster.people.occupations[this.k];
  }
  get certType(): string {
    return this.roster.people.certTypes[this.k];
  }
  get level(): string {
    return this.roster.people.levels[this.k];
  }
  get start(): DateValue {
    return new CarriedDate(this.roster.people.starts[this.k]);
  }
  get end(): DateValue {
    return new CarriedDate(this.roster.people.ends[this.k]);
  }
  get gender(): string {
    return notCarried('gender');
  }
  get phone(): string {
    return notCarried('phone');
  }
  get category(): string {
    return notCarried('category');
  }
  get hours(): number | null {
    return notCarried('hours');
  }
  get personType(): string {
    return notCarried('personType');
  }
  get className(): string {
    return notCarried('className');
  }
  get amountFen(): number | null {
    return notCarried('amountFen');
  }
}

/** The trainees back from their columns, in order (for counting, and for the cross-roster checks). */
export function peopleTrainees(people: People): Trainee[] {
  const shared: Partial<Record<Field, ColumnOnly>> = {};
  for (const f of Object.keys(people.cols) as Field[]) shared[f] = new ColumnOnly(people.cols[f]!);
  const roster: Roster = { people, shared };
  const out = new Array<Trainee>(people.rows.length);
  for (let k = 0; k < out.length; k++) out[k] = new CarriedTrainee(roster, k);
  return out;
}

/** idKey() of a trainee, without building a carried trainee's cells. */
export function traineeKey(t: Trainee): string | null {
  return t instanceof CarriedTrainee ? t.key : idKey(t);
}
