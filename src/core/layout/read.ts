// Reading trainee rows: one Trainee per data row of a detected layout.
import {
  ALL_FIELDS,
  type CellValue,
  type DateValue,
  type Field,
  type Grid,
  type RosterLayout,
  type RowCell,
  type Trainee,
} from '../types';
import { emptyDate, parseDate } from '../values/date';
import { parseHours } from '../values/hours';
import { parseYuanToFen } from '../values/money';
import { parsePeriod, type PeriodValue } from '../values/period';
import { cellText } from '../values/text';
import { splitNameLevel } from './combined';

const EMPTY_ROW: CellValue[] = [];
/** Parsed values are cached per distinct cell value (a class shares its dates and rate); caches stay small. */
const CACHE_LIMIT = 4096;

/**
 * Memoises a parser over cell values. Results are shared between trainees (and reads), so they are
 * frozen. The caches live as long as the module: one function per parser keeps every call site on
 * one target, where closures made per read made the optimised reader bail out on the next read.
 */
function cached<T extends object | number | null>(parse: (v: CellValue) => T): (v: CellValue) => T {
  const cache = new Map<CellValue, T>();
  return (v) => {
    let r = cache.get(v);
    if (r === undefined) {
      r = parse(v);
      if (r !== null && typeof r === 'object') Object.freeze(r);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(v, r);
    }
    return r;
  };
}

function freezePeriod(p: PeriodValue): PeriodValue {
  Object.freeze(p.start);
  Object.freeze(p.end);
  return p;
}

const dateOf = cached((v) => parseDate(v));
const periodOf = cached((v) => freezePeriod(parsePeriod(v)));
const hoursOf = cached(parseHours);
const fenOf = cached(parseYuanToFen);
/**
 * A date the host shows as text keeps that text as raw, so serials are cached with their text: a
 * class shares its dates, and a hit saves two objects per date cell.
 */
const shownDates = new Map<number, DateValue>();

function readDate(v: CellValue | undefined, text: string | undefined): DateValue {
  if (v === undefined || v === null) return emptyDate();
  if (typeof v !== 'number' || text === undefined) return dateOf(v);
  const hit = shownDates.get(v);
  // raw is the trimmed text, so a text equal to a cached raw parses to the same value
  if (hit !== undefined && hit.raw === text) return hit;
  const d = Object.freeze(parseDate(v, text));
  if (shownDates.size >= CACHE_LIMIT) shownDates.clear();
  shownDates.set(v, d);
  return d;
}

/** Where each mapped field sits: shared by every trainee of one read. */
interface CellColumns {
  /** per field: 0-based index into the grid row, -1 left of the grid; a field with no column is absent */
  index: Partial<Record<Field, number>>;
  /** per field: the 1-based sheet column */
  col: Partial<Record<Field, number>>;
}

/**
 * A trainee's cells, read from its grid row on access: `cells.id` builds a fresh RowCell each time.
 * Building a RowCell for every mapped cell up front (1.5 million objects for 100,000 rows, all kept
 * alive with the trainees) cost more than the rest of the reading, while rules read few cells of few
 * rows. Fields without a column read as undefined, as in a plain cells object.
 *
 * The getters live on the prototype, so a structured clone (postMessage) would lose them: use
 * plainCells() before sending trainees elsewhere. JSON.stringify gives the plain form (toJSON).
 */
class GridCells {
  constructor(
    private readonly columns: CellColumns,
    private readonly values: CellValue[],
    private readonly texts: string[] | undefined,
    private readonly formats: string[] | undefined,
  ) {}

  cell(f: Field): RowCell | undefined {
    const i = this.columns.index[f];
    if (i === undefined) return undefined;
    const col = this.columns.col[f] as number;
    const v = this.values[i];
    const value = v === undefined ? null : v;
    // text and format only when the host gave them (a smaller object otherwise)
    if (this.texts === undefined && this.formats === undefined) return { col, value };
    return { col, value, text: this.texts?.[i], format: this.formats?.[i] };
  }

  /** The cell's value without building a RowCell (null when empty; undefined when the field has no column). */
  valueAt(f: Field): CellValue | undefined {
    const i = this.columns.index[f];
    if (i === undefined) return undefined;
    const v = this.values[i];
    return v === undefined ? null : v;
  }

  /** The cell's displayed text, when the host gave one. */
  textAt(f: Field): string | undefined {
    const i = this.columns.index[f];
    return i === undefined ? undefined : this.texts?.[i];
  }

