// The shape of bench/results.json.
import type { IdsChildResult } from './ids-child';
import type { LedgerFigures } from './ledger-run';
import type { OfficeChildResult } from './office-child';
import type { ThroughputResults } from './throughput';
import type { UnitFigures } from './units';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  date: string;
  /** the commit measured; dirty when the working tree had uncommitted changes */
  commit: string;
  libreoffice: string;
  /** 1-minute load average at the start and at the end of the run */
  loadStart: number;
  loadEnd: number;
  /** the highest 1-minute load average seen between the parts of the run */
  loadMax?: number;
}

export interface SizeResults {
  rows: number;
  faults: Record<string, number>;
  core: {
    /** settled: median of the counted runs, after warm-up runs until two in a row after the cold one agree within 10 % (at most 5 runs in all) */
    rowsPerSecond: number;
    rowsPerCpuSecond: number;
    ms: number[];
    cpuMs: number[];
    /** per counted run: minor page faults and ms of GC; absent in results written before they were measured */
    faults?: number[];
    gcMs?: number[];
    /** the child's first check (JIT cold); absent in results written before it was measured */
    coldRowsPerSecond?: number;
    coldMs?: number;
    coldCpuMs?: number;
    /** uncounted runs, the cold one included */
    warmups?: number;
    findings: number;
    maxRssBytes: number;
    rssBeforeBytes: number;
  };
  cli?: { seconds: number; runs: number[]; maxRssBytes: number; findings: number };
  office?: OfficeChildResult & { syncBound: number };
  formula?: {
    seconds: number;
    /** LibreOffice converting the same roster without the formula columns: load and save alone */
    plainSeconds: number;
    oursSeconds: number;
    ratio: number;
    /** LibreOffice did not finish: stopped at the time limit or failed; seconds and ratio are lower bounds */
    timedOut: boolean;
    exit: string;
    recalculated: boolean;
    readBack: { repeats: number; badCheck: number; answered: number; rows: number } | null;
    expected: { repeats: number; badCheck: number };
  };
}

export interface Results {
  quick: boolean;
  machine: Machine;
  sizes: Record<number, SizeResults>;
  ids?: IdsChildResult;
  ledger?: LedgerFigures;
  /** issues 17, 14, 12: the read floor, validate and assemble at 100,000 rows, the inbox, hostile files */
  throughput?: ThroughputResults;
  /** figures that were wall-clock assertions in the unit tests */
  units?: UnitFigures;
  goals?: { goal: string; met: boolean | null; detail: string }[];
}
