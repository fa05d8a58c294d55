// Child process: the core engine alone on an in-memory roster. Prints JSON on stdout.
// usage: node core-child.js ROWS RUNS
import { SAMPLE_CATALOG } from '../src/core/catalog';
import { checkGrid } from '../src/core/engine';
import { getBuiltinPolicy } from '../src/core/policy';
import { faultyRows, rosterGrid } from './roster';
import { PerformanceObserver } from 'perf_hooks';
import { nowMs } from './stats';

export interface CoreChildResult {
  rows: number;
  ms: number[];
  /** CPU time (user + system) of each counted run: what the check costs whatever the machine's load */
  cpuMs: number[];
  /**
   * per counted run: minor page faults (a first touch of a fresh 4 KB page; on the bench's VM each costs
   * ~22 µs, so fresh memory is a large part of a check's time) and ms of garbage collection (main thread)
   */
  faults: number[];
  gcMs: number[];
  /** the first run of the process (cold: JIT not warmed up), wall and CPU ms; never counted in ms/cpuMs */
  coldMs: number;
  coldCpuMs: number;
  /** uncounted runs before the counted ones, the cold one included: until two in a row after the cold one agree within 10 %, at most WARMUP_CAP */
  warmups: number;
  findings: number;
  byRule: Record<string, number>;
  plan: Record<string, number>;
  /** RSS with the grid built, before the first check */
  rssBeforeBytes: number;
  /** peak RSS of the process while checking (sampled after each run; maxRSS is reported by the preload) */
  rssAfterBytes: number;
}

/** Two consecutive warm-up runs within this ratio of each other: the JIT has settled. */
const SETTLED = 0.1;
const WARMUP_CAP = 5;

/** every collection: start (performance.now() time) and duration; told after the fact, read at the end */
const collections: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

/** ms of the collections that started within [from, to) */
function gcWithin(from: number, to: number): number {
  return collections.filter((c) => c.start >= from && c.start < to).reduce((sum, c) => sum + c.ms, 0);
}

async function main(): Promise<void> {
  const n = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 3);
  const policy = getBuiltinPolicy('zhengzhou-2021');
  if (!policy) throw new Error('no built-in policy zhengzhou-2021');
  const { rows, plan } = faultyRows(n);
  const grid = rosterGrid(rows);
  rows.length = 0;
  if (global.gc) global.gc();
  const rssBeforeBytes = process.memoryUsage().rss;
  const ms: number[] = [];
  const cpuMs: number[] = [];
  const faults: number[] = [];
  const gcMs: number[] = [];
  let findings = 0;
  let byRule: Record<string, number> = {};
  let rssAfterBytes = 0;
  const check = () => checkGrid(grid, { policy, catalog: SAMPLE_CATALOG, today: { y: 2021, m: 4, d: 10 } });
  const timed = (): { wall: number; cpu: number; result: ReturnType<typeof check> } => {
    const t0 = nowMs();
    const c0 = process.cpuUsage();
    const result = check();
    const c = process.cpuUsage(c0);
    rssAfterBytes = Math.max(rssAfterBytes, process.memoryUsage().rss);
    return { wall: nowMs() - t0, cpu: (c.user + c.system) / 1000, result };
  };
  // warm-up, not counted: the first (cold) run is reported on its own; then until the JIT settles.
  // The cold run is never one of the two that must agree: a cold run close to the next one by chance
  // (both slow) said "settled" while the counted runs were still recompiling.
  const cold = timed();
  let warmups = 1;
  let previous = -1;
  while (warmups < WARMUP_CAP) {
    const w = timed().wall;
    warmups++;
    if (previous >= 0 && Math.abs(w - previous) <= SETTLED * Math.max(w, previous)) break;
    previous = w;
  }
  const windows: [number, number][] = [];
  for (let i = 0; i < runs; i++) {
    const f0 = process.resourceUsage().minorPageFault;
    const from = performance.now();
    const r = timed();
    windows.push([from, performance.now()]);
    faults.push(process.resourceUsage().minorPageFault - f0);
    ms.push(r.wall);
    cpuMs.push(r.cpu);
    findings = r.result.findings.length;
    byRule = r.result.byRule;
  }
  await settle();
  for (const [from, to] of windows) gcMs.push(gcWithin(from, to));
  const out: CoreChildResult = {
    rows: n,
    ms,
    cpuMs,
    faults,
    gcMs,
    coldMs: cold.wall,
    coldCpuMs: cold.cpu,
    warmups,
    findings,
    byRule,
    plan,
    rssBeforeBytes,
    rssAfterBytes,
  };
  process.stdout.write(JSON.stringify(out));
}

void main();
