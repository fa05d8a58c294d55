// The JSON report (schemaVersion 1): one document per roster file.
import { type Catalog, colLetter, type Policy } from '../core';
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

/** A file that could not be read at all. */
export function jsonFailure(file: string, message: string): { schemaVersion: 1; file: string; error: string } {
  return { schemaVersion: 1, file, error: message };
}
