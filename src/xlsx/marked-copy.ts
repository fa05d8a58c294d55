// The marked copy, written by patching the roster's own .xlsx package: the faulty cells get a
// fill (a copy of their cell format with the severity's fill) and a note, and a 校验结果 sheet is
// added or replaced. Every other part of the package — images, charts, data validation,
// conditional formats, the user's notes — is copied as it was.
import { promises as fs } from 'fs';
import type { Finding, RosterLayout } from '../core';
import { refuseInput, writeFileAtomic } from './atomic';
import { InputError } from '../core';
import { cellMarks, resultsTable } from '../core';
import { addNotes } from './notes-part';
import { damaged } from './read';
import { cellLocation, RESULTS_SHEET, resultsSheetXml, type MarkOptions } from './results-sheet';
import { markSheetCells } from './sheet-part';
import { StylesPart } from './styles-part';
import { openWorkbook } from './workbook-part';

/** The marked package as bytes (the input file's bytes in, nothing written). */
export async function markPackage(
  data: Buffer,
  sheetName: string,
  layout: RosterLayout,
  findings: Finding[],
  opts: MarkOptions = {},
  file = 'workbook',
): Promise<Buffer> {
  const { pkg, wb } = await openWorkbook(data, file);
  const sheets = wb.sheets();
  const sheet = sheets.find((s) => s.name === sheetName);
  const sheetXml = sheet?.part ? pkg.bytes(sheet.part) : null;
  if (!sheet || sheetXml === null) {
    throw new InputError(
      `${file}：找不到工作表「${sheetName}」的内容，无法写出标注副本`,
      `${file}: cannot find the contents of sheet "${sheetName}"; no marked copy written`,
    );
  }
  if (sheetName === RESULTS_SHEET) {
    throw new InputError(
      `${file}：花名册工作表不能名为「${RESULTS_SHEET}」（标注副本用这个名字列出问题）`,
      `${file}: the roster sheet cannot be named "${RESULTS_SHEET}" (the marked copy lists the findings under that name)`,
    );
  }
  const styles = StylesPart.open(pkg, wb.part);
  const locale = opts.locale ?? 'zh-CN';
  const marks = cellMarks(findings, layout, locale);
  let xml = markSheetCells(sheetXml, marks, (xf, severity) => styles.markedXf(xf, severity));
  xml = addNotes(
    pkg,
    sheet.part,
    xml,
    marks.map((m) => ({ row: m.row, col: m.col, text: m.note })),
  );
  pkg.write(sheet.part, xml);

  const selected = sheets.findIndex((s) => s.name === RESULTS_SHEET) === wb.activeTab();
  const table = resultsTable(findings, layout, { locale, sheet: sheetName });
  const results = resultsSheetXml(styles, sheetName, table, selected);
  const names = results.filter
    ? [
        {
          name: '_xlnm._FilterDatabase',
          value: cellLocation(RESULTS_SHEET, results.filter.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')),
          hidden: true,
        },
      ]
    : [];
  wb.putSheet(RESULTS_SHEET, results.xml, names);
  wb.save();
  styles.save();
  return pkg.generate();
}

/**
 * Writes the marked copy of input to out (a temporary name, then renamed; never over the input).
 * sheetName is the roster sheet the findings are about.
 */
export async function writeMarkedCopy(
  input: string,
  out: string,
  sheetName: string,
  layout: RosterLayout,
  findings: Finding[],
  opts: MarkOptions = {},
): Promise<void> {
  await refuseInput(out, input);
  let data: Buffer;
  try {
    data = await fs.readFile(input);
  } catch (e) {
    throw damaged(input, e);
  }
  let bytes: Buffer;
  try {
    bytes = await markPackage(data, sheetName, layout, findings, opts, input);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // a package this writer does not understand: say so in one line, write nothing
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new InputError(`${out}：无法写出标注副本（${why}）`, `${out}: cannot write the marked copy (${why})`);
  }
  await writeFileAtomic(out, input, (tmp) => fs.writeFile(tmp, bytes));
}
