// The two jobs a worker or this thread does for one roster: check it, mark it.
import { findInstitution, InputError } from '../../core';
import type { Grid, Locale } from '../../core';
import type { ValidateArgs } from '../args';
import { checkFileSheets, writeMarked, type FileReport } from '../validate';
import { errorCode } from '../report-json';
import { carryPeople, peopleTrainees } from './people';
import type { CheckedPlain, WorkerInit, WorkerJob, WorkerReply } from './worker-protocol';

/** A checked roster as the main thread keeps it: no grid; its trainees carry what the cross-roster checks read. */
export type Checked = FileReport & { institution: string };

/** A checked roster without its grid (dropped here) and Trainee objects, for posting between threads. */
export function toPlain(r: FileReport & { grid: Grid }): CheckedPlain {
  const { result, grid, out: _out, ...rest } = r;
  void _out;
  const { layout, findings, summary, byRule, trainees } = result;
  const people = carryPeople(trainees, layout);
  return { ...rest, institution: findInstitution(grid), people, layout, findings, summary, byRule };
}

/** Reads and checks the roster sheets of one file; the results in their plain form. */
export async function checkRosterPlain(file: string, init: WorkerInit): Promise<CheckedPlain[]> {
  const args = { sheet: init.sheet, map: init.map } as ValidateArgs;
  const reports = await checkFileSheets(file, args, init.policy, init.catalog, init.locale);
  return reports.map(toPlain);
}

/** A checked roster as the single-file code knows it, its trainees rebuilt from the people's columns. */
export function fromPlain(c: CheckedPlain): Checked {
  const { layout, findings, summary, byRule, people, ...rest } = c;
  return { ...rest, result: { layout, trainees: peopleTrainees(people), findings, summary, byRule } };
}

/** Writes one marked copy. */
export async function markRoster(job: Extract<WorkerJob, { kind: 'mark' }>, locale: Locale): Promise<void> {
  const report: FileReport = {
    file: job.file,
    sheet: job.sheet,
    headersFound: [],
    ...(job.format ? { format: job.format } : {}),
    result: {
      layout: job.layout,
      trainees: [],
      findings: job.findings,
      summary: { error: 0, warning: 0, info: 0 },
      byRule: {},
    },
  };
  await writeMarked(report, job.out, locale);
}

/** An error as the two texts the CLI prints: the tool's own message, or one line for anything else. */
export function errorPair(e: unknown): { zh: string; en: string; code: string } {
  if (e instanceof InputError) return { zh: e.message, en: e.en, code: errorCode(e) };
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return { zh: `内部错误：${msg}`, en: `internal error: ${msg}`, code: errorCode(e) };
}

/** One job, in a worker or in this thread: its reply (a failure is a reply too). */
export async function runJob(job: WorkerJob, init: WorkerInit): Promise<WorkerReply> {
  try {
    if (job.kind === 'check') return { ok: true, kind: 'check', checked: await checkRosterPlain(job.file, init) };
    await markRoster(job, init.locale);
    return { ok: true, kind: 'mark', out: job.out };
  } catch (e) {
    return { ok: false, error: errorPair(e) };
  }
}
