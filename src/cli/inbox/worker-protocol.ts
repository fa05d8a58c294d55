// Messages between the CLI and its check workers: plain data only (structured clone).
import type { Catalog } from '../../core/catalog';
import type { MappingOverride } from '../../core/layout/detect';
import type { Policy } from '../../core/policy';
import type { Finding, Grid, Locale, RosterLayout } from '../../core/types';

export interface WorkerInit {
  policy: Policy;
  catalog: Catalog;
  locale: Locale;
  sheet?: string;
  map: MappingOverride;
}

export type WorkerJob =
  | { kind: 'check'; file: string }
  | { kind: 'mark'; file: string; out: string; sheet: string; layout: RosterLayout; findings: Finding[] };

/** A checked roster without its Trainee objects (they read the grid lazily and do not clone). */
export interface CheckedPlain {
  file: string;
  sheet: string;
  grid: Grid;
  layout: RosterLayout;
  findings: Finding[];
  summary: { error: number; warning: number; info: number };
  byRule: Record<string, number>;
  headersFound: { column: string; header: string }[];
}

export type WorkerReply =
  | { ok: true; kind: 'check'; checked: CheckedPlain }
  | { ok: true; kind: 'mark'; out: string }
  | { ok: false; error: { zh: string; en: string } };
