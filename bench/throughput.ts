// The figures of issues 17, 14 and 12, each a child process timed from spawn to exit with its peak RSS
// and CPU time: the floor of reading (unzip + scan the sheet XML), `validate` without --out at
// 100,000 rows beside it, `assemble` at 100,000 rows, an inbox of 200 rosters with --jobs 1 and
// --jobs = cores, the hostile corpus and a roster of 1,048,576 rows (Excel's last row).
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildCorpus } from '../test/hostile/corpus';
import { SAMPLE_HEADERS } from '../test/fixtures/sample';
import type { FloorChildResult } from './floor-child';
import { faultyRows, rowValues, writeRosterXlsx } from './roster';
import { median, ROOT, RSS_PRELOAD, runChild, runNodeJson, type ChildRun } from './stats';

const BIN = path.join(ROOT, 'bin', 'roster-check.js');
const INFO = path.join(ROOT, 'examples', 'claim-info.json');

export interface Timed {
  /** medians of the runs */
  seconds: number;
  cpuSeconds: number;
  maxRssBytes: number;
  runs: number[];
}

export interface ThroughputResults {
  floor?: FloorChildResult & { seconds: number; cpuSeconds: number; maxRssBytes: number };
  validate?: Timed & { findings: number };
  assemble?: Timed & { claimed: string };
  inbox?: { files: number; rowsEach: number; jobs: number; one: Timed; many: Timed; ratio: number; same: boolean };
  hostile?: { files: number; maxRssBytes: number; worst: string; exits: Record<string, number> };
  fullSheet?: { rows: number; fileBytes: number; seconds: number; maxRssBytes: number; exit: number; said: string };
}

function cli(args: string[], timeoutMs = 900_000): Promise<ChildRun> {
  return runChild(process.execPath, ['--require', RSS_PRELOAD, BIN, ...args], { timeoutMs });
}

function ok(run: ChildRun, what: string, codes = [0, 1]): ChildRun {
  if (run.timedOut) throw new Error(`${what}: timed out`);
  if (!codes.includes(run.code ?? -1)) throw new Error(`${what} failed (${run.code}): ${run.stderr.slice(0, 800)}`);
  return run;
}

