// The ledger figures, measured by the ledger engineer's bench/ledger.ts (run as a child; it prints
// one line per stage) and parsed here.
import * as path from 'path';
import { runChild } from './stats';

export interface LedgerFigures {
  records: number;
  rosterRows: number;
  /** ms per stage, as printed: generate, in memory build/check, SQLite import/lookup/check */
  stages: Record<string, number>;
  /** in memory: full index by ID key, then check against it */
  memoryMs: number;
  /** in memory: one pass over the ledger picking the roster's people, then check against those */
  memoryPickMs: number;
  /** SQLite with the ledger already imported: batched lookup and check */
  sqliteMs: number;
  sqliteImportMs: number;
  findings: number | null;
  sameAsMemory: boolean | null;
  maxRssBytes: number;
  output: string;
}

const STAGE = /^\s+(.+?)\s{2,}(\d+) ms/;

export async function runLedgerBench(records: number, rosterRows: number): Promise<LedgerFigures> {
  const script = path.join(__dirname, 'ledger.js');
  const run = await runChild(
    process.execPath,
    ['--require', path.join(__dirname, 'rss-preload.js'), script, String(records), String(rosterRows)],
    { timeoutMs: 600_000 },
  );
  if (run.code !== 0) throw new Error(`bench/ledger.ts failed (${run.code}): ${run.stderr.slice(0, 1000)}`);
  const stages: Record<string, number> = {};
  for (const line of run.stdout.split('\n')) {
    const m = STAGE.exec(line);
    if (m) stages[m[1].trim()] = Number(m[2]);
  }
  const get = (re: RegExp) => Object.entries(stages).find(([k]) => re.test(k))?.[1] ?? NaN;
  const found = /\(([\d,]+) findings/.exec(run.stdout);
  const same = /same as in memory: (true|false)/.exec(run.stdout);
  return {
    records,
    rosterRows,
    stages,
    memoryMs: get(/in memory: full index/) + get(/in memory: check against the full/),
    memoryPickMs: get(/in memory: one pass/) + get(/in memory: check against those/),
    sqliteMs: get(/SQLite: batched lookup/) + get(/SQLite: check/),
    sqliteImportMs: get(/SQLite: import/),
    findings: found ? Number(found[1].replace(/,/g, '')) : null,
    sameAsMemory: same ? same[1] === 'true' : null,
    maxRssBytes: run.maxRssBytes,
    output: run.stdout.trim(),
  };
}
