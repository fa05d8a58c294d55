// One roster, both adapters: the CLI's marked copy (src/xlsx, via the validate command's own functions)
// and the add-in (src/office over the Office double) must leave the same marks, notes and 校验结果 rows.
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { a1, colLetter } from '../../src/core/a1';
import { checkGrid, type CheckResult } from '../../src/core/engine';
import type { Locale } from '../../src/core/types';
import { DEFAULT_POLICY, type ValidateArgs } from '../../src/cli/args';
import { loadCatalog, loadPolicy } from '../../src/cli/load';
import { checkFile, writeMarked } from '../../src/cli/validate';
import { createOfficeHost, REPORT_SHEET, resultsSheetFor } from '../../src/office';
import { buildWorkbook, cellState, installOfficeDouble, type OfficeDouble } from '../office-double';
import { tempDir } from '../cli/run';
import { buildRosterSample } from '../fixtures/sample';
import { fillOf, noteOf, readBack } from '../xlsx/read-back';

const SEVERITY_COLOURS = new Set(['FFC7CE', 'FFEB9C', 'DDEBF7']);
type Scalar = string | number | boolean | null;

interface Seen {
  /** address → 'RRGGBB|note' of every cell with a severity fill or a note */
  marks: Map<string, string>;
  /** the 校验结果 sheet, A1:K(n), each cell's shown value ('' for empty) */
  report: Scalar[][];
  /** C column link targets, 'Sheet'!D5 */
  links: string[];
}

/** a cell's mark as compared: its severity fill (other fills are the user's) and its note */
const seen = (fill: string, note: string): string => `${SEVERITY_COLOURS.has(fill) ? fill : ''}|${note}`;
const norm = (v: Scalar | undefined): Scalar => (v === null || v === undefined ? '' : v);