function timed(runs: ChildRun[]): Timed {
  return {
    seconds: median(runs.map((r) => r.seconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    maxRssBytes: Math.max(...runs.map((r) => r.maxRssBytes)),
    runs: runs.map((r) => r.seconds),
  };
}

/** The floor: unzipping and scanning the sheet XML of the file (best of a warm process, median of runs). */
export async function floorFigures(file: string, runs: number): Promise<NonNullable<ThroughputResults['floor']>> {
  const { result, run } = await runNodeJson<FloorChildResult>('floor-child.js', [file, String(runs)]);
  return {
    ...result,
    seconds: median(result.ms) / 1000,
    cpuSeconds: median(result.cpuMs) / 1000,
    maxRssBytes: run.maxRssBytes,
  };
}

/** `validate FILE --format json`, no --out: read and check only. */
export async function validateFigures(file: string, runs: number): Promise<NonNullable<ThroughputResults['validate']>> {
  const all: ChildRun[] = [];
  for (let i = 0; i < runs; i++) all.push(ok(await cli(['validate', file, '--format', 'json']), 'validate'));
  const doc = JSON.parse(all[0].stdout) as { findings: unknown[] };
  return { ...timed(all), findings: doc.findings.length };
}

/** `assemble FILE --info … --out …`: check, build and write the claim papers. */
export async function assembleFigures(
  file: string,
  dir: string,
  runs: number,
): Promise<NonNullable<ThroughputResults['assemble']>> {
  const all: ChildRun[] = [];
  const out = path.join(dir, 'claim.xlsx');
  for (let i = 0; i < runs; i++) {
    await fs.rm(out, { force: true });
    const args = ['assemble', file, '--info', INFO, '--out', out, '--date', '2021-05-20'];
    all.push(ok(await cli(args), 'assemble', [0]));
  }
  const claimed = /申领 (\d+) 人/.exec(all[0].stdout)?.[1] ?? '?';
  return { ...timed(all), claimed };
}

/** files rosters of rowsEach rows in a folder, then `validate DIR` with --jobs 1 and --jobs = cores. */
export async function inboxFigures(
  dir: string,
  files: number,
  rowsEach: number,
  runs: number,
): Promise<NonNullable<ThroughputResults['inbox']>> {
  const inbox = path.join(dir, 'inbox');
  await fs.mkdir(inbox, { recursive: true });
  for (let k = 0; k < files; k++) {
    const { rows } = faultyRows(rowsEach, 100 + k);
    await writeRosterXlsx(path.join(inbox, `roster-${String(k + 1).padStart(3, '0')}.xlsx`), rows);
  }
  const jobs = os.cpus().length;
  const one: ChildRun[] = [];
  const many: ChildRun[] = [];
  // alternately, so a change in the machine's load hits both alike
  for (let i = 0; i < runs; i++) {
    one.push(ok(await cli(['validate', inbox, '--jobs', '1', '--format', 'json']), 'validate --jobs 1'));
    many.push(ok(await cli(['validate', inbox, '--jobs', String(jobs), '--format', 'json']), `--jobs ${jobs}`));
  }
  const a = timed(one);
  const b = timed(many);
  return {
    files,
    rowsEach,
    jobs,
    one: a,
    many: b,
    ratio: a.seconds / b.seconds,
    same: one[0].stdout === many[0].stdout,
  };
}

/** The hostile corpus (test/hostile's generator, big bombs included), `validate` on each file. */
export async function hostileFigures(dir: string): Promise<NonNullable<ThroughputResults['hostile']>> {
  const corpus = await buildCorpus(path.join(dir, 'hostile'), true);
  let maxRssBytes = 0;
  let worst = '';
  const exits: Record<string, number> = {};
  for (const f of corpus) {
    const run = await cli(['validate', f.file, '--format', 'json'], 300_000);
    if (run.timedOut) throw new Error(`hostile ${f.name}: timed out`);
    exits[f.name] = run.code ?? -1;
    if (run.maxRssBytes > maxRssBytes) {
      maxRssBytes = run.maxRssBytes;
      worst = f.name;
    }
  }
  return { files: corpus.length, maxRssBytes, worst, exits };
}

/**
 * A roster filling every row Excel has (1,048,576: the header and 1,048,575 trainees; the rows of a
 * 100,000-row roster repeated), checked with the default limits: the peak RSS, and what it said.
 */
export async function fullSheetFigures(dir: string): Promise<NonNullable<ThroughputResults['fullSheet']>> {
  const file = path.join(dir, 'roster-1048576.xlsx');
  const rows = 1_048_575;
  const { rows: base } = faultyRows(100_000);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('花名册');
  ws.addRow([...SAMPLE_HEADERS]).commit();
  for (let k = 0; k < rows; k++) {
    const row = base[k % base.length];
    const r = ws.addRow(rowValues(row, k + 1));
    if (typeof row.id === 'string') r.getCell(4).numFmt = '@';
    r.getCell(10).numFmt = 'yyyy-mm-dd';
    r.getCell(11).numFmt = 'yyyy-mm-dd';
    r.commit();
  }
  await wb.commit();
  const fileBytes = (await fs.stat(file)).size;
  const run = await cli(['validate', file, '--format', 'json']);
  if (run.timedOut) throw new Error('1,048,576 rows: timed out');
  let said = run.stderr.split('\n').find((l) => l.trim()) ?? '';
  try {
    const doc = JSON.parse(run.stdout) as { trainees?: number; error?: { message: string } };
    said = doc.error ? doc.error.message : `a report of ${doc.trainees} trainees${said ? `; ${said}` : ''}`;
  } catch {
    /* no JSON: stderr says why */
  }
  await fs.rm(file, { force: true });
  return { rows: rows + 1, fileBytes, seconds: run.seconds, maxRssBytes: run.maxRssBytes, exit: run.code ?? -1, said };
}
