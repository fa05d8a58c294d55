// Claim sheets (core/sheet SheetModel) into an ET workbook, with the Office renderer's plan (render-plan.ts):
// number formats first (one write per format per address list), then values in one Value2/Formula block
// write, styles per style over address lists, merges, widths (ET's ColumnWidth is in characters, the model's
// unit), heights, page setup, frozen panes. Links are =HYPERLINK formulas (no Range.hyperlink here).
import type { BorderWeight, CellStyle, SheetCell, SheetModel } from '../core';
import { colLetter } from '../core';
import {
  blockOf as planBlock,
  cellsByStyle,
  extent,
  lineAddresses,
  rectAddress,
  rectangles,
} from '../office/render-plan';
import { borderPlan } from '../office/render';
import { groupBy, joinAddresses } from '../office/runs';
import type { Progress } from '../core';
import { addSheet, deleteSheet, rgbToBgr, sheetOrNull, type EtApplication, type EtRange, type EtWorksheet } from './et';
import type { WpsStats } from './stats';

const H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const; // xlLeft, xlCenter, xlRight
const V_ALIGN = { top: -4160, middle: -4108, bottom: -4107 } as const; // xlTop, xlCenter, xlBottom
const WEIGHT: Record<BorderWeight, number> = { thin: 2, medium: -4138 }; // xlThin, xlMedium
const BORDER_INDEX: Record<string, number> = {
  EdgeLeft: 7,
  EdgeTop: 8,
  EdgeBottom: 9,
  EdgeRight: 10,
  InsideVertical: 11,
  InsideHorizontal: 12,
};
const xlContinuous = 1;

function formatStyle(r: EtRange, style: CellStyle, stats: WpsStats): void {
  if (style.font) {
    r.Font.Name = style.font;
    stats.formatCalls++;
  }
  if (style.size) {
    r.Font.Size = style.size;
    stats.formatCalls++;
  }
  if (style.bold) {
    r.Font.Bold = true;
    stats.formatCalls++;
  }
  if (style.color) {
    r.Font.Color = rgbToBgr(style.color);
    stats.formatCalls++;
  }
  if (style.h) {
    r.HorizontalAlignment = H_ALIGN[style.h];
    stats.formatCalls++;
  }
  if (style.v) {
    r.VerticalAlignment = V_ALIGN[style.v];
    stats.formatCalls++;
  }
  if (style.wrap) {
    r.WrapText = true;
    stats.formatCalls++;
  }
  if (style.fill) {
    r.Interior.Color = rgbToBgr(style.fill);
    stats.formatCalls++;
  }
  for (const [item, weight] of borderPlan(style).items) {
    const b = r.Borders.Item(BORDER_INDEX[item]);
    b.LineStyle = xlContinuous;
    b.Weight = weight === 'Medium' ? WEIGHT.medium : WEIGHT.thin;
    stats.formatCalls += 2;
  }
}

