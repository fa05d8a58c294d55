// Validating one roster file: read, check, optionally write the marked copy.
import * as path from 'path';
import { colLetter } from '../core';
import type { Catalog } from '../core';
import { checkGrid, type CheckResult } from '../core';
import { fieldLabel, nearestHeaders } from '../core';
import type { Policy } from '../core';
import type { CellValue, Field, Grid, Locale } from '../core';
import { promises as fs } from 'fs';
import { readRosterGrids } from '../xlsx/read';
import { gridNotes } from '../xlsx/grid-limits';
import type { ValidateArgs } from './args';

export interface FileReport {
  file: string;
  sheet: string;
  /** why this sheet was checked */
  sheetReason?: { zh: string; en: string; only?: boolean };
  /** how many roster sheets of the file were checked (several: one report section each) */
  sheetsInFile?: number;
  result: CheckResult;
  /** header texts found, by column letter, when required columns are missing */
  headersFound: { column: string; header: string }[];
  /** the marked copy written, if any */
  out?: string;
  /** the input is not .xlsx (read through SheetJS): the marked copy is an .xlsx all the same */
  format?: 'ole' | 'ods' | 'csv';
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
      if (n > bestCount) {
        best = i;
        bestCount = n;
      }
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

/**
 * Reads and checks the roster sheets of one file (no marking yet: ledger findings may still be merged
 * in): one report per roster sheet.
 */
export async function checkFileSheets(
  file: string,
  args: ValidateArgs,
  policy: Policy,
  catalog: Catalog,
  locale: Locale,
): Promise<(FileReport & { grid: Grid })[]> {
  const rosters = await readRosterGrids(file, args.sheet, args.map);
  return rosters.map((roster) => {
    const result = checkGrid(roster.grid, { policy, catalog, mapping: args.map, locale, layout: roster.layout });
    // cells the reader left out (far outside the roster) are said in the notes
    result.layout.notes.push(...gridNotes(roster.grid));
    return {
      file,
      sheet: roster.sheetName,
      ...(roster.reason ? { sheetReason: roster.reason } : {}),
      sheetsInFile: rosters.length,
      ...(roster.format ? { format: roster.format } : {}),
      result,
      grid: roster.grid,
      headersFound: result.layout.missing.length ? headersFound(roster.grid, result.layout.headerRows) : [],
    };
  });
}

/** Reads and checks the first roster sheet of one file. */
export async function checkFile(
  file: string,
  args: ValidateArgs,
  policy: Policy,
  catalog: Catalog,
  locale: Locale,
): Promise<FileReport & { grid: Grid }> {
  return (await checkFileSheets(file, args, policy, catalog, locale))[0];
}

/** Writes the marked copy of a checked roster (when its columns were found). */
export async function writeMarked(report: FileReport, out: string, locale: Locale): Promise<void> {
  if (report.result.layout.missing.length) return;
  const opts = { locale, file: path.basename(report.file) };
  // the writers (and what they load) only when a marked copy is asked for: validate alone never needs them
  const { markPackage, writeMarkedCopy } = await import('../xlsx/marked-copy');
  if (report.format) {
    const { writeFileAtomic } = await import('../xlsx/atomic');
    const { toXlsxBytes } = await import('../xlsx/other-formats');
    // .xls/.et/.ods/.csv: converted to .xlsx by SheetJS, then marked like any .xlsx (the input untouched)
    const bytes = await markPackage(
      await toXlsxBytes(report.file),
      report.sheet,
      report.result.layout,
      report.result.findings,
      opts,
      opts.file,
    );
    await writeFileAtomic(out, report.file, (tmp) => fs.writeFile(tmp, bytes));
  } else {
    // the copy is the input's own package with the marks patched in (see src/xlsx/marked-copy.ts)
    await writeMarkedCopy(report.file, out, report.sheet, report.result.layout, report.result.findings, opts);
  }
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

/** 0 no errors, 1 errors found, 2 the roster could not be checked (required columns missing, no trainees). */
export function exitCode(r: FileReport): number {
  if (r.result.layout.missing.length || !r.result.trainees.length) return 2;
  return r.result.summary.error > 0 ? 1 : 0;
}

/** The one-paragraph message for missing required columns, with the headers found and the --map hint. */
export function missingMessage(r: FileReport, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (!r.result.layout.missing.length) {
    const rows = r.result.layout.headerRows.join('–');
    return zh
      ? `${r.file}（工作表「${r.sheet}」）：未找到学员数据（表头在第 ${rows} 行，其下没有学员行）`
      : `${r.file} (sheet "${r.sheet}"): no trainee data found (header at row ${rows}, no trainee rows below it)`;
  }
  const fields = r.result.layout.missing.map((f: Field) => `${fieldLabel(f, locale)}(${f})`).join(zh ? '、' : ', ');
  const found = r.headersFound.map((h) => `${h.column} ${h.header}`).join(zh ? '，' : ', ');
  const mapped = new Set(r.result.layout.columns.map((c) => colLetter(c.col)));
  // the nearest candidates among the free headers, per missing field
  const freeHeaders = r.headersFound.filter((h) => !mapped.has(h.column));
  const lonely: Field[] = [];
  const near = r.result.layout.missing.flatMap((f) => {
    const names = nearestHeaders(
      f,
      freeHeaders.map((h) => h.header),
    );
    const cols = names.map((n) => freeHeaders.find((h) => h.header === n)!.column);
    if (!cols.length) {
      lonely.push(f);
      return [];
    }
    return [
      zh
        ? `${fieldLabel(f, locale)}：${cols.map((c, i) => `${c} 列「${names[i]}」`).join(' 或 ')}（--map ${f}=${cols[0]}）`
        : `${fieldLabel(f, locale)}: column ${cols.map((c, i) => `${c} "${names[i]}"`).join(' or ')} (--map ${f}=${cols[0]})`,
    ];
  });
  // no header comes close to these: the roster may lack them, so the example names no real column
  const hint = near.length ? '' : `--map ${lonely[0]}=${zh ? '列字母' : 'LETTER'}`;
  const lonelyNames = lonely.map((f) => fieldLabel(f, locale)).join(zh ? '、' : ', ');
  // (with no header found at all, the list of headers already says so)
  const noneLine =
    !lonely.length || !r.headersFound.length
      ? ''
      : zh
        ? `\n  没有相近的列：${lonelyNames}（这份表可能没有这一列）`
        : `\n  no header comes close to: ${lonelyNames} (the roster may not have it)`;
  const nearLine =
    (near.length ? (zh ? `\n  最接近的列：${near.join('；')}` : `\n  nearest candidates: ${near.join('; ')}`) : '') +
    noneLine;
  return zh
    ? `${r.file}（工作表「${r.sheet}」）：找不到必需的列：${fields}\n  找到的表头：${found || '（无）'}${nearLine}\n  请用 --map 字段=列 指定${hint ? `，例如 ${hint}` : ''}`
    : `${r.file} (sheet "${r.sheet}"): required columns not found: ${fields}\n  headers found: ${found || '(none)'}${nearLine}\n  map them with --map field=COLUMN${hint ? `, e.g. ${hint}` : ''}`;
}
