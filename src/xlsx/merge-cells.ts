// The merged areas of a worksheet: the <mergeCells> element of its XML, or ExcelJS's list of them.
import { parseAreaRef } from '../core';
import type { CellArea } from '../core';
import { findElement, findStartTag, getAttr } from './xml';

/** 'B5:B12' → the area; null for anything else (a single cell is no merge). */
export const parseMergeRef = parseAreaRef;

/** Areas in sheet order: by top row, then left column. */
export function sortAreas(areas: CellArea[]): CellArea[] {
  return areas.sort((x, y) => x.row - y.row || x.col - y.col);
}

/** The merged areas of a worksheet's XML (p: the namespace prefix of its elements; from: after sheetData). */
export function mergeCellAreas(xml: string, p: string, from = 0): CellArea[] {
  const list = findElement(xml, `${p}mergeCells`, from);
  if (!list) return [];
  const out: CellArea[] = [];
  for (
    let t = findStartTag(xml, `${p}mergeCell`, list[0] + 1);
    t && t[0] < list[1];
    t = findStartTag(xml, `${p}mergeCell`, t[1])
  ) {
    const area = parseMergeRef(getAttr(xml.slice(t[0], t[1]), 'ref') ?? '');
    if (area) out.push(area);
  }
  return sortAreas(out);
}