function writeCells(ws: EtWorksheet, model: SheetModel, maxChars: number, stats: WpsStats): void {
  const { rows, cols } = extent(model);
  if (!rows || !cols) return;
  const cells = new Map<string, SheetCell>(model.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const block = planBlock(model, cells, 1, rows, cols, true);
  const formatted: { row: number; col: number; f: string }[] = [];
  block.formats.forEach((line, i) =>
    line.forEach((f, j) => {
      if (f) formatted.push({ row: i + 1, col: j + 1, f });
    }),
  );
  for (const [f, list] of groupBy(formatted, (x) => x.f)) {
    for (const addr of joinAddresses(rectangles(list).map(rectAddress), maxChars)) {
      ws.Range(addr).NumberFormat = f;
      stats.rangeCalls++;
    }
  }
  const range = ws.Range(`A1:${colLetter(cols)}${rows}`);
  if (block.formulaRows.some(Boolean)) range.Formula = block.values;
  else range.Value2 = block.values;
  stats.rangeCalls++;
}

function writeStyles(ws: EtWorksheet, model: SheetModel, maxChars: number, stats: WpsStats): void {
  for (const [name, cells] of cellsByStyle(model)) {
    const style = model.styles[name];
    if (!style) continue;
    const plan = borderPlan(style);
    for (const list of joinAddresses(rectangles(cells, plan.wide, plan.tall).map(rectAddress), maxChars)) {
      formatStyle(ws.Range(list), style, stats);
    }
  }
}

function writeLayout(ws: EtWorksheet, model: SheetModel, maxChars: number, stats: WpsStats): void {
  for (const m of model.merges) {
    ws.Range(rectAddress({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })).Merge();
    stats.formatCalls++;
  }
  const widths = lineAddresses(
    model.columns.map((w, i): [number, number] => [i + 1, w]),
    'col',
  );
  const heights = lineAddresses(
    Object.entries(model.rowHeights).map(([r, h]): [number, number] => [Number(r), h]),
    'row',
  );
  for (const [w, addrs] of widths)
    for (const l of joinAddresses(addrs, maxChars)) {
      ws.Range(l).ColumnWidth = w;
      stats.formatCalls++;
    }
  for (const [h, addrs] of heights)
    for (const l of joinAddresses(addrs, maxChars)) {
      ws.Range(l).RowHeight = h;
      stats.formatCalls++;
    }
}

/** PageSetup: A4 (xlPaperA4 9), orientation (xlPortrait 1 / xlLandscape 2), fit to width, margins in points. */
function writePrint(ws: EtWorksheet, model: SheetModel, stats: WpsStats): void {
  const p = model.print;
  const ps = ws.PageSetup;
  const pt = (inches: number) => Math.round(inches * 72 * 100) / 100;
  ps.PaperSize = 9;
  ps.Orientation = p.orientation === 'landscape' ? 2 : 1;
  if (p.fitToWidth || p.onePage) {
    ps.Zoom = false;
    ps.FitToPagesWide = 1;
    ps.FitToPagesTall = p.onePage ? 1 : false;
  }
  ps.LeftMargin = pt(p.margins.left);
  ps.RightMargin = pt(p.margins.right);
  ps.TopMargin = pt(p.margins.top);
  ps.BottomMargin = pt(p.margins.bottom);
  ps.HeaderMargin = pt(p.margins.header);
  ps.FooterMargin = pt(p.margins.footer);
  ps.CenterHorizontally = p.centerHorizontally;
  if (p.titleRows) ps.PrintTitleRows = `$${p.titleRows[0]}:$${p.titleRows[1]}`;
  stats.formatCalls += 12;
}

/** Frozen panes belong to the window: the sheet is activated first (ActiveWindow.SplitRow/SplitColumn). */
function writeFreeze(app: EtApplication, ws: EtWorksheet, model: SheetModel): void {
  const f = model.freeze;
  if (!f || (!f.rows && !f.cols)) return;
  ws.Activate();
  const win = app.ActiveWindow;
  win.FreezePanes = false;
  win.SplitRow = f.rows;
  win.SplitColumn = f.cols;
  win.FreezePanes = true;
}

export function renderSheets(
  app: EtApplication,
  models: readonly SheetModel[],
  maxChars: number,
  stats: WpsStats,
  opts: { signal?: AbortSignal; onProgress?: (p: Progress) => void },
): string[] {
  let first: EtWorksheet | null = null;
  for (const [i, model] of models.entries()) {
    if (opts.signal?.aborted) {
      const e = new Error('The operation was cancelled');
      e.name = 'AbortError';
      throw e;
    }
    const old = sheetOrNull(app, model.name);
    if (old) deleteSheet(app, old);
    const ws = addSheet(app, model.name);
    writeCells(ws, model, maxChars, stats);
    writeStyles(ws, model, maxChars, stats);
    writeLayout(ws, model, maxChars, stats);
    writePrint(ws, model, stats);
    writeFreeze(app, ws, model);
    first ??= ws;
    opts.onProgress?.({ done: i + 1, total: models.length, stage: 'claim' });
  }
  first?.Activate();
  return models.map((m) => m.name);
}
