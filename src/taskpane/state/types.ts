// The task pane's state and the actions that change it. Pure data: no host, no DOM.
import type {
  CheckResult,
  Field,
  Grid,
  Locale,
  MappingOverride,
  MarkStats,
  Policy,
  Progress,
  RosterLayout,
  Severity,
} from '../../core';
import type { FixPlan } from '../../core';
import type { LedgerAction, LedgerState } from './ledger';
import type { InfoDraft, InfoErrors } from './info';

export type CatalogRows = (string | number | boolean | null)[][];

export type CatalogChoice =
  { kind: 'sample' } | { kind: 'sheet'; sheet: string } | { kind: 'file'; name: string; rows: CatalogRows };

export interface CustomPolicy {
  source: string;
  policy: Policy;
  /** the parsed JSON, saved in the document so the profile can be restored */
  json: unknown;
}

export type Phase = 'loading' | 'idle' | 'running' | 'clearing' | 'claiming';

/** What the last 生成申报材料 wrote, for the pane's totals. */
export interface ClaimSummary {
  persons: number;
  fen: number;
  /** roster rows left out (未纳入) */
  excluded: number;
  sheets: string[];
  /** where the 未纳入 section starts on the summary sheet (1-based row), null when there is none */
  excludedAt: { sheet: string; row: number } | null;
  includeErrorRows: boolean;
}

export interface Notice {
  intent: 'error' | 'warning' | 'success' | 'info';
  text: string;
}

export interface Filters {
  rule: string;
  severity: Severity | 'all';
}

export interface PaneState {
  locale: Locale;
  phase: Phase;
  useSelection: boolean;
  sheetName?: string;
  fromSelection: boolean;
  /** false when the host could not list merged cells */
  mergesRead?: boolean;
  /** when the active sheet holds no roster: the sheets that do */
  rosterSheets?: string[];
  grid?: Grid;
  layout?: RosterLayout;
  layoutError?: string;
  mapping: MappingOverride;
  policyId: string;
  customPolicy?: CustomPolicy;
  policyError?: string;
  catalog: CatalogChoice;
  catalogError?: string;
  /** entries of the catalog last parsed (file or sheet), for the label */
  catalogEntries?: number;
  sheets: string[];
  progress?: Progress;
  result?: CheckResult;
  /** the sheet the result belongs to (for selectCell) */
  resultSheet?: string;
  usedSample: boolean;
  notice?: Notice;
  filters: Filters;
  page: number;
  /** the 补贴台账 section */
  ledger: LedgerState;
  /** the 申报信息 form as typed, its field errors, and the include-rows-with-errors switch */
  info: InfoDraft;
  infoErrors: InfoErrors;
  includeErrorRows: boolean;
  /** claim rows whose certificate has no rate in the policy (assemble --include-unrated) */
  includeUnrated?: boolean;
  claim?: ClaimSummary;
  /** the result no longer matches the sheet (rows edited since) or the settings (setting: true) */
  stale?: { rows: number[]; setting: boolean };
  /** the selection on the checked sheet (A1 form), for the findings that follow it */
  selection?: string;
  /** a fix computed and shown, waiting for the clerk's click */
  fixPreview?: FixPlan;
}

export const CUSTOM_POLICY_ID = 'custom';

export type Action =
  | { type: 'loading' }
  | { type: 'sheetsListed'; sheets: string[] }
  | {
      type: 'rosterRead';
      sheetName: string;
      fromSelection: boolean;
      grid: Grid;
      layout?: RosterLayout;
      layoutError?: string;
      mergesRead?: boolean;
    }
  | { type: 'rosterSheets'; sheets: string[] }
  | { type: 'layoutChanged'; layout?: RosterLayout; layoutError?: string }
  | { type: 'setUseSelection'; value: boolean }
  | { type: 'setMapping'; field: Field; col: number }
  | { type: 'restoreMapping'; mapping: MappingOverride }
  | { type: 'setPolicy'; id: string }
  | { type: 'customPolicyLoaded'; custom: CustomPolicy }
  | { type: 'policyError'; message?: string }
  | { type: 'setCatalog'; choice: CatalogChoice; entries?: number }
  | { type: 'catalogError'; message?: string }
  | { type: 'runStarted' }
  | { type: 'progress'; progress: Progress }
  | { type: 'checked'; result: CheckResult; sheetName: string; usedSample: boolean }
  | { type: 'marked'; stats: MarkStats }
  | { type: 'runEnded'; notice?: Notice }
  | { type: 'clearStarted' }
  | { type: 'notice'; notice?: Notice }
  | { type: 'setFilters'; filters: Partial<Filters> }
  | { type: 'setPage'; page: number }
  | { type: 'ledger'; action: LedgerAction }
  | { type: 'setInfo'; field: keyof InfoDraft; value: string | boolean }
  | { type: 'restoreInfo'; info: InfoDraft }
  | { type: 'infoErrors'; errors: InfoErrors }
  | { type: 'setIncludeErrors'; value: boolean }
  | { type: 'setIncludeUnrated'; value: boolean }
  | { type: 'claimStarted' }
  | { type: 'claimWritten'; claim: ClaimSummary }
  | { type: 'stale'; rows?: number[]; setting?: boolean }
  | { type: 'selection'; address?: string }
  | { type: 'fixPreview'; plan?: FixPlan };
