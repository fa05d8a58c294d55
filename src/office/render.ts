/// <reference types="office-js" />
// Rendering host-independent sheet models (src/core/sheet) into the open workbook through Office.js: the
// same decisions as the ExcelJS renderer (src/xlsx/render.ts). A sheet of the same name is deleted and
// added again, never duplicated. Everything is queued and synced only when the batch is full, so a few
// sheets of claim papers take one sync; values and number formats go in whole blocks, formats as one
// command per style and property over the RangeAreas of every cell sharing the style (without RangeAreas,
// ExcelApi below 1.9: one command per rectangle). Every command is a Session.write unit that finds its sheet
// by name, so a batch the host refuses as too large is sent again in smaller pieces (session.ts).
import type { BorderWeight, CellStyle, Progress, SheetCell, SheetModel } from '../core';
import {
  blockOf,
  cellsByStyle,
  documentReference,
  extent,
  lineAddresses,
  linkText,
  POINTS_PER_INCH,
  rectAddress,
  rectangles,
  widthToPoints,
} from './render-plan';
import { jsonBytes, type Session, type WriteUnit } from './session';
import { joinAddresses } from './runs';

export interface RenderOptions {
  /** true: Range.hyperlink (ExcelApi 1.7); false: =HYPERLINK() formulas */
  hyperlinks: boolean;
  /** Worksheet.pageLayout is there (ExcelApi 1.9); without it the print setup is skipped */
  pageLayout: boolean;
  onProgress?: (p: Progress) => void;
}

