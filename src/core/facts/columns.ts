// A roster's low-variety texts (occupation, certificate, level, class, dates as typed …) as columns of
// small integer codes, one per trainee, into the column's distinct texts. Rules that group or look up
// rows by these texts compare and combine codes instead of strings: a trainee's text is read and
// hashed once per check, not once per rule, and a group of several fields needs no key string.
import { GridTrainee } from '../layout/grid-trainee';
import type { Trainee } from '../types';

/** One text per trainee, coded. */
export interface Codes {
  /** per trainee: the index of its text in texts */
  codes: Int32Array;
  /** the distinct texts in order of first appearance; two trainees share a code exactly when their texts are equal */
  texts: string[];
}

/** No raw value yet (a value no cell has). */
const NOTHING = Symbol('nothing');

/** Distinct raw values looked up by a scan before a Map is built. */
const FEW = 16;

/** The trainee texts that can be coded (a trainee's string properties). */
export type TextProp = 'gender' | 'occupation' | 'category' | 'certType' | 'level' | 'personType' | 'className';

const TEXT_PROPS: readonly TextProp[] = [
  'gender',
  'occupation',
  'category',
  'certType',
  'level',
  'personType',
  'className',
];

const FIELD_OF = {
  gender: 'gender',
  occupation: 'occupation',
  category: 'category',
  certType: 'certType',
  level: 'level',
  personType: 'personType',
  className: 'class',
} as const;

/**
 * Codes one column, a row at a time. A row's raw value (its cell value, or the text itself) is looked
 * up by identity: the previous row's first (a class's rows repeat their cells), then the few values
 * seen so far by a scan, then a Map once they are many. The text of a raw value is asked once, and
 * equal texts of different raw values (' 电工' and '电工') share a code.
 */
class Coder {
  readonly codes: Int32Array;
  readonly texts: string[] = [];
  private readonly byText = new Map<string, number>();
  private prev: unknown = NOTHING;
  private prevCode = -1;
  private readonly seen: unknown[] = [];
  private readonly seenCodes: number[] = [];
  private byRaw: Map<unknown, number> | undefined;

  constructor(n: number) {
    this.codes = new Int32Array(n);
  }

  /** Codes row i by its raw value; textOf(i) gives the row's text when the raw value is new. */
  add(i: number, raw: unknown, textOf: (i: number) => string): void {
    if (raw !== this.prev) {
      let c = -1;
      const byRaw = this.byRaw;
      if (byRaw === undefined) {
        const seen = this.seen;
        for (let k = 0; k < seen.length; k++) {
          if (seen[k] === raw) {
            c = this.seenCodes[k];
            break;
          }
        }
      } else c = byRaw.get(raw) ?? -1;
      if (c < 0) c = this.remember(raw, this.codeOfText(textOf(i)));
      this.prev = raw;
      this.prevCode = c;
    }
    this.codes[i] = this.prevCode;
  }

  result(): Codes {
    return { codes: this.codes, texts: this.texts };
  }

  private remember(raw: unknown, c: number): number {
    if (this.byRaw !== undefined) this.byRaw.set(raw, c);
    else if (this.seen.length < FEW) {
      this.seen.push(raw);
      this.seenCodes.push(c);
    } else {
      this.byRaw = new Map(this.seen.map((r, k) => [r, this.seenCodes[k]]));
      this.byRaw.set(raw, c);
    }
    return c;
  }

  private codeOfText(s: string): number {
    let c = this.byText.get(s);
    if (c === undefined) {
      c = this.texts.length;
      this.texts.push(s);
      this.byText.set(s, c);
    }
    return c;
  }
}

/** Codes n texts (textAt(i) is asked for every row: the text is its own raw value). */
export function codesOf(n: number, textAt: (i: number) => string): Codes {
  const coder = new Coder(n);
  for (let i = 0; i < n; i++) coder.add(i, textAt(i), textAt);
  return coder.result();
}

