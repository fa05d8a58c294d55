// The two jobs a worker (or, without workers, this thread) does for one roster: check it, mark it.
import * as path from 'path';
import { readTrainees } from '../../core/layout/read';
import type { Locale } from '../../core/types';
import { InputError } from '../../xlsx/errors';
import { writeMarkedCopy } from '../../xlsx/marked-copy';
import type { ValidateArgs } from '../args';
import { checkFile, type FileReport } from '../validate';
import type { CheckedPlain, WorkerInit, WorkerJob } from './worker-protocol';

/** Reads and checks one roster; the result without Trainee objects, for posting between threads. */
export async function checkRosterPlain(file: string, init: WorkerInit): Promise<CheckedPlain> {
  const args = { sheet: init.sheet, map: init.map } as ValidateArgs;
  const r = await checkFile(file, args, init.policy, init.catalog, init.locale);
  const { layout, findings, summary, byRule } = r.result;
  return { file, sheet: r.sheet, grid: r.grid, layout, findings, summary, byRule, headersFound: r.headersFound };
}

/** A checked roster as the single-file code knows it, its trainees read again from the grid. */
export function fromPlain(c: CheckedPlain): FileReport & { grid: CheckedPlain['grid'] } {
  const trainees = readTrainees(c.grid, c.layout);
  return {
    file: c.file,
    sheet: c.sheet,
    grid: c.grid,
    headersFound: c.headersFound,
    result: { layout: c.layout, trainees, findings: c.findings, summary: c.summary, byRule: c.byRule },
  };
}

/** Writes one marked copy. */
export async function markRoster(job: Extract<WorkerJob, { kind: 'mark' }>, locale: Locale): Promise<void> {
  await writeMarkedCopy(job.file, job.out, job.sheet, job.layout, job.findings, { locale, file: path.basename(job.file) });
}

/** An error as the two texts the CLI prints: the tool's own message, or one line for anything else. */
export function errorPair(e: unknown): { zh: string; en: string } {
  if (e instanceof InputError) return { zh: e.message, en: e.en };
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return { zh: `内部错误：${msg}`, en: `internal error: ${msg}` };
}
