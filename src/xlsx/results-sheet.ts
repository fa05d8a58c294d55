// The 校验结果 sheet as worksheet XML: every finding with a link to its cell, a frozen header, a
// filter, column widths, and a summary by severity and rule. Strings are written inline, so the
// workbook's shared strings are left alone.
import { a1, colLetter } from '../core/a1';
import type { Finding, Locale, RosterLayout, Severity } from '../core/types';
import type { StylesPart } from './styles-part';
import { cutText } from './cell-text';
import { Chunks, escapeXml } from './xml';

import { RESULTS_SHEET } from '../core/sheet-names';

export { RESULTS_SHEET };

export interface MarkOptions {
  locale?: Locale;
  /** the roster file's name, shown on the results sheet */
  file?: string;
}

const LABELS: Record<Locale, { head: string[]; sev: Record<Severity, string>; summary: string; total: string; byRule: string; count: string; file: string; sheet: string; none: string }> = {
  'zh-CN': {
    head: ['行', '列', '单元格', '字段', '规则代码', '严重程度', '说明', '相关行'],
    sev: { error: '错误', warning: '警告', info: '提示' },
    summary: '汇总', total: '合计', byRule: '规则代码', count: '数量', file: '文件', sheet: '工作表', none: '未发现问题',
  },
  'en-US': {
    head: ['Row', 'Column', 'Cell', 'Field', 'Rule', 'Severity', 'Message', 'Related rows'],
    sev: { error: 'error', warning: 'warning', info: 'info' },
    summary: 'Summary', total: 'Total', byRule: 'Rule', count: 'Count', file: 'File', sheet: 'Sheet', none: 'No findings',
  },
};

const WIDTHS = [7, 6, 9, 16, 24, 10, 70, 14];
const SUMMARY_COL = 10; // J: the summary block sits right of the table, leaving the table filterable
const HEADER_FILL = 'FFD9D9D9';

export function severityLabel(s: Severity, locale: Locale): string {
  return LABELS[locale].sev[s];
}

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
export function resultsSheetXml(styles: StylesPart, rosterSheet: string, layout: RosterLayout, findings: Finding[], rowCol: number, opts: MarkOptions, selected = false): ResultsSheet {
  const L = LABELS[opts.locale ?? 'zh-CN'];
  const bold = styles.addFont('bold');
  const xf = {
    header: styles.addXf(0, { fontId: bold, fillId: styles.addFill(HEADER_FILL), applyFont: 1, applyFill: 1 }),
    link: styles.addXf(0, { fontId: styles.addFont('link'), applyFont: 1 }),
    wrap: styles.addXf(0, {}, 'alignment vertical="top" wrapText="1"'),
    bold: styles.addXf(0, { fontId: bold, applyFont: 1 }),
  };
  // the summary block right of the table (J:K): file and sheet, counts by severity, counts by rule
  const J = colLetter(SUMMARY_COL);
  const K = colLetter(SUMMARY_COL + 1);
  const summary: string[] = [''];
  const line = (a: string, b: string | number | null, s = 0) => {
    const row = summary.length;
    summary.push(str(`${J}${row}`, a, s) + (typeof b === 'number' ? num(`${K}${row}`, b) : b !== null ? str(`${K}${row}`, b) : ''));
  };
  line(L.summary, null, xf.bold);
  if (opts.file) line(`${L.file}：${opts.file}`, null);
  line(`${L.sheet}：${rosterSheet}`, null);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const f of findings) {
    counts[f.severity]++;
    byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1);
  }
  for (const sv of ['error', 'warning', 'info'] as const) line(L.sev[sv], counts[sv], styles.markedXf(0, sv));
  line(L.total, findings.length, xf.bold);
  summary.push('');
  line(L.byRule, L.count, xf.bold);
  for (const [code, n] of [...byRule.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) line(code, n);

  const last = Math.max(findings.length + 1, summary.length - 1, 2);
  const filter = findings.length ? `A1:${colLetter(L.head.length)}${findings.length + 1}` : null;
  const widths = [...WIDTHS, 0, 26, 10].map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '')).join('');
  const out = new Chunks().add('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + `<dimension ref="A1:${K}${last}"/>`
    + `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`
    + '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    + `<sheetFormatPr defaultRowHeight="15"/><cols>${widths}</cols><sheetData>`);
  const row = (r: number, cells: string) => {
    const all = cells + (summary[r] ?? '');
    if (all) out.add(`<row r="${r}">${all}</row>`);
  };
  row(1, L.head.map((h, i) => str(`${colLetter(i + 1)}1`, h, xf.header)).join(''));
  const headers = new Map(layout.columns.map((c) => [c.col, c.header]));
  const fieldHeader = new Map(layout.columns.map((c) => [c.field, c.header]));
  const links = new Chunks();
  let r = 2;
  for (const f of findings) {
    const col = f.col > 0 ? f.col : rowCol;
    let cells = f.row > 0 ? num(`A${r}`, f.row) : '';
    cells += str(`B${r}`, f.col > 0 ? colLetter(f.col) : '');
    if (f.row > 0) {
      const addr = a1(f.row, col);
      cells += str(`C${r}`, addr, xf.link);
      links.add(`<hyperlink ref="C${r}" location="${escapeXml(cellLocation(rosterSheet, addr))}" display="${addr}"/>`);
    }
    cells += str(`D${r}`, (f.col > 0 ? headers.get(f.col) : undefined) ?? (f.field ? fieldHeader.get(f.field) ?? f.field : ''))
      + str(`E${r}`, f.code)
      + str(`F${r}`, L.sev[f.severity], styles.markedXf(0, f.severity))
      + str(`G${r}`, f.message ?? f.code, xf.wrap)
      + str(`H${r}`, f.related?.length ? f.related.join(', ') : '');
    row(r++, cells);
  }
  if (!findings.length) row(r++, str('A2', L.none));
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
