// The JSON report (schemaVersion 1): one document per roster file.
import { type Catalog, colLetter, InputError, type Locale, noteText, type Policy } from '../core';
import { DamagedError } from '../xlsx/damaged';
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
  /** a finding on a merged value (row: the block's top row): the trainee rows it concerns */
  rows?: number[];
  /** and the merged block, e.g. N8:N11 */
  area?: string;
}

export interface JsonReport {
  schemaVersion: 1;
  file: string;
  sheet: string;
  /** why this sheet was checked (the other sheets passed over and why) */
  sheetReason?: string;
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
  /** 'xlsx' when the input was another format: the marked copy is an .xlsx workbook all the same */
  outFormat?: 'xlsx';
}

export function jsonReport(r: FileReport, policy: Policy, catalog: Catalog, locale: Locale = 'zh-CN'): JsonReport {
  const { layout, findings, summary, byRule, trainees } = r.result;
  const doc: JsonReport = {
    schemaVersion: 1,
    file: r.file,
    sheet: r.sheet,
    ...(r.sheetReason ? { sheetReason: locale === 'zh-CN' ? r.sheetReason.zh : r.sheetReason.en } : {}),
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
      ...(f.rows && f.area ? { rows: f.rows, area: f.area } : {}),
    })),
    summary,
    byRule,
    trainees: trainees.length,
    totalRow: layout.totalRow ?? null,
    notes: layout.notes.map((n) => noteText(n, locale)),
    missing: layout.missing,
    catalog: { source: catalog.source, sample: catalog.sample },
  };
  if (r.out) doc.out = r.out;
  if (r.out && r.format) doc.outFormat = 'xlsx';
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
export function jsonFailure(
  file: string,
  code: string,
  message: string,
): { schemaVersion: 1; file: string; error: JsonError } {
  return { schemaVersion: 1, file, error: { code, message, file } };
}

/** The document printed on stdout under --format json when the command fails before any report (exit 2). */
export function jsonError(
  code: string,
  message: string,
  file: string | null = null,
): { schemaVersion: 1; error: JsonError } {
  return { schemaVersion: 1, error: { code, message, file } };
}
