// The 校验结果 sheet as worksheet XML: core/marks decides the table (headers, rows, summary, in the
// user's language); this lays it out with a link from each row to its cell, a frozen header, a
// filter, column widths and the summary right of the table. Strings are written inline, so the
// workbook's shared strings are left alone.
import { colLetter } from '../core';
import type { ResultsTable } from '../core';
import type { Locale } from '../core';
import type { StylesPart } from './styles-part';
import { cutText } from './cell-text';
import { Chunks, escapeXml } from './xml';

import { RESULTS_SHEET } from '../core';

export { RESULTS_SHEET };

export interface MarkOptions {
  locale?: Locale;
  /** the roster file's name, for error messages */
  file?: string;
}

const WIDTHS = [7, 6, 9, 16, 24, 10, 70, 14];
const SUMMARY_COL = 10; // J: the summary block sits right of the table, leaving the table filterable
const HEADER_FILL = 'FFD9D9D9';

/** "'Sheet name'!D5": a cell of this workbook as a hyperlink location (quotes in the name doubled). */
export function cellLocation(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

export interface ResultsSheet {
  xml: Buffer;
  /** the autofilter range (for _xlnm._FilterDatabase), e.g. A1:H62, or null */
  filter: string | null;
}

function str(ref: string, text: string, s = 0): string {
  if (!text && !s) return ''; // an empty string is an empty cell
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cutText(text))}</t></is></c>`;
}

function num(ref: string, n: number, s = 0): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${n}</v></c>`;
}

/** The results sheet's XML; its cell formats are added to styles. */
export function resultsSheetXml(
  styles: StylesPart,
  rosterSheet: string,
  table: ResultsTable,
  selected = false,
): ResultsSheet {
  const bold = styles.addFont('bold');
  const xf = {
    header: styles.addXf(0, { fontId: bold, fillId: styles.addFill(HEADER_FILL), applyFont: 1, applyFill: 1 }),
    link: styles.addXf(0, { fontId: styles.addFont('link'), applyFont: 1 }),
    wrap: styles.addXf(0, {}, 'alignment vertical="top" wrapText="1"'),
    bold: styles.addXf(0, { fontId: bold, applyFont: 1 }),
  };
  // the summary block right of the table (J:K), from row 2
  const J = colLetter(SUMMARY_COL);
  const K = colLetter(SUMMARY_COL + 1);
  const summary: string[] = [''];
  for (const line of table.summary) {
    const row = summary.length;
    const s = line.severity ? styles.markedXf(0, line.severity) : line.bold ? xf.bold : 0;
    const b = line.value;
    summary.push(
      str(`${J}${row}`, line.label, s) +
        (typeof b === 'number' ? num(`${K}${row}`, b) : b !== null ? str(`${K}${row}`, b) : ''),
    );
  }

  const rows = table.rows;
  const last = Math.max(rows.length + 1, summary.length - 1, 2);
  const filter = rows.length ? `A1:${colLetter(table.headers.length)}${rows.length + 1}` : null;
  const widths = [...WIDTHS, 0, 26, 10]
    .map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  const out = new Chunks().add(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<dimension ref="A1:${K}${last}"/>` +
      `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${widths}</cols><sheetData>`,
  );
  const row = (r: number, cells: string) => {
    const all = cells + (summary[r] ?? '');
    if (all) out.add(`<row r="${r}">${all}</row>`);
  };
  row(1, table.headers.map((h, i) => str(`${colLetter(i + 1)}1`, h, xf.header)).join(''));
  const links = new Chunks();
  let r = 2;
  for (const x of rows) {
    let cells = x.row !== null ? num(`A${r}`, x.row) : '';
    cells += str(`B${r}`, x.column);
    if (x.link) {
      cells += str(`C${r}`, x.link.text, xf.link);
      const location = escapeXml(cellLocation(rosterSheet, x.link.text));
      links.add(`<hyperlink ref="C${r}" location="${location}" display="${escapeXml(x.link.text)}"/>`);
    }
    cells +=
      str(`D${r}`, x.field) +
      str(`E${r}`, x.code) +
      str(`F${r}`, x.severityLabel, styles.markedXf(0, x.severity)) +
      str(`G${r}`, x.message, xf.wrap) +
      str(`H${r}`, x.related);
    row(r++, cells);
  }
  if (table.empty !== null) row(r++, str('A2', table.empty));
  for (; r < summary.length; r++) row(r, '');
  out.add('</sheetData>');
  if (filter) out.add(`<autoFilter ref="${filter}"/>`);
  const linkBytes = links.toBuffer();
  const tail = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  const xml = linkBytes.length
    ? Buffer.concat([out.toBuffer(), Buffer.from('<hyperlinks>'), linkBytes, Buffer.from(`</hyperlinks>${tail}`)])
    : out.add(tail).toBuffer();
  return { xml, filter };
}
