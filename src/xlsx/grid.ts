// An ExcelJS worksheet as the core's Grid: values, displayed texts and number formats. Browser-safe
// (no Node module, no ExcelJS import: the worksheet is taken by its shape), so the CLI's full reader
// (read.ts) and the pane's reader of chosen files (taskpane/files/xlsx.ts) build the same Grid.
import { type CellArea, type CellValue, type Grid, parseAreaRef } from '../core';
import { displayText, toCellValue } from './cells';

/** ExcelJS.ValueType.Merge: a cell covered by a merge (its value is the top-left cell's). */
const MERGE = 1;

export interface GridCell {
  type: number;
  value: unknown;
  numFmt?: string;
}

export interface GridRow {
  eachCell(opts: { includeEmpty: boolean }, cb: (cell: GridCell, col: number) => void): void;
}

/** The part of an ExcelJS worksheet (Node or browser bundle) the Grid is read from. */
export interface GridWorksheet {
  eachRow(opts: { includeEmpty: boolean }, cb: (row: GridRow, row1: number) => void): void;
  /** ExcelJS keeps the sheet's merged areas as A1 ranges here */
  model?: unknown;
}

/** The worksheet's merged areas in sheet order (top row, then left column). */
export function worksheetMerges(ws: GridWorksheet): CellArea[] {
  const refs = (ws.model as { merges?: string[] } | undefined)?.merges ?? [];
  const areas = refs.map((r) => parseAreaRef(r)).filter((a): a is CellArea => a !== null);
  return areas.sort((x, y) => x.row - y.row || x.col - y.col);
}

/** The worksheet's used range as a Grid (origin A1): values, displayed texts and number formats. */
export function worksheetGrid(ws: GridWorksheet): Grid {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const formats: string[][] = [];
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vr: CellValue[] = [];
    const tr: string[] = [];
    const fr: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // merged cells hold their value in the top-left cell only, as Office.js gives them
      if (cell.type === MERGE) return;
      const raw = cell.value;
      const v = toCellValue(raw);
      if (v === null || v === '') return;
      const fmt = cell.numFmt ?? '';
      while (vr.length < c - 1) {
        vr.push(null);
        tr.push('');
        fr.push('');
      }
      vr[c - 1] = v;
      tr[c - 1] = displayText(raw, v, fmt);
      fr[c - 1] = fmt;
      if (c > maxCol) maxCol = c;
    });
    if (vr.length) {
      while (values.length < r - 1) {
        values.push([]);
        texts.push([]);
        formats.push([]);
      }
      values[r - 1] = vr;
      texts[r - 1] = tr;
      formats[r - 1] = fr;
    }
  });
  // rectangular: pad every row to the widest
  for (let i = 0; i < values.length; i++) {
    const vr = values[i],
      tr = texts[i],
      fr = formats[i];
    while (vr.length < maxCol) {
      vr.push(null);
      tr.push('');
      fr.push('');
    }
  }
  const merges = worksheetMerges(ws);
  return { originRow: 1, originCol: 1, values, texts, formats, ...(merges.length ? { merges } : {}) };
}