  toJSON(): Partial<Record<Field, RowCell>> {
    const out: Partial<Record<Field, RowCell>> = {};
    for (const f of ALL_FIELDS) if (this.columns.index[f] !== undefined) out[f] = this.cell(f);
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
 * The value of one of a trainee's cells (as RowCell.value; undefined without a column), for a pass
 * over every trainee: read in place from the grid when the cells are lazy, so no RowCell is built.
 */
export function cellValue(cells: Trainee['cells'], f: Field): CellValue | undefined {
  return cells instanceof GridCells ? cells.valueAt(f) : cells[f]?.value;
}

/** The displayed text of one of a trainee's cells (as RowCell.text), read in place like cellValue. */
export function cellShownText(cells: Trainee['cells'], f: Field): string | undefined {
  return cells instanceof GridCells ? cells.textAt(f) : cells[f]?.text;
}

/** A trainee's cells as a plain object (every mapped field, empty ones too): safe to structured-clone. */
export function plainCells(cells: Trainee['cells']): Trainee['cells'] {
  return cells instanceof GridCells ? cells.toJSON() : cells;
}

/** Builds one Trainee per layout.dataRows row, with a cell for every mapped field (empty ones too). */
export function readTrainees(grid: Grid, layout: RosterLayout): Trainee[] {
  const columns: CellColumns = { index: {}, col: {} };
  for (const m of layout.columns) {
    columns.index[m.field] = Math.max(-1, m.col - grid.originCol);
    columns.col[m.field] = m.col;
  }
  // per field: the index into the grid row (-2: not mapped)
  const idx = (f: Field): number => columns.index[f] ?? -2;
  const iName = idx('name'),
    iGender = idx('gender'),
    iPhone = idx('phone');
  const iOcc = idx('occupation'),
    iCat = idx('category'),
    iCert = idx('certType'),
    iLevel = idx('level');
  const iStart = idx('start'),
    iEnd = idx('end'),
    iPeriod = idx('period');
  const iHours = idx('hours'),
    iPerson = idx('personType'),
    iAmount = idx('amount');
  const iClass = idx('class');
  const usePeriod = iPeriod !== -2 && (iStart === -2 || iEnd === -2);
  // combined columns (证书名称及等级): the part of the cell each field reads
  const parts: Partial<Record<Field, 'name' | 'level'>> = {};
  for (const m of layout.columns) if (m.part) parts[m.field] = m.part;
  const textOf = (f: Field, i: number, values: CellValue[]): string => {
    if (i === -2) return '';
    const s = cellText(values[i]);
    const part = parts[f];
    return part === undefined || s === '' ? s : splitNameLevel(s)[part];
  };
  const anyPart = Object.keys(parts).length > 0;

  const out: Trainee[] = new Array(layout.dataRows.length);
  for (let k = 0; k < layout.dataRows.length; k++) {
    const row = layout.dataRows[k];
    const r = row - grid.originRow;
    const values = grid.values[r] ?? EMPTY_ROW;
    const texts = grid.texts?.[r];

    let start: DateValue = emptyDate();
    let end: DateValue = emptyDate();
    if (usePeriod) {
      const v = values[iPeriod];
      const p =
        v === undefined || v === null ? null : typeof v === 'number' ? parsePeriod(v, texts?.[iPeriod]) : periodOf(v);
      if (p) {
        start = p.start;
        end = p.end;
      }
    }
    if (iStart !== -2) start = readDate(values[iStart], texts?.[iStart]);
    if (iEnd !== -2) end = readDate(values[iEnd], texts?.[iEnd]);
    const hours = iHours === -2 ? undefined : values[iHours];
    const amount = iAmount === -2 ? undefined : values[iAmount];

    out[k] = {
      row,
      cells: new GridCells(columns, values, texts, grid.formats?.[r]) as Trainee['cells'],
      name: iName === -2 ? '' : cellText(values[iName]),
      gender: iGender === -2 ? '' : cellText(values[iGender]),
      phone: iPhone === -2 ? '' : cellText(values[iPhone]),
      occupation: anyPart ? textOf('occupation', iOcc, values) : iOcc === -2 ? '' : cellText(values[iOcc]),
      category: iCat === -2 ? '' : cellText(values[iCat]),
      certType: anyPart ? textOf('certType', iCert, values) : iCert === -2 ? '' : cellText(values[iCert]),
      level: anyPart ? textOf('level', iLevel, values) : iLevel === -2 ? '' : cellText(values[iLevel]),
      start,
      end,
      hours:
        hours === undefined || hours === null ? null : typeof hours === 'number' ? parseHours(hours) : hoursOf(hours),
      personType: iPerson === -2 ? '' : cellText(values[iPerson]),
      className: iClass === -2 ? '' : cellText(values[iClass]),
      amountFen:
        amount === undefined || amount === null
          ? null
          : typeof amount === 'number'
            ? parseYuanToFen(amount)
            : fenOf(amount),
    };
  }
  return out;
}
