// The core engine's figures at one roster size: its child process (core-child.ts) run and parsed, one
// line printed per figure.
import type { CoreChildResult } from './core-child';
import type { SizeResults } from './results';
import { fmt, line, mb, median, runNodeJson } from './stats';

export async function coreFigures(n: number, runs: number): Promise<SizeResults['core']> {
  const { result, run } = await runNodeJson<CoreChildResult>('core-child.js', [String(n), String(runs)]);
  const ms = median(result.ms);
  const cpu = median(result.cpuMs);
  const core = {
    rowsPerSecond: n / (ms / 1000),
    rowsPerCpuSecond: n / (cpu / 1000),
    ms: result.ms,
    cpuMs: result.cpuMs,
    faults: result.faults,
    gcMs: result.gcMs,
    coldRowsPerSecond: n / (result.coldMs / 1000),
    coldMs: result.coldMs,
    coldCpuMs: result.coldCpuMs,
    warmups: result.warmups,
    findings: result.findings,
    maxRssBytes: run.maxRssBytes,
    rssBeforeBytes: result.rssBeforeBytes,
  };
  line(
    n,
    'core engine (settled)',
    `${fmt(core.rowsPerSecond)} rows/s (${ms.toFixed(1)} ms, median of ${result.ms.length} after ${result.warmups} uncounted warm-up runs; ${result.findings} findings)`,
  );
  line(
    n,
    'core engine (cold)',
    `${fmt(core.coldRowsPerSecond)} rows/s (${result.coldMs.toFixed(1)} ms, ${result.coldCpuMs.toFixed(1)} ms of CPU: the process's first check, JIT cold)`,
  );
  line(
    n,
    'core engine CPU (settled)',
    `${fmt(core.rowsPerCpuSecond)} rows per CPU second (${cpu.toFixed(1)} ms of CPU: what an idle core would give, GC threads included)`,
  );
  line(
    n,
    'core engine GC, faults',
    `${median(result.gcMs).toFixed(1)} ms of garbage collection and ${fmt(median(result.faults))} page faults (fresh 4 KB pages) a check (medians)`,
  );
  line(
    n,
    'core engine memory',
    `peak RSS ${mb(run.maxRssBytes)} MB (${mb(result.rssBeforeBytes)} MB with the grid built, before checking)`,
  );
  return core;
}
