// Child process: the core engine alone on an in-memory roster. Prints JSON on stdout.
// usage: node core-child.js ROWS RUNS
import { SAMPLE_CATALOG } from '../src/core/catalog';
import { checkGrid } from '../src/core/engine';
import { getBuiltinPolicy } from '../src/core/policy';
import { faultyRows, rosterGrid } from './roster';
import { nowMs } from './stats';

export interface CoreChildResult {
  rows: number;
  ms: number[];
  /** CPU time (user + system) of each counted run: what the check costs whatever the machine's load */
  cpuMs: number[];
  findings: number;
  byRule: Record<string, number>;
  plan: Record<string, number>;
  /** RSS with the grid built, before the first check */
  rssBeforeBytes: number;
  /** peak RSS of the process while checking (sampled after each run; maxRSS is reported by the preload) */
  rssAfterBytes: number;
}

function main(): void {
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
  let findings = 0;
  let byRule: Record<string, number> = {};
  let rssAfterBytes = 0;
  // run 0 warms the JIT up and is not counted
  for (let i = 0; i <= runs; i++) {
    const t0 = nowMs();
    const c0 = process.cpuUsage();
    const result = checkGrid(grid, { policy, catalog: SAMPLE_CATALOG, today: { y: 2021, m: 4, d: 10 } });
    const c = process.cpuUsage(c0);
    if (i > 0) {
      ms.push(nowMs() - t0);
      cpuMs.push((c.user + c.system) / 1000);
    }
    findings = result.findings.length;
    byRule = result.byRule;
    rssAfterBytes = Math.max(rssAfterBytes, process.memoryUsage().rss);
  }
  const out: CoreChildResult = { rows: n, ms, cpuMs, findings, byRule, plan, rssBeforeBytes, rssAfterBytes };
  process.stdout.write(JSON.stringify(out));
}

main();
