// The CLI end to end on an .xlsx: read, check, write the marked copy, in a child process.
import * as path from 'path';
import { ROOT, RSS_PRELOAD, runChild } from './stats';

export interface CliRun {
  seconds: number;
  maxRssBytes: number;
  findings: number;
  trainees: number;
}

export async function runCli(file: string, out: string, timeoutMs = 600_000): Promise<CliRun> {
  const bin = path.join(ROOT, 'bin', 'roster-check.js');
  const run = await runChild(
    process.execPath,
    ['--require', RSS_PRELOAD, bin, 'validate', file, '--out', out, '--format', 'json'],
    { timeoutMs },
  );
  if (run.timedOut) throw new Error(`roster-check timed out after ${timeoutMs / 1000} s`);
  // exit status 1 means "errors found", which a faulty roster has
  if (run.code !== 0 && run.code !== 1)
    throw new Error(`roster-check failed (${run.code}): ${run.stderr.slice(0, 1000)}`);
  const doc = JSON.parse(run.stdout) as { findings: unknown[]; trainees: number };
  return { seconds: run.seconds, maxRssBytes: run.maxRssBytes, findings: doc.findings.length, trainees: doc.trainees };
}
