// The two jobs a worker (or, without workers, this thread) does for one roster: check it, mark it.
import { InputError, readTrainees } from '../../core';
import type { Locale } from '../../core';
import type { ValidateArgs } from '../args';
import { checkFileSheets, writeMarked, type FileReport } from '../validate';
import { errorCode } from '../report-json';
import type { CheckedPlain, WorkerInit, WorkerJob } from './worker-protocol';

/** Reads and checks the roster sheets of one file; the results without Trainee objects, for posting between threads. */
export async function checkRosterPlain(file: string, init: WorkerInit): Promise<CheckedPlain[]> {
  const args = { sheet: init.sheet, map: init.map } as ValidateArgs;
  const reports = await checkFileSheets(file, args, init.policy, init.catalog, init.locale);
  return reports.map((r) => {
    const { layout, findings, summary, byRule } = r.result;
    const { result: _r, grid, ...rest } = r;
    void _r;
    return { ...rest, grid, layout, findings, summary, byRule };
  });
}

/** A checked roster as the single-file code knows it, its trainees read again from the grid. */
export function fromPlain(c: CheckedPlain): FileReport & { grid: CheckedPlain['grid'] } {
  const { layout, findings, summary, byRule, ...rest } = c;
  const trainees = readTrainees(c.grid, layout);
  return { ...rest, result: { layout, trainees, findings, summary, byRule } };
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
