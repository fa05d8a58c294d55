// Messages between the CLI and its check workers: plain data only (structured clone).
import type { Catalog, Finding, Grid, Locale, MappingOverride, Policy, RosterLayout } from '../../core';
import type { FileReport } from '../validate';

export interface WorkerInit {
  policy: Policy;
  catalog: Catalog;
  locale: Locale;
  sheet?: string;
  map: MappingOverride;
}

export type WorkerJob =
  | { kind: 'check'; file: string }
  | {
      kind: 'mark';
      file: string;
      out: string;
      sheet: string;
      layout: RosterLayout;
      findings: Finding[];
      format?: FileReport['format'];
    };

/** A checked roster without its Trainee objects (they read the grid lazily and do not clone). */
export type CheckedPlain = Omit<FileReport, 'result' | 'out'> & {
  grid: Grid;
  layout: RosterLayout;
  findings: Finding[];
  summary: { error: number; warning: number; info: number };
  byRule: Record<string, number>;
};

export type WorkerReply =
  | { ok: true; kind: 'check'; checked: CheckedPlain[] }
  | { ok: true; kind: 'mark'; out: string }
  | { ok: false; error: { zh: string; en: string; code: string } };