export interface RenderStats {
  sheets: string[];
  hyperlinks: boolean;
  print: boolean;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const WEIGHT: Record<BorderWeight, 'Thin' | 'Medium'> = { thin: 'Thin', medium: 'Medium' };
type BorderItem = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/**
 * The border commands of a style. Inside lines are drawn only where the style has the same line on both
 * opposite sides; otherwise its rectangles stay one row tall (or one column wide).
 */
export function borderPlan(style: CellStyle): {
  items: [BorderItem, 'Thin' | 'Medium'][];
  wide: boolean;
  tall: boolean;
} {
  const b = style.border ?? {};
  const items: [BorderItem, 'Thin' | 'Medium'][] = [];
  if (b.top) items.push(['EdgeTop', WEIGHT[b.top]]);
  if (b.bottom) items.push(['EdgeBottom', WEIGHT[b.bottom]]);
  if (b.left) items.push(['EdgeLeft', WEIGHT[b.left]]);
  if (b.right) items.push(['EdgeRight', WEIGHT[b.right]]);
  const vertical = b.top === b.bottom;
  const horizontal = b.left === b.right;
  if (b.top && vertical) items.push(['InsideHorizontal', WEIGHT[b.top]]);
  if (b.left && horizontal) items.push(['InsideVertical', WEIGHT[b.left]]);
  return { items, wide: horizontal, tall: vertical };
}

/** how many format commands a style queues besides its borders (as formatAreas counts them) */
function styleCommands(style: CellStyle): number {
  return [style.font, style.size, style.bold, style.color, style.h, style.v, style.wrap, style.fill].filter(Boolean)
    .length;
}

/** Queues the format commands of one style on a RangeAreas; returns how many it queued. */
function formatAreas(format: Excel.RangeFormat, style: CellStyle, borders: [BorderItem, 'Thin' | 'Medium'][]): number {
  let n = 0;
  if (style.font) {
    format.font.name = style.font;
    n++;
  }
  if (style.size) {
    format.font.size = style.size;
    n++;
  }
  if (style.bold) {
    format.font.bold = true;
    n++;
  }
  if (style.color) {
    format.font.color = `#${style.color.replace(/^#/, '')}`;
    n++;
  }
  if (style.h) {
    format.horizontalAlignment = H_ALIGN[style.h];
    n++;
  }
  if (style.v) {
    format.verticalAlignment = V_ALIGN[style.v];
    n++;
  }
  if (style.wrap) {
    format.wrapText = true;
    n++;
  }
  if (style.fill) {
    format.fill.color = `#${style.fill.replace(/^#/, '')}`;
    n++;
  }
  for (const [item, weight] of borders) {
    const border = format.borders.getItem(item);
    border.style = 'Continuous';
    border.weight = weight;
    n += 2;
  }
  return n;
}

type SheetRef = () => Excel.Worksheet;

/** Writes the values and number formats in row blocks that fit the budget: one command each per block. */
async function writeBlocks(s: Session, sheet: SheetRef, model: SheetModel, hyperlinks: boolean): Promise<void> {
  const { rows, cols } = extent(model);
  if (!rows || !cols) return;
  const cells = new Map<string, SheetCell>(model.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const block = blockOf(model, cells, 1, rows, cols, !hyperlinks);
  const rowBytes = block.values.map((line, i) => jsonBytes(line) + jsonBytes(block.formats[i]));
  const unit = (start: number, end: number): WriteUnit => ({
    bytes: rowBytes.slice(start, end).reduce((a, b) => a + b, 0),
    ops: 4,
    queue: () => {
      const range = sheet().getRangeByIndexes(start, 0, end - start, cols);
      const formats = block.formats.slice(start, end);
      if (formats.some((line) => line.some((f) => f !== null))) range.numberFormat = formats as string[][];
      const values = block.values.slice(start, end);
      if (block.formulaRows.slice(start, end).some(Boolean)) range.formulas = values as string[][];
      else range.values = values as string[][];
    },
    split: () => {
      const mid = (start + end) >> 1;
      return end - start < 2 ? [] : [unit(start, mid), unit(mid, end)];
    },
  });
  for (let start = 0; start < rows;) {
    let end = start;
    let bytes = 0;
    while (end < rows && (end === start || bytes + rowBytes[end] < s.limits.budgetBytes / 2)) bytes += rowBytes[end++];
    await s.write(unit(start, end));
    start = end;
  }
}

/** the format of a comma-joined address list: one RangeAreas (ExcelApi 1.9), or a single range without it */
function formatOf(s: Session, sheet: SheetRef, list: string): Excel.RangeFormat {
  return s.features.rangeAreas ? sheet().getRanges(list).format : sheet().getRange(list).format;
}

/** address lists for formatOf: joined up to maxAddressChars with RangeAreas, one address each without */
function listsOf(s: Session, addresses: string[]): string[] {
  return s.features.rangeAreas ? joinAddresses(addresses, s.limits.maxAddressChars) : addresses;
}

async function writeStyles(s: Session, sheet: SheetRef, model: SheetModel): Promise<void> {
  for (const [name, cells] of cellsByStyle(model)) {
    const style = model.styles[name];
    if (!style) continue;
    const plan = borderPlan(style);
    const lists = listsOf(s, rectangles(cells, plan.wide, plan.tall).map(rectAddress));
    // each format command carries the whole address again in its object path
    const commands = 1 + styleCommands(style) + 2 * plan.items.length;
    const unit = (list: string): WriteUnit => ({
      bytes: commands * (list.length + 40),
      ops: commands,
      queue: () => formatAreas(formatOf(s, sheet, list), style, plan.items),
      split: () => halves(list).map(unit),
    });
    for (const list of lists) {
      await s.write(unit(list));
      s.stats.formatCalls += commands - 1;
    }
  }
}

/** an address list cut in two at a comma (none when it is one address) */
function halves(list: string): string[] {
  const parts = list.split(',');
  if (parts.length < 2) return [];
  const mid = parts.length >> 1;
  return [parts.slice(0, mid).join(','), parts.slice(mid).join(',')];
}

async function writeLines(s: Session, sheet: SheetRef, model: SheetModel): Promise<void> {
  const widths = lineAddresses(
    model.columns.map((w, i): [number, number] => [i + 1, widthToPoints(w)]),
    'col',
  );
  const heights = lineAddresses(
    Object.entries(model.rowHeights).map(([r, h]): [number, number] => [Number(r), h]),
    'row',
  );
  for (const [kind, groups] of [
    ['columnWidth', widths],
    ['rowHeight', heights],
  ] as const) {
    for (const [points, addresses] of groups) {
      const unit = (list: string): WriteUnit => ({
        bytes: 2 * list.length + 60,
        ops: 2,
        queue: () => {
          formatOf(s, sheet, list)[kind] = points;
        },
        split: () => halves(list).map(unit),
      });
      for (const list of listsOf(s, addresses)) {
        await s.write(unit(list));
        s.stats.formatCalls++;
      }
    }
  }
}

async function writeMerges(s: Session, sheet: SheetRef, model: SheetModel): Promise<void> {
  for (const m of model.merges) {
    await s.write({
      bytes: 60,
      ops: 2,
      queue: () =>
        sheet()
          .getRangeByIndexes(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1)
          .merge(false),
    });
    s.stats.formatCalls++;
  }
}

/** inches to points, to a hundredth */
function points(inches: number): number {
  return Math.round(inches * POINTS_PER_INCH * 100) / 100;
}

/** A4, orientation, fit to width (or one page), margins, centring and print title rows. */
async function writePrint(s: Session, sheet: SheetRef, model: SheetModel): Promise<void> {
  await s.write({ bytes: 12 * 60, ops: 14, queue: () => queuePrint(sheet(), model) });
}

function queuePrint(ws: Excel.Worksheet, model: SheetModel): void {
  const p = model.print;
  const pl = ws.pageLayout;
  pl.paperSize = 'A4';
  pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (p.fitToWidth || p.onePage) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: p.onePage ? 1 : 0 };
  pl.leftMargin = points(p.margins.left);
  pl.rightMargin = points(p.margins.right);
  pl.topMargin = points(p.margins.top);
  pl.bottomMargin = points(p.margins.bottom);
  pl.headerMargin = points(p.margins.header);
  pl.footerMargin = points(p.margins.footer);
  pl.centerHorizontally = p.centerHorizontally;
  if (p.titleRows) pl.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
  // headersFooters is ExcelApi 1.9 like the rest of pageLayout; a host object without it is skipped
  const hf = (pl as { headersFooters?: Excel.HeaderFooterGroup }).headersFooters;
  if (p.footer && hf) hf.defaultForAllPages.centerFooter = p.footer;
}

function writeFreeze(ws: Excel.Worksheet, model: SheetModel): void {
  const f = model.freeze;
  if (!f || (!f.rows && !f.cols)) return;
  if (f.rows && f.cols) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, f.rows, f.cols));
  else if (f.rows) ws.freezePanes.freezeRows(f.rows);
  else ws.freezePanes.freezeColumns(f.cols);
}