/** What the CLI's marked copy shows, read back with ExcelJS. */
async function seenInCopy(file: string, sheet: string, size: { rows: number; cols: number }): Promise<Seen> {
  const wb = await readBack(file);
  const ws = wb.getWorksheet(sheet)!;
  const marks = new Map<string, string>();
  for (let r = 1; r <= size.rows; r++) {
    for (let c = 1; c <= size.cols; c++) {
      const cell = ws.getCell(r, c);
      const fill = fillOf(cell)?.slice(2) ?? '';
      const note = noteOf(cell);
      if (SEVERITY_COLOURS.has(fill) || note) marks.set(a1(r, c), seen(fill, note));
    }
  }
  const rs = wb.getWorksheet(REPORT_SHEET)!;
  const report: Scalar[][] = [];
  const links: string[] = [];
  for (let r = 1; r <= rs.rowCount; r++) {
    const line: Scalar[] = [];
    for (let c = 1; c <= 11; c++) {
      const v = rs.getCell(r, c).value as ExcelJS.CellValue;
      if (v && typeof v === 'object' && 'hyperlink' in v) {
        line.push(String(v.text));
        links.push(v.hyperlink.replace(/^#/, ''));
      } else line.push(norm(v as Scalar));
    }
    report.push(line);
  }
  return { marks, report, links };
}

/**
 * What the add-in leaves in the double's workbook. The add-in writes one results sheet per roster
 * (校验结果-<sheet>, resultsSheetFor); the CLI's marked copy has the one 校验结果 sheet.
 */
function seenInExcel(double: OfficeDouble, sheet: string, size: { rows: number; cols: number }): Seen {
  const reportSheet = resultsSheetFor(sheet);
  const marks = new Map<string, string>();
  for (let r = 1; r <= size.rows; r++) {
    for (let c = 1; c <= size.cols; c++) {
      const s = cellState(double.model, sheet, a1(r, c));
      const fill = (s.fill ?? '').replace(/^#/, '');
      if (SEVERITY_COLOURS.has(fill) || s.note) marks.set(a1(r, c), seen(fill, s.note ?? ''));
    }
  }
  const report: Scalar[][] = [];
  const links: string[] = [];
  const rows = double.model.sheet(reportSheet)!.usedRect(false)!;
  for (let r = 1; r <= rows.row + rows.rows; r++) {
    const line: Scalar[] = [];
    for (let c = 1; c <= 11; c++) {
      const s = cellState(double.model, reportSheet, `${colLetter(c)}${r}`);
      line.push(norm(s.value));
      const m = s.formula && /^=HYPERLINK\("#(.*)","[^"]*"\)$/.exec(s.formula);
      if (m) links.push(m[1].replace(/""/g, '"'));
    }
    report.push(line);
  }
  return { marks, report, links };
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('same-roster');
});

describe.each<Locale>(['zh-CN', 'en-US'])('one roster, both adapters (%s)', (locale) => {
  let cli: Seen;
  let excel: Seen;
  let cliResult: CheckResult;
  let excelResult: CheckResult;

  beforeAll(async () => {
    const { workbook, plan } = buildRosterSample();
    const ws = workbook.getWorksheet(plan.sheet)!;
    const checksumRow = plan.rows['id.checksum'] as number;
    // the user's own notes: one on a cell that gets marked, one on a clean cell
    ws.getCell(checksumRow, 4).note = '经办人已核对';
    ws.getCell(plan.firstDataRow, 2).note = '学员本人签字';
    const input = path.join(dir, `roster-${locale}.xlsx`);
    await workbook.xlsx.writeFile(input);

    // the CLI: validate's own read, check and marked-copy functions
    // a class limit below the sample's classes (since class.size counts per class, by occupation,
    // certificate, level and period, they hold one or two trainees), so whole-row findings are among them
    const policy = { ...(await loadPolicy(DEFAULT_POLICY)), classSizeMax: 1 };
    const catalog = await loadCatalog(undefined);
    const report = await checkFile(input, {} as ValidateArgs, policy, catalog, locale);
    cliResult = report.result;
    const out = path.join(dir, `roster-${locale}.marked.xlsx`);
    await writeMarked(report, out, locale);
    const size = { rows: report.grid.values.length + 2, cols: 16 };
    cli = await seenInCopy(out, plan.sheet, size);

    // the add-in: the same roster in the Office double (values, number formats, the user's notes)
    const double = installOfficeDouble();
    try {
      const grid = report.grid;
      buildWorkbook(double.model, [
        {
          name: plan.sheet,
          rows: grid.values,
          formats: grid.formats?.map((line) => line.map((f) => f || undefined)),
          notes: { [a1(checksumRow, 4)]: '经办人已核对', [a1(plan.firstDataRow, 2)]: '学员本人签字' },
        },
      ]);
      const host = createOfficeHost();
      const read = await host.readRoster({ useSelection: false });
      excelResult = checkGrid(read.grid, { policy, catalog, locale });
      await host.writeMarks(plan.sheet, excelResult, { locale });
      excel = seenInExcel(double, plan.sheet, size);
    } finally {
      double.uninstall();
    }
  });

  it('checks the same roster into the same findings (the premise)', () => {
    expect(excelResult.findings).toEqual(cliResult.findings);
    // the comparison covers whole-row findings and related rows too
    expect(cliResult.findings.some((f) => f.col === 0 && f.row > 0)).toBe(true);
    expect(cliResult.findings.some((f) => f.related?.length)).toBe(true);
  });

  it('marks the same cells with the same colours and the same notes', () => {
    expect(cli.marks.size).toBeGreaterThan(10);
    expect([...excel.marks].sort()).toEqual([...cli.marks].sort());
  });

  it('writes the same 校验结果 rows, summary and links', () => {
    expect(cli.report.length).toBeGreaterThanOrEqual(cliResult.findings.length + 1);
    const heads = locale === 'en-US' ? ['Row', 'Column', 'Cell'] : ['行', '列', '单元格'];
    expect(cli.report[0].slice(0, 3)).toEqual(heads);
    expect(excel.report).toEqual(cli.report);
    expect(excel.links).toEqual(cli.links);
  });
});
