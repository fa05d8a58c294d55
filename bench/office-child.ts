// Child process: the Office.js adapter against the in-memory double, reading a roster and marking
// every fault the engine finds in it. Prints JSON on stdout.
// usage: node office-child.js ROWS
import { SAMPLE_CATALOG } from '../src/core/catalog';
import { checkGrid } from '../src/core/engine';
import { getBuiltinPolicy } from '../src/core/policy';
import { createOfficeHost, DEFAULT_LIMITS, lastStats } from '../src/office';
import { runsOf } from '../src/office/runs';
import { buildWorkbook, installOfficeDouble } from '../test/office-double';
import { faultyRows, rosterGrid } from './roster';
import { nowMs } from './stats';

/** Excel refuses requests and responses above about 5 MB; the double enforces the same. */
const HOST_LIMIT = 5 * 1024 * 1024;
/** the three properties the adapter reads per cell (values, numberFormat, text) */
const READ_PROPS = 3;
/** the adapter's first guess of bytes per cell and property (src/office/read.ts GUESS_BYTES_PER_CELL) */
const GUESS_BYTES_PER_CELL = 40;

export interface OfficeChildResult {
  rows: number;
  cols: number;
  /** rows per read chunk the adapter starts with (its budget over its per-cell guess) */
  chunkRows: number;
  faultyCells: number;
  runs: number;
  findings: number;
  read: { syncs: number; maxRequestBytes: number; maxResponseBytes: number; ms: number };
  mark: {
    syncs: number;
    formatCalls: number;
    noteCalls: number;
    maxRequestBytes: number;
    maxResponseBytes: number;
    ms: number;
  };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2]);
  const policy = getBuiltinPolicy('zhengzhou-2021');
  if (!policy) throw new Error('no built-in policy zhengzhou-2021');
  const grid = rosterGrid(faultyRows(n).rows);
  const checked = checkGrid(grid, { policy, catalog: SAMPLE_CATALOG, today: { y: 2021, m: 4, d: 10 } });
  const cellFindings = checked.findings.filter((f) => f.col > 0);
  const faultyCells = new Set(cellFindings.map((f) => `${f.row}:${f.col}`)).size;
  const runs = runsOf(cellFindings).length;

  const double = installOfficeDouble({ requestLimitBytes: HOST_LIMIT, responseLimitBytes: HOST_LIMIT });
  buildWorkbook(double.model, [{ name: '花名册', rows: grid.values, formats: grid.formats }]);
  const host = createOfficeHost();
  const cols = grid.values[0].length;

  let t0 = nowMs();
  const read = await host.readRoster({ useSelection: false });
  const readMs = nowMs() - t0;
  if (read.grid.values.length !== grid.values.length)
    throw new Error(`read ${read.grid.values.length} rows, expected ${grid.values.length}`);
  const readStats = {
    syncs: lastStats()!.syncs,
    maxRequestBytes: double.stats.maxRequestBytes,
    maxResponseBytes: double.stats.maxResponseBytes,
    ms: readMs,
  };

  double.resetStats();
  t0 = nowMs();
  const marked = await host.writeMarks('花名册', checked, { locale: 'zh-CN' });
  const markMs = nowMs() - t0;
  const st = lastStats()!;
  const out: OfficeChildResult = {
    rows: n,
    cols,
    chunkRows: Math.floor(DEFAULT_LIMITS.budgetBytes / (cols * READ_PROPS * GUESS_BYTES_PER_CELL)),
    faultyCells,
    runs,
    findings: checked.findings.length,
    read: readStats,
    mark: {
      syncs: marked.syncs,
      formatCalls: st.formatCalls,
      noteCalls: st.noteCalls,
      maxRequestBytes: double.stats.maxRequestBytes,
      maxResponseBytes: double.stats.maxResponseBytes,
      ms: markMs,
    },
  };
  double.uninstall();
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
