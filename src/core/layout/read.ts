// Reading trainee rows: one Trainee per data row of a detected layout.
import type { CellValue, DateValue, Field, Grid, RosterLayout, RowCell, Trainee } from '../types';
import { emptyDate, parseDate } from '../values/date';
import { parseHours } from '../values/hours';
import { parseYuanToFen } from '../values/money';
import { parsePeriod, type PeriodValue } from '../values/period';
import { cellText } from '../values/text';

const EMPTY_ROW: CellValue[] = [];
/** Parsed values are cached per distinct cell value (a class shares its dates and rate); caches stay small. */
const CACHE_LIMIT = 4096;

interface ReadColumn {
  field: Field;
  col: number;
  /** 0-based index into the grid row; -1 when the column lies left of the grid */
  index: number;
}

/** Memoises a parser over cell values. Results are shared between trainees, so they are frozen. */
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

/** One cell as read; text and format only when the host gave them (a smaller object otherwise). */
function rowCell(values: CellValue[], texts: string[] | undefined, formats: string[] | undefined, i: number, col: number): RowCell {
  const v = values[i];
  const value = v === undefined ? null : v;
  if (texts === undefined && formats === undefined) return { col, value };
  return { col, value, text: texts?.[i], format: formats?.[i] };
}

/** Builds one Trainee per layout.dataRows row, with a cell for every mapped field (empty ones too). */
export function readTrainees(grid: Grid, layout: RosterLayout): Trainee[] {
  const cols: ReadColumn[] = layout.columns.map((m) => ({ field: m.field, col: m.col, index: Math.max(-1, m.col - grid.originCol) }));
  // per field: i… the index into the grid row (-2: not mapped), c… the sheet column
  const idx = (f: Field): number => cols.find((c) => c.field === f)?.index ?? -2;
  const col = (f: Field): number => cols.find((c) => c.field === f)?.col ?? 0;
  const iSeq = idx('seq'), iName = idx('name'), iGender = idx('gender'), iId = idx('id'), iPhone = idx('phone');
  const iOcc = idx('occupation'), iCat = idx('category'), iCert = idx('certType'), iLevel = idx('level');
  const iCertNo = idx('certNo'), iStart = idx('start'), iEnd = idx('end'), iPeriod = idx('period');
  const iHours = idx('hours'), iPerson = idx('personType'), iAmount = idx('amount'), iRemark = idx('remark');
  const cSeq = col('seq'), cName = col('name'), cGender = col('gender'), cId = col('id'), cPhone = col('phone');
  const cOcc = col('occupation'), cCat = col('category'), cCert = col('certType'), cLevel = col('level');
  const cCertNo = col('certNo'), cStart = col('start'), cEnd = col('end'), cPeriod = col('period');
  const cHours = col('hours'), cPerson = col('personType'), cAmount = col('amount'), cRemark = col('remark');
  const usePeriod = iPeriod !== -2 && (iStart === -2 || iEnd === -2);

  // dates shown as text by the host keep that text as raw, so only text-less numbers are cached
  const dateOf = cached((v) => parseDate(v));
  const periodOf = cached((v) => freezePeriod(parsePeriod(v)));
  const hoursOf = cached(parseHours);
  const fenOf = cached(parseYuanToFen);
  const readDate = (v: CellValue | undefined, text: string | undefined): DateValue => {
    if (v === undefined || v === null) return emptyDate();
    return typeof v === 'number' && text !== undefined ? parseDate(v, text) : dateOf(v);
  };

  const template: Partial<Record<Field, RowCell>> = {};
  for (const c of cols) template[c.field] = undefined;
  const out: Trainee[] = new Array(layout.dataRows.length);

  for (let k = 0; k < layout.dataRows.length; k++) {
    const row = layout.dataRows[k];
    const r = row - grid.originRow;
    const values = grid.values[r] ?? EMPTY_ROW;
    const texts = grid.texts?.[r];
    const formats = grid.formats?.[r];
    // A copy of the template keeps every row's cells object in one shape, and named stores (not
    // cells[field] = …) keep each store site monomorphic: this loop is the hottest of the reader.
    const cells: Partial<Record<Field, RowCell>> = { ...template };
    if (iSeq !== -2) cells.seq = rowCell(values, texts, formats, iSeq, cSeq);
    if (iName !== -2) cells.name = rowCell(values, texts, formats, iName, cName);
    if (iGender !== -2) cells.gender = rowCell(values, texts, formats, iGender, cGender);
    if (iId !== -2) cells.id = rowCell(values, texts, formats, iId, cId);
    if (iPhone !== -2) cells.phone = rowCell(values, texts, formats, iPhone, cPhone);
    if (iOcc !== -2) cells.occupation = rowCell(values, texts, formats, iOcc, cOcc);
    if (iCat !== -2) cells.category = rowCell(values, texts, formats, iCat, cCat);
    if (iCert !== -2) cells.certType = rowCell(values, texts, formats, iCert, cCert);
    if (iLevel !== -2) cells.level = rowCell(values, texts, formats, iLevel, cLevel);
    if (iCertNo !== -2) cells.certNo = rowCell(values, texts, formats, iCertNo, cCertNo);
    if (iStart !== -2) cells.start = rowCell(values, texts, formats, iStart, cStart);
    if (iEnd !== -2) cells.end = rowCell(values, texts, formats, iEnd, cEnd);
    if (iPeriod !== -2) cells.period = rowCell(values, texts, formats, iPeriod, cPeriod);
    if (iHours !== -2) cells.hours = rowCell(values, texts, formats, iHours, cHours);
    if (iPerson !== -2) cells.personType = rowCell(values, texts, formats, iPerson, cPerson);
    if (iAmount !== -2) cells.amount = rowCell(values, texts, formats, iAmount, cAmount);
    if (iRemark !== -2) cells.remark = rowCell(values, texts, formats, iRemark, cRemark);

    let start: DateValue = emptyDate();
    let end: DateValue = emptyDate();
    if (usePeriod) {
      const v = values[iPeriod];
      const p = v === undefined || v === null ? null : typeof v === 'number' ? parsePeriod(v, texts?.[iPeriod]) : periodOf(v);
      if (p) { start = p.start; end = p.end; }
    }
    if (iStart !== -2) start = readDate(values[iStart], texts?.[iStart]);
    if (iEnd !== -2) end = readDate(values[iEnd], texts?.[iEnd]);
    const hours = iHours === -2 ? undefined : values[iHours];
    const amount = iAmount === -2 ? undefined : values[iAmount];

    out[k] = {
      row,
      cells,
      name: iName === -2 ? '' : cellText(values[iName]),
      gender: iGender === -2 ? '' : cellText(values[iGender]),
      phone: iPhone === -2 ? '' : cellText(values[iPhone]),
      occupation: iOcc === -2 ? '' : cellText(values[iOcc]),
      category: iCat === -2 ? '' : cellText(values[iCat]),
      certType: iCert === -2 ? '' : cellText(values[iCert]),
      level: iLevel === -2 ? '' : cellText(values[iLevel]),
      start,
      end,
      hours: hours === undefined || hours === null ? null : typeof hours === 'number' ? parseHours(hours) : hoursOf(hours),
      personType: iPerson === -2 ? '' : cellText(values[iPerson]),
      amountFen: amount === undefined || amount === null ? null : typeof amount === 'number' ? parseYuanToFen(amount) : fenOf(amount),
    };
  }
  return out;
}
