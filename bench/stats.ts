// Small helpers of the benchmark: medians, timers, child processes with their peak memory.
import { spawn } from 'child_process';
import * as path from 'path';

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export const MB = 1024 * 1024;

export function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/** The repository root (the compiled bench runs from dist/bench/bench). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The preload that reports a node child's peak RSS on exit (compiled next to this file). */
export const RSS_PRELOAD = path.join(__dirname, 'rss-preload.js');

export interface ChildRun {
  code: number | null;
  seconds: number;
  /** peak resident set of the child in bytes (0 when unknown) */
  maxRssBytes: number;
  /** CPU time of the child (user + system, all its threads) in seconds; 0 when unknown */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const RSS_MARK = /^@@bench-maxrss (\d+)$/m;
const CPU_MARK = /^@@bench-cpu (\d+)$/m;

/**
 * Runs a command, timing it from spawn to exit. A node child started with RSS_PRELOAD prints its
 * peak RSS (KiB, process.resourceUsage().maxRSS) and CPU time (µs) on stderr; those lines are taken
 * out of stderr.
 */
export function runChild(
  cmd: string,
  args: string[],
  opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = nowMs();
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? ROOT,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }, opts.timeoutMs)
      : null;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const seconds = (nowMs() - t0) / 1000;
      let stderr = Buffer.concat(err).toString('utf8');
      const m = RSS_MARK.exec(stderr);
      const maxRssBytes = m ? Number(m[1]) * 1024 : 0;
      const cpu = CPU_MARK.exec(stderr);
      const cpuSeconds = cpu ? Number(cpu[1]) / 1e6 : 0;
      stderr = stderr.replace(RSS_MARK, '').replace(CPU_MARK, '');
      resolve({
        code,
        seconds,
        maxRssBytes,
        cpuSeconds,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        timedOut,
      });
    });
  });
}

/**
 * Runs a compiled bench module as a node child (with the RSS preload); its stdout is JSON. The child
 * may call gc() (--expose-gc) where it means to: the core child collects the garbage of building its
 * roster before the first check, so that no counted check pays for it (without the flag it never could).
 */
export async function runNodeJson<T>(
  script: string,
  args: string[],
  timeoutMs = 600_000,
): Promise<{ result: T; run: ChildRun }> {
  const argv = ['--expose-gc', '--require', RSS_PRELOAD, path.join(__dirname, script), ...args];
  const run = await runChild(process.execPath, argv, {
    timeoutMs,
  });
  if (run.code !== 0) throw new Error(`${script} failed (${run.code}): ${run.stderr.slice(0, 2000)}`);
  return { result: JSON.parse(run.stdout) as T, run };
}

/** Runs fn `runs` times and returns every duration in ms. */
export async function timeRuns(runs: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    await fn();
    out.push(nowMs() - t0);
  }
  return out;
}

export function fmt(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** One printed figure: `[100,000 rows] figure    text`. */
export function line(size: number | string, figure: string, text: string): void {
  const label = typeof size === 'number' ? `${fmt(size)} rows` : size;
  console.log(`[${label}] ${figure.padEnd(26)} ${text}`);
}
