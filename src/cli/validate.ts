// Validating one roster file: read, check, optionally write the marked copy.
import * as path from 'path';
import {
  type Catalog, type CellValue, checkGrid, type CheckResult, colLetter, type Field, fieldLabel, type Grid,
  type Locale, type Policy,
} from '../core';
import { writeMarkedCopy } from '../xlsx/marked-copy';
import { readRosterGrid } from '../xlsx/read';
import type { ValidateArgs } from './args';

export interface FileReport {
  file: string;
  sheet: string;
  result: CheckResult;
  /** header texts found, by column letter, when required columns are missing */
  headersFound: { column: string; header: string }[];
  /** the marked copy written, if any */
  out?: string;
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim();
}

/** The headers the user can map from: the detected header rows, else the most header-like early row. */
export function headersFound(grid: Grid, headerRows: number[]): { column: string; header: string }[] {
  let rows = headerRows.map((r) => r - grid.originRow);
  if (!rows.length) {
    let best = -1;
    let bestCount = 0;
    for (let i = 0; i < Math.min(grid.values.length, 20); i++) {
      const n = (grid.values[i] ?? []).filter((v) => typeof v === 'string' && v.trim() !== '').length;
      if (n > bestCount) { best = i; bestCount = n; }
    }
    rows = best >= 0 ? [best] : [];
  }
  const width = Math.max(0, ...rows.map((r) => grid.values[r]?.length ?? 0));
  const out: { column: string; header: string }[] = [];
  for (let c = 0; c < width; c++) {
    const parts = rows.map((r) => text(grid.values[r]?.[c])).filter(Boolean);
    if (parts.length) out.push({ column: colLetter(grid.originCol + c), header: parts.join('/') });
  }
  return out;
}

/** The marked copy's path for a roster when --out names a folder (several files). */
export function markedName(file: string, outDir: string): string {
  return path.join(outDir, `${path.basename(file, path.extname(file))}.marked.xlsx`);
}

/** Reads and checks one roster file (no marking yet: ledger findings may still be merged in). */
export async function checkFile(file: string, args: ValidateArgs, policy: Policy, catalog: Catalog, locale: Locale): Promise<FileReport & { grid: Grid }> {
  const roster = await readRosterGrid(file, args.sheet, args.map);
  const result = checkGrid(roster.grid, { policy, catalog, mapping: args.map, locale });
  return {
    file,
    sheet: roster.sheetName,
    result,
    grid: roster.grid,
    headersFound: result.layout.missing.length ? headersFound(roster.grid, result.layout.headerRows) : [],
  };
}

/** Writes the marked copy of a checked roster (when its columns were found). */
export async function writeMarked(report: FileReport, out: string, locale: Locale): Promise<void> {
  if (report.result.layout.missing.length) return;
  // the copy is the input's own package with the marks patched in (see src/xlsx/marked-copy.ts)
  await writeMarkedCopy(report.file, out, report.sheet, report.result.layout, report.result.findings, { locale, file: path.basename(report.file) });
  report.out = out;
}

export async function validateFile(
  file: string,
  args: ValidateArgs,
  policy: Policy,
  catalog: Catalog,
  locale: Locale,
  out?: string,
): Promise<FileReport> {
  const report = await checkFile(file, args, policy, catalog, locale);
  if (out) await writeMarked(report, out, locale);
  return report;
}

/** 0 no errors, 1 errors found, 2 the roster could not be checked (required columns missing). */
export function exitCode(r: FileReport): number {
  if (r.result.layout.missing.length) return 2;
  return r.result.summary.error > 0 ? 1 : 0;
}

/** The one-paragraph message for missing required columns, with the headers found and the --map hint. */
export function missingMessage(r: FileReport, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const fields = r.result.layout.missing.map((f: Field) => `${fieldLabel(f, locale)}(${f})`).join(zh ? '、' : ', ');
  const found = r.headersFound.map((h) => `${h.column} ${h.header}`).join(zh ? '，' : ', ');
  const mapped = new Set(r.result.layout.columns.map((c) => colLetter(c.col)));
  const free = r.headersFound.find((h) => !mapped.has(h.column))?.column ?? 'D';
  const hint = `--map ${r.result.layout.missing[0]}=${free}`;
  return zh
    ? `${r.file}（工作表「${r.sheet}」）：找不到必需的列：${fields}\n  找到的表头：${found || '（无）'}\n  请用 --map 字段=列 指定，例如 ${hint}`
    : `${r.file} (sheet "${r.sheet}"): required columns not found: ${fields}\n  headers found: ${found || '(none)'}\n  map them with --map field=COLUMN, e.g. ${hint}`;
}
