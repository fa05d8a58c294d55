// Messages between the CLI and its check workers: plain data only (structured clone). A worker is
// started before the policy is loaded; its first message is the init, then one job after another,
// each answered with one reply, in order.
import type { Catalog, Finding, Locale, MappingOverride, Policy, RosterLayout } from '../../core';
import type { Limits } from '../../xlsx/zip-limits';
import type { FileReport } from '../validate';
import type { People } from './people';

export interface WorkerInit {
  policy: Policy;
  catalog: Catalog;
  locale: Locale;
  sheet?: string;
  map: MappingOverride;
  /** the reader's size limits of this run (--max-size): module state, so each worker sets its own */
  limits: Limits;
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

export type WorkerMessage = { kind: 'init'; init: WorkerInit } | WorkerJob;

/**
 * A checked roster without its grid and Trainee objects: what the report, the summary and the
 * cross-roster checks read (the institution line, and the people as columns).
 */
export type CheckedPlain = Omit<FileReport, 'result' | 'out'> & {
  institution: string;
  people: People;
  layout: RosterLayout;
  findings: Finding[];
  summary: { error: number; warning: number; info: number };
  byRule: Record<string, number>;
};

export type WorkerReply =
  | { ok: true; kind: 'check'; checked: CheckedPlain[] }
  | { ok: true; kind: 'mark'; out: string }
  | { ok: false; error: { zh: string; en: string; code: string } };
