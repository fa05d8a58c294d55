// The JSON report (schemaVersion 1): one document per roster file.
import { colLetter } from '../core/a1';
import type { Catalog } from '../core/catalog';
import type { Policy } from '../core/policy';
import { DamagedError } from '../xlsx/damaged';
import { InputError } from '../xlsx/errors';
import { TooLargeError } from '../xlsx/limits';
import { UsageError } from './usage-error';
import type { FileReport } from './validate';

export interface JsonFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  row: number;
  column: string | null;
  field: string | null;
  message: string;
  related: number[];
}

export interface JsonReport {
  schemaVersion: 1;
  file: string;
  sheet: string;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  columns: { field: string; header: string; column: string }[];
  policy: string;
  findings: JsonFinding[];
  summary: { error: number; warning: number; info: number };
  byRule: Record<string, number>;
  trainees: number;
  totalRow: number | null;
  notes: string[];
  missing: string[];
  catalog: { source: string; sample: boolean };
  out?: string;
}

export function jsonReport(r: FileReport, policy: Policy, catalog: Catalog): JsonReport {
  const { layout, findings, summary, byRule, trainees } = r.result;
  const doc: JsonReport = {
    schemaVersion: 1,
    file: r.file,
    sheet: r.sheet,
    headerRows: layout.headerRows,
    firstDataRow: layout.firstDataRow,
    lastDataRow: layout.lastDataRow,
    columns: layout.columns.map((c) => ({ field: c.field, header: c.header, column: colLetter(c.col) })),
    policy: policy.id,
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      row: f.row,
      column: f.col > 0 ? colLetter(f.col) : null,
      field: f.field ?? null,
      message: f.message ?? f.code,
      related: f.related ?? [],
    })),
    summary,
    byRule,
    trainees: trainees.length,
    totalRow: layout.totalRow ?? null,
    notes: layout.notes,
    missing: layout.missing,
    catalog: { source: catalog.source, sample: catalog.sample },
  };
  if (r.out) doc.out = r.out;
  return doc;
}

export interface JsonError {
  /** usage, input, too-large, damaged, columns-missing, internal */
  code: string;
  message: string;
  file: string | null;
}

/** The JSON code of an error that ends in exit status 2. */
export function errorCode(e: unknown): string {
  if (e instanceof UsageError) return 'usage';
  if (e instanceof TooLargeError) return 'too-large';
  if (e instanceof DamagedError) return 'damaged';
  if (e instanceof InputError) return 'input';
  return 'internal';
}

/** A file that could not be read at all. */
export function jsonFailure(file: string, code: string, message: string): { schemaVersion: 1; file: string; error: JsonError } {
  return { schemaVersion: 1, file, error: { code, message, file } };
}

/** The document printed on stdout under --format json when the command fails before any report (exit 2). */
export function jsonError(code: string, message: string, file: string | null = null): { schemaVersion: 1; error: JsonError } {
  return { schemaVersion: 1, error: { code, message, file } };
}
