// Rosters with realistic faults for the benchmark: the fixture trainees (test/fixtures/people) with
// about 5% of rows damaged the way real rosters are, as an in-memory Grid and as an .xlsx file.
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../src/core/types';
import { dateToSerial, displayText } from '../src/xlsx/cells';
import { checkDigit, makePeople, rng, utcDate, type Person } from '../test/fixtures/people';
import { SAMPLE_HEADERS } from '../test/fixtures/sample';

export interface RosterRow {
  person: Person;
  /** the ID cell as typed: text, or a number when Excel ate it */
  id: string | number;
}

const FULL = (s: string) => s.replace(/[0-9X]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Each fault with its share of rows; together about 5.5% of rows carry one. */
const FAULTS: [string, number, (r: RosterRow, rows: RosterRow[], k: number) => void][] = [
  [
    'id.checksum',
    0.01,
    (r) => {
      const id = r.person.id;
      r.id = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    },
  ],
  [
    'id.precision-lost',
    0.005,
    (r) => {
      r.id = Number(r.person.id.slice(0, 17) + '0');
    },
  ],
  [
    'id.unnormalized',
    0.003,
    (r) => {
      r.id = FULL(r.person.id);
    },
  ],
  [
    'id.legacy-15',
    0.002,
    (r) => {
      const id = r.person.id;
      r.id = id.slice(0, 6) + id.slice(8, 17);
    },
  ],
  [
    'id.birth-invalid',
    0.002,
    (r) => {
      const body = r.person.id.slice(0, 6) + '19900230' + r.person.id.slice(14, 17);
      r.id = body + checkDigit(body);
    },
  ],
  [
    'dup.id',
    0.01,
    (r, rows, k) => {
      if (k > 0) {
        const o = rows[k - 1 - ((k * 7919) % Math.min(k, 5000))];
        r.person = { ...r.person, name: o.person.name, gender: o.person.gender };
        r.id = o.id;
      }
    },
  ],
  [
    'rate.mismatch',
    0.01,
    (r) => {
      r.person = { ...r.person, amount: r.person.amount + 100 };
    },
  ],
  [
    'occ.unknown',
    0.003,
    (r) => {
      r.person = { ...r.person, occupation: '电焊工' };
    },
  ],
  [
    'dates.invalid',
    0.003,
    (r) => {
      r.person = { ...r.person, start: r.person.end, end: r.person.start };
    },
  ],
  [
    'hours.below-minimum',
    0.003,
    (r) => {
      r.person = { ...r.person, hours: 16 };
    },
  ],
  [
    'field.missing',
    0.002,
    (r) => {
      r.person = { ...r.person, name: '' };
    },
  ],
  [
    'phone.invalid',
    0.002,
    (r) => {
      r.person = { ...r.person, phone: r.person.phone.slice(0, 10) };
    },
  ],
];

/** n rows with planted faults (deterministic); plan counts the rows of each fault. */
export function faultyRows(n: number, seed = 6): { rows: RosterRow[]; plan: Record<string, number> } {
  const people = makePeople(n, seed);
  const r = rng(seed * 31 + 7);
  const rows: RosterRow[] = [];
  const plan: Record<string, number> = {};
  for (let k = 0; k < n; k++) {
    const row: RosterRow = { person: people[k], id: people[k].id };
    rows.push(row);
    let x = r();
    for (const [code, share, apply] of FAULTS) {
      if (x < share) {
        apply(row, rows, k);
        plan[code] = (plan[code] ?? 0) + 1;
        break;
      }
      x -= share;
    }
  }
  return { rows, plan };
}

const FORMATS = [
  'General',
  'General',
  'General',
  '@',
  'General',
  'General',
  'General',
  'General',
  'General',
  'yyyy-mm-dd',
  'yyyy-mm-dd',
  'General',
  'General',
  '#,##0.00',
  'General',
];

/** The line of cells of one trainee, as ExcelJS values. */
export function rowValues(row: RosterRow, seq: number): ExcelJS.CellValue[] {
  const p = row.person;
  return [
    seq,
    p.name || null,
    p.gender,
    row.id,
    p.phone,
    p.occupation,
    p.category,
    p.certType,
    p.level || null,
    utcDate(p.start),
    utcDate(p.end),
    p.hours,
    p.personType,
    p.amount,
    p.remark || null,
  ];
}

/** The roster as the .xlsx reader would hand it to the engine: header at row 1, values, texts, formats. */
export function rosterGrid(rows: RosterRow[]): Grid {
  const values: CellValue[][] = [SAMPLE_HEADERS.slice()];
  const texts: string[][] = [SAMPLE_HEADERS.slice()];
  const formats: string[][] = [SAMPLE_HEADERS.map(() => 'General')];
  rows.forEach((row, k) => {
    const raw = rowValues(row, k + 1);
    const v: CellValue[] = [];
    const t: string[] = [];
    const f: string[] = [];
    raw.forEach((x, c) => {
      const value: CellValue = x instanceof Date ? dateToSerial(x) : (x as CellValue);
      const numFmt = c === 3 && typeof x === 'number' ? 'General' : FORMATS[c];
      v.push(value);
      t.push(displayText(x, value, numFmt));
      f.push(numFmt);
    });
    values.push(v);
    texts.push(t);
    formats.push(f);
  });
  return { originRow: 1, originCol: 1, values, texts, formats };
}

/** Extra formula columns after the roster (the peer "formula approach"); data rows 2..n+1. */
export type FormulaColumns = (
  sheetRow: number,
  lastRow: number,
) => { header: string; formula: string; result?: boolean }[];

/** Writes the roster with the streaming writer (as test/fixtures writeBigRoster does), optionally with formula columns. */
export async function writeRosterXlsx(file: string, rows: RosterRow[], formulas?: FormulaColumns): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('花名册');
  const last = rows.length + 1;
  const extraHeaders = formulas ? formulas(2, last).map((c) => c.header) : [];
  ws.addRow([...SAMPLE_HEADERS, ...extraHeaders]).commit();
  rows.forEach((row, k) => {
    const extra = formulas ? formulas(k + 2, last).map((c) => ({ formula: c.formula, result: c.result })) : [];
    const r = ws.addRow([...rowValues(row, k + 1), ...extra]);
    if (typeof row.id === 'string') r.getCell(4).numFmt = '@';
    r.getCell(10).numFmt = 'yyyy-mm-dd';
    r.getCell(11).numFmt = 'yyyy-mm-dd';
    r.commit();
  });
  await wb.commit();
}
