// Reading trainee rows: one Trainee per data row of a detected layout.
import type { CellValue, DateValue, Grid, RosterLayout, Trainee, Field } from '../types';
import { emptyDate, parseDate } from '../values/date';
import { parseHours } from '../values/hours';
import { parseYuanToFen } from '../values/money';
import { parsePeriod, type PeriodValue } from '../values/period';
import { GridTrainee, RowRead } from './grid-trainee';

export { plainCells, plainTrainee } from './grid-trainee';

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

/**
 * The value of one of a trainee's cells (as RowCell.value; undefined without a column), for a pass
 * over every trainee: read in place from the grid when the trainee was read from one, so no RowCell is built.
 */
export function cellValue(t: Trainee, f: Field): CellValue | undefined {
  return t instanceof GridTrainee ? t.valueAt(f) : t.cells[f]?.value;
}

/** The displayed text of one of a trainee's cells (as RowCell.text), read in place like cellValue. */
export function cellShownText(t: Trainee, f: Field): string | undefined {
  return t instanceof GridTrainee ? t.textAt(f) : t.cells[f]?.text;
}

/** Builds one Trainee per layout.dataRows row, with a cell for every mapped field (empty ones too). */
export function readTrainees(grid: Grid, layout: RosterLayout): Trainee[] {
  const read = new RowRead(grid, layout.columns);
  // per field: the index into the grid row (-2: not mapped)
  const idx = (f: Field): number => read.index[f] ?? -2;
  const iStart = idx('start'),
    iEnd = idx('end'),
    iPeriod = idx('period');
  const iHours = idx('hours'),
    iAmount = idx('amount');
  const usePeriod = iPeriod !== -2 && (iStart === -2 || iEnd === -2);

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
    out[k] = new GridTrainee(
      row,
      read,
      values,
      start,
      end,
      hours === undefined || hours === null ? null : typeof hours === 'number' ? parseHours(hours) : hoursOf(hours),
      amount === undefined || amount === null
        ? null
        : typeof amount === 'number'
          ? parseYuanToFen(amount)
          : fenOf(amount),
    );
  }
  return out;
}