/**
 * The coded columns of one trainee list (one per check, in Facts): every text property and the typed
 * start and end dates (DateValue.raw), built together in one pass over the trainees on first use. A
 * pass over 100,000 trainees costs mostly its reads of memory (each trainee and its grid row), so one
 * pass for all columns is much cheaper than one per column. Trainees read from one grid (the engine's)
 * are coded by their cell values, so each distinct cell is trimmed and split once.
 */
export class TraineeColumns {
  private coded?: Map<TextProp | 'start' | 'end', Codes>;

  constructor(readonly trainees: readonly Trainee[]) {}

  /** A text property of every trainee, coded. */
  texts(prop: TextProp): Codes {
    return (this.coded ??= codeTrainees(this.trainees)).get(prop) as Codes;
  }

  /** The typed start or end date of every trainee (its DateValue.raw), coded. */
  dates(which: 'start' | 'end'): Codes {
    return (this.coded ??= codeTrainees(this.trainees)).get(which) as Codes;
  }
}

function codeTrainees(trainees: readonly Trainee[]): Map<TextProp | 'start' | 'end', Codes> {
  const n = trainees.length;
  const start = new Coder(n);
  const end = new Coder(n);
  const startRaw = (i: number): string => trainees[i].start.raw;
  const endRaw = (i: number): string => trainees[i].end.raw;
  const coders = TEXT_PROPS.map(() => new Coder(n));
  const textOf = TEXT_PROPS.map((prop) => (i: number) => trainees[i][prop]);
  // in place: the grid row's index of each property (-1: no column, always ''), when every trainee was read from one grid
  const read = trainees[0] instanceof GridTrainee ? trainees[0].rowRead : undefined;
  const inPlace = read !== undefined && trainees.every((t) => t instanceof GridTrainee && t.rowRead === read);
  const at = TEXT_PROPS.map((prop) => Math.max(-1, read?.index[FIELD_OF[prop]] ?? -1));
  const m = TEXT_PROPS.length;
  for (let i = 0; i < n; i++) {
    const t = trainees[i];
    if (inPlace) {
      const values = (t as GridTrainee).rowValues;
      for (let k = 0; k < m; k++) coders[k].add(i, at[k] < 0 ? undefined : values[at[k]], textOf[k]);
    } else {
      for (let k = 0; k < m; k++) coders[k].add(i, t[TEXT_PROPS[k]], textOf[k]);
    }
    // trainees of one class share their DateValue objects (layout/read caches them)
    start.add(i, t.start, startRaw);
    end.add(i, t.end, endRaw);
  }
  const out = new Map<TextProp | 'start' | 'end', Codes>(TEXT_PROPS.map((prop, k) => [prop, coders[k].result()]));
  out.set('start', start.result());
  out.set('end', end.result());
  return out;
}

/** Dense group ids of rows by a tuple of coded columns. */
export interface Groups {
  /** per row: its group, numbered in order of first appearance */
  ids: Int32Array;
  /** per group: its first row */
  first: number[];
}

/**
 * Groups rows whose codes are equal in every column. The codes of a row are one number in mixed radix
 * when the product of the columns' sizes stays exact in a double; otherwise the columns are grouped two
 * at a time (a pair's group ids are fewer than the rows, so each step is exact for any sheet Excel holds).
 */
export function groupBy(columns: readonly Codes[], n: number): Groups {
  const radix = columns.map((c) => Math.max(1, c.texts.length));
  if (radix.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER && columns.length > 2) {
    let acc = groupBy(columns.slice(0, 2), n);
    for (let k = 2; k < columns.length; k++) {
      acc = groupBy([{ codes: acc.ids, texts: new Array<string>(acc.first.length) }, columns[k]], n);
    }
    return acc;
  }
  const ids = new Int32Array(n);
  const first: number[] = [];
  const byKey = new Map<number, number>();
  const m = columns.length;
  for (let i = 0; i < n; i++) {
    let key = 0;
    for (let k = 0; k < m; k++) key = key * radix[k] + columns[k].codes[i];
    let g = byKey.get(key);
    if (g === undefined) {
      g = first.length;
      first.push(i);
      byKey.set(key, g);
    }
    ids[i] = g;
  }
  return { ids, first };
}
