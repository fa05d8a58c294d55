// The formula approach clerks use today: a COUNTIF repeat column and a check-digit formula column,
// recalculated by LibreOffice headless, on the same roster our CLI checks.
import { promises as fs } from 'fs';
import * as path from 'path';
import Papa from 'papaparse';
import type { RosterRow } from './roster';
import { writeRosterXlsx } from './roster';
import { runChild, type ChildRun } from './stats';

const WEIGHTS = '{7;9;10;5;8;4;2;1;6;3;7;9;10;5;8;4;2}';

/** The two formula columns of data row `row` (rows 2..last), as clerks write them. */
export function clerkFormulas(row: number, last: number): { header: string; formula: string; result: boolean }[] {
  const d = `D${row}`;
  return [
    // stale cached results on purpose: only a real recalculation can turn them into the right answers
    { header: '是否重复', formula: `COUNTIF($D$2:$D$${last},${d})>1`, result: false },
    {
      header: '校验位正确',
      formula: `MID(${d},18,1)=MID("10X98765432",MOD(SUMPRODUCT(--MID(${d},ROW($1:$17),1),${WEIGHTS}),11)+1,1)`,
      result: true,
    },
  ];
}

export function writeFormulaRoster(file: string, rows: RosterRow[]): Promise<void> {
  return writeRosterXlsx(file, rows, clerkFormulas);
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A LibreOffice user profile of our own, set to recalculate .xlsx formulas on load ("Always"). */
export async function makeProfile(dir: string): Promise<string> {
  await fs.mkdir(path.join(dir, 'user'), { recursive: true });
  await fs.writeFile(path.join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return `file://${path.resolve(dir)}`;
}

/** CSV filter: comma, double quote, UTF-8 (76), from line 1. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

/** Converts file to CSV in outDir with soffice; resolves with the run and the CSV path. */
export async function sofficeToCsv(
  profileUrl: string,
  file: string,
  outDir: string,
  timeoutMs: number,
): Promise<{ run: ChildRun; csv: string }> {
  await fs.mkdir(outDir, { recursive: true });
  const csv = path.join(outDir, `${path.basename(file, path.extname(file))}.csv`);
  await fs.rm(csv, { force: true });
  const args = [
    `-env:UserInstallation=${profileUrl}`,
    '--headless',
    '--norestore',
    '--convert-to',
    CSV_FILTER,
    '--outdir',
    outDir,
    file,
  ];
  const run = await runChild('soffice', args, { timeoutMs });
  return { run, csv };
}

export interface FormulaReadBack {
  rows: number;
  /** rows whose repeat column says TRUE */
  repeats: number;
  /** rows whose check column says FALSE (or an error) */
  badCheck: number;
  /** cells of the two columns holding TRUE/FALSE (all of them when LibreOffice recalculated) */
  answered: number;
}

/** Reads the two formula columns (P and Q) back from the CSV. */
export async function readFormulaCsv(csv: string): Promise<FormulaReadBack> {
  const text = await fs.readFile(csv, 'utf8');
  const lines = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
  let repeats = 0;
  let badCheck = 0;
  let answered = 0;
  for (const line of lines) {
    const p = (line[15] ?? '').toUpperCase();
    const q = (line[16] ?? '').toUpperCase();
    if (p === 'TRUE') repeats++;
    if (q !== 'TRUE') badCheck++;
    if (p === 'TRUE' || p === 'FALSE') answered++;
    if (q === 'TRUE' || q === 'FALSE') answered++;
  }
  return { rows: lines.length, repeats, badCheck, answered };
}

/** What the two columns should say, computed here: exact-text repeats of the ID and wrong check characters. */
export function expectedFormulaAnswers(rows: RosterRow[]): { repeats: number; badCheck: number } {
  const count = new Map<string, number>();
  for (const r of rows) count.set(String(r.id), (count.get(String(r.id)) ?? 0) + 1);
  let repeats = 0;
  let badCheck = 0;
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  for (const r of rows) {
    const id = String(r.id);
    if ((count.get(id) ?? 0) > 1) repeats++;
    let sum = 0;
    let ok = id.length >= 18;
    for (let i = 0; ok && i < 17; i++) {
      const c = id.charCodeAt(i) - 48;
      if (c < 0 || c > 9) ok = false;
      else sum += c * W[i];
    }
    if (!ok || '10X98765432'[sum % 11] !== id[17]) badCheck++;
  }
  return { repeats, badCheck };
}
