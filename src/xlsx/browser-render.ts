// A sheet model rendered through ExcelJS, for the task pane: the browser has no Node zlib, so the pane
// cannot use sheet-xml.ts / sheets-copy.ts (the CLI's writer) and writes its notice-only workbook
// (只生成公示名单) with ExcelJS's browser bundle instead. It renders what sheet-xml.ts renders for a model
// — values, styles, merges, widths, heights, A4 print setup with print titles, the page-number footer,
// manual page breaks, frozen panes — and the test holds the two writers to the same workbook.
// In-workbook links are written as text and target, without links.ts's Node-only ExcelJS patch.
import type ExcelJS from 'exceljs';
import { a1, type CellStyle, isFormula, type SheetModel, type SheetValue } from '../core';
import { cutText } from './cell-text';
import { cellLink } from './links';

const A4 = 9;

function argb(rgb: string): string {
  return 'FF' + rgb.replace(/^#/, '').toUpperCase();
}

/** The ExcelJS style of a named model style. */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.font) font.name = s.font;
  if (s.size) font.size = s.size;
  if (s.bold) font.bold = true;
  if (s.color) font.color = { argb: argb(s.color) };
  if (Object.keys(font).length) out.font = font;
  if (s.h || s.v || s.wrap) {
    out.alignment = {
      ...(s.h ? { horizontal: s.h } : {}),
      ...(s.v ? { vertical: s.v } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) {
    const b: Partial<ExcelJS.Borders> = {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const w = s.border[side];
      if (w) b[side] = { style: w };
    }
    out.border = b;
  }
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numFmt) out.numFmt = s.numFmt;
  return out;
}

function excelValue(v: SheetValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isFormula(v)) return { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
  return typeof v === 'string' ? cutText(v) : v;
}

/** Removes every sheet of the given name (there is at most one, but an old tool may have left two). */
function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  for (const ws of wb.worksheets.filter((w) => w.name === name)) wb.removeWorksheet(ws.id);
}

/** Writes one model into a new worksheet of the workbook. */
export function renderSheet(wb: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  removeSheet(wb, model.name);
  const ws = wb.addWorksheet(model.name);
  model.columns.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [name, s] of Object.entries(model.styles)) styles.set(name, excelStyle(s));
  for (const c of model.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.link) {
      const text = cutText(String(c.value ?? c.link.sheet));
      cell.value = { text, hyperlink: cellLink(c.link.sheet, c.link.cell), tooltip: `${c.link.sheet}!${c.link.cell}` };
    } else {
      cell.value = excelValue(c.value);
    }
    const st = c.style ? styles.get(c.style) : undefined;
    if (st) cell.style = st;
  }
  for (const m of model.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const [row, h] of Object.entries(model.rowHeights)) ws.getRow(Number(row)).height = h;
  const p = model.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: p.orientation,
    fitToPage: p.fitToWidth || p.onePage === true,
    fitToWidth: 1,
    fitToHeight: p.onePage ? 1 : 0,
    horizontalCentered: p.centerHorizontally,
    margins: { ...p.margins },
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
  };
  if (p.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.footer}` };
  // ExcelJS breaks after the row it is given; the model names the row a new page starts at
  for (const r of p.rowBreaks ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
  if (model.freeze && (model.freeze.rows || model.freeze.cols)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: model.freeze.cols,
        ySplit: model.freeze.rows,
        topLeftCell: a1(model.freeze.rows + 1, model.freeze.cols + 1),
      },
    ];
  }
  return ws;
}
