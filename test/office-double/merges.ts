// Range.merge / unmerge (ExcelApi 1.2) and Range.hyperlink (ExcelApi 1.7), applied to the model.
import { parseAddress, type Rect } from './address';
import { writeValue } from './cells';
import type { Host } from './context';
import { RichApiError } from './errors';
import type { HyperlinkState, RangeRef, SheetModel } from './model';

function inside(a: Rect, b: Rect): boolean {
  return a.row >= b.row && a.col >= b.col && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Merges one area: earlier merges inside it are absorbed, values other than the top-left one are cleared. */
function mergeArea(sheet: SheetModel, rect: Rect): void {
  if (rect.rows * rect.cols === 1) return;
  if (sheet.merges.some((m) => overlaps(m, rect) && !inside(m, rect))) {
    throw new RichApiError('InvalidOperation', 'Cannot merge a range that partly overlaps a merged area');
  }
  sheet.merges = sheet.merges.filter((m) => !inside(m, rect));
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      if (r === rect.row && c === rect.col) continue;
      const cell = sheet.get(r, c);
      if (cell) {
        cell.value = null;
        delete cell.formula;
      }
    }
  }
  sheet.merges.push({ ...rect });
}

export function mergeRange(ref: RangeRef, across: boolean): void {
  const { row, col, rows, cols } = ref.rect;
  if (!across) return mergeArea(ref.sheet, ref.rect);
  for (let r = row; r < row + rows; r++) mergeArea(ref.sheet, { row: r, col, rows: 1, cols });
}

export function unmergeRange(ref: RangeRef): void {
  ref.sheet.merges = ref.sheet.merges.filter((m) => !overlaps(m, ref.rect));
}

export interface HyperlinkInput extends HyperlinkState {
  textToDisplay?: string;
}

/** Sets the link on every cell of the range; the text goes into the top-left cell. */
export function setHyperlink(host: Host, ref: RangeRef, link: HyperlinkInput): void {
  if (!host.supports('ExcelApi', '1.7')) throw new RichApiError('ApiNotFound', 'Range.hyperlink needs ExcelApi 1.7');
  if (!link || typeof link !== 'object' || (!link.address && !link.documentReference)) {
    throw new RichApiError('InvalidArgument', 'A hyperlink needs an address or a documentReference');
  }
  if (link.documentReference) parseAddress(link.documentReference); // throws InvalidArgument when malformed
  const state: HyperlinkState = {};
  if (link.address) state.address = link.address;
  if (link.documentReference) state.documentReference = link.documentReference;
  if (link.screenTip) state.screenTip = link.screenTip;
  const { row, col, rows, cols } = ref.rect;
  for (let r = row; r < row + rows; r++)
    for (let c = col; c < col + cols; c++) ref.sheet.cell(r, c).hyperlink = { ...state };
  if (link.textToDisplay !== undefined)
    writeValue(ref.sheet.cell(row, col), link.textToDisplay === '' ? '' : String(link.textToDisplay));
}

/** The hyperlink of the range's top-left cell as Office.js reports it (null when there is none). */
export function readHyperlink(ref: RangeRef): (HyperlinkState & { textToDisplay: string }) | null {
  const cell = ref.sheet.get(ref.rect.row, ref.rect.col);
  if (!cell?.hyperlink) return null;
  return { ...cell.hyperlink, textToDisplay: cell.value === null ? '' : String(cell.value) };
}
