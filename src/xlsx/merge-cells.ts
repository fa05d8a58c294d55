// The merged areas of a worksheet: the <mergeCells> element of its XML, or ExcelJS's list of them.
import type { CellArea } from '../core/types';
import { findElement, findStartTag, getAttr } from './xml';

const A1 = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

function cellOf(ref: string): { row: number; col: number } | null {
  const m = A1.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** 'B5:B12' → the area; null for anything else (a single cell is no merge). */
export function parseMergeRef(ref: string): CellArea | null {
  const [a, b] = ref.split(':');
  const p = cellOf(a ?? '');
  const q = b === undefined ? null : cellOf(b);
  if (!p || !q) return null;
  const area = {
    row: Math.min(p.row, q.row),
    col: Math.min(p.col, q.col),
    rows: Math.abs(q.row - p.row) + 1,
    cols: Math.abs(q.col - p.col) + 1,
  };
  return area.rows * area.cols > 1 ? area : null;
}

/** Areas in sheet order: by top row, then left column. */
export function sortAreas(areas: CellArea[]): CellArea[] {
  return areas.sort((x, y) => x.row - y.row || x.col - y.col);
}

/** The merged areas of a worksheet's XML (p: the namespace prefix of its elements; from: after sheetData). */
export function mergeCellAreas(xml: string, p: string, from = 0): CellArea[] {
  const list = findElement(xml, `${p}mergeCells`, from);
  if (!list) return [];
  const out: CellArea[] = [];
  for (let t = findStartTag(xml, `${p}mergeCell`, list[0] + 1); t && t[0] < list[1]; t = findStartTag(xml, `${p}mergeCell`, t[1])) {
    const area = parseMergeRef(getAttr(xml.slice(t[0], t[1]), 'ref') ?? '');
    if (area) out.push(area);
  }
  return sortAreas(out);
}
