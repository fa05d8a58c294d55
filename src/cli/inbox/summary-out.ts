// --summary-out SUMMARY.xlsx|.csv: the run's summary as a file, each row linking to its marked copy.
// Written to a temporary name and renamed (xlsx/atomic). CSV cells that would start a formula are written as
// text, as in every CSV the tool writes (ledger-store/write csvText).
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Locale } from '../../core';
import { writeFileAtomic } from '../../xlsx/atomic';
import { topText, verdictText, type SummaryRow } from './summary';

function headers(locale: Locale): string[] {
  return locale === 'en-US'
    ? ['Verdict', 'File', 'Institution', 'Sheet', 'Trainees', 'Errors', 'Warnings', 'Main problems', 'Marked copy']
    : ['结论', '文件', '培训机构', '工作表', '人数', '错误', '警告', '主要问题', '标记副本'];
}

function cells(r: SummaryRow, locale: Locale): (string | number)[] {
  const readable = r.verdict !== 'unreadable';
  return [
    verdictText(r.verdict, locale),
    r.file,
    r.institution,
    r.sheet,
    readable ? r.trainees : '',
    readable ? r.errors : '',
    readable ? r.warnings : '',
    readable ? topText(r.top, locale) : (r.reason ?? ''),
    r.out ?? '',
  ];
}

export async function writeSummary(file: string, rows: readonly SummaryRow[], locale: Locale): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') {
    // as every CSV the tool writes: UTF-8 with BOM, CRLF, formula-like text as text (ledger-store/write,
    // loaded only here: it loads ExcelJS, which validate otherwise never needs)
    const { csvText } = await import('../../ledger-store/write');
    const text = csvText([headers(locale), ...rows.map((r) => cells(r, locale).map(String))]);
    await writeFileAtomic(file, undefined, (tmp) => fs.writeFile(tmp, text, 'utf8'));
    return;
  }
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(locale === 'en-US' ? 'Summary' : '核验汇总');
  ws.addRow(headers(locale)).font = { bold: true };
  const dir = path.dirname(path.resolve(file));
  for (const r of rows) {
    const row = ws.addRow(cells(r, locale));
    // links relative to the summary, so the folder can be moved or zipped as a whole
    const link = (col: number, target: string) => {
      const rel = path.relative(dir, path.resolve(target)).split(path.sep).join('/');
      row.getCell(col).value = { text: target === r.out ? path.basename(target) : r.file, hyperlink: rel };
      row.getCell(col).font = { color: { argb: 'FF0563C1' }, underline: true };
    };
    link(2, r.file);
    if (r.out) link(9, r.out);
    const fill = r.verdict === 'pass' ? 'FFE2F0D9' : r.verdict === 'return' ? 'FFFCE4D6' : 'FFEDEDED';
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  ws.columns.forEach((c, i) => (c.width = [10, 40, 24, 12, 8, 8, 8, 48, 36][i]));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
  await writeFileAtomic(file, undefined, (tmp) => wb.xlsx.writeFile(tmp));
}
