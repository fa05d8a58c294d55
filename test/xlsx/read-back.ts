// Reading a written workbook back with ExcelJS in tests: its fills, notes and in-workbook links.
import ExcelJS from 'exceljs';
import { patchInternalHyperlinks } from '../../src/xlsx/links';

/** the fill colour of a cell (ARGB), if it has a pattern fill */
export const fillOf = (c: ExcelJS.Cell): string | undefined =>
  (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

/** the plain text of a cell's note ('' when none), whether ExcelJS gives it as text or rich text */
export const noteOf = (c: ExcelJS.Cell): string => {
  const n = c.note as unknown;
  return typeof n === 'string' ? n : ((n as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join('');
};

/** opens a workbook; ExcelJS alone drops in-workbook links written the way Excel writes them */
export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  patchInternalHyperlinks();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