async function writeLinks(s: Session, sheet: SheetRef, model: SheetModel): Promise<void> {
  for (const c of model.cells) {
    if (!c.link) continue;
    const link: Excel.RangeHyperlink = {
      documentReference: documentReference(c.link),
      textToDisplay: linkText(c),
      screenTip: `${c.link.sheet}!${c.link.cell}`,
    };
    await s.write({
      bytes: jsonBytes(link) + 40,
      ops: 2,
      queue: () => {
        sheet().getRangeByIndexes(c.row - 1, c.col - 1, 1, 1).hyperlink = link;
      },
    });
  }
}

/** Queues one sheet: delete the old one of that name, add it again, then values, formats and layout. */
async function writeSheet(s: Session, model: SheetModel, opts: RenderOptions): Promise<void> {
  const sheets = () => s.ctx.workbook.worksheets;
  await s.write({
    bytes: 4 * model.name.length + 100,
    ops: 3,
    queue: () => {
      sheets().getItemOrNullObject(model.name).delete();
      sheets().add(model.name);
    },
  });
  const sheet = () => sheets().getItem(model.name);
  await writeBlocks(s, sheet, model, opts.hyperlinks);
  await writeStyles(s, sheet, model);
  await writeMerges(s, sheet, model);
  await writeLines(s, sheet, model);
  if (opts.pageLayout) await writePrint(s, sheet, model);
  await s.write({ bytes: 120, ops: 3, queue: () => writeFreeze(sheet(), model) });
  if (opts.hyperlinks) await writeLinks(s, sheet, model);
}

/**
 * Renders the models into the workbook, each replacing a sheet of the same name, and shows the first.
 * The caller's session syncs what is left queued.
 */
export async function renderSheets(
  s: Session,
  models: readonly SheetModel[],
  opts: RenderOptions,
): Promise<RenderStats> {
  for (const [i, model] of models.entries()) {
    s.checkAbort();
    await writeSheet(s, model, opts);
    opts.onProgress?.({ done: i + 1, total: models.length, stage: 'claim' });
  }
  const first = models[0]?.name;
  if (first) await s.write({ bytes: 60, queue: () => s.ctx.workbook.worksheets.getItem(first).activate() });
  await s.flush();
  return { sheets: models.map((m) => m.name), hyperlinks: opts.hyperlinks, print: opts.pageLayout };
}
