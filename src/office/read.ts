/// <reference types="office-js" />
// Reading blocks of a sheet: one load and one sync when the block fits the budget, row chunks otherwise.
import type { CellValue, Grid, Progress } from '../core';
import { isPayloadError, jsonBytes, type Session } from './session';

export type CellProp = 'values' | 'numberFormat' | 'text';

export interface Block {
  /** 0-based */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** a first guess of the bytes one cell costs per property, before the first chunk is measured */
const GUESS_BYTES_PER_CELL = 40;

/**
 * Loads the given properties of a block of cells, in as few syncs as the budget allows.
 * Chunk sizes adapt to the bytes measured per row; a chunk the host refuses as too large is halved.
 */
export async function readBlock(
  s: Session,
  ws: Excel.Worksheet,
  block: Block,
  props: CellProp[],
  onProgress?: (p: Progress) => void,
): Promise<Record<CellProp, unknown[][]>> {
  const out: Record<CellProp, unknown[][]> = { values: [], numberFormat: [], text: [] };
  const budget = s.limits.budgetBytes;
  let chunk = Math.max(1, Math.floor(budget / (block.cols * props.length * GUESS_BYTES_PER_CELL)));
  for (let done = 0; done < block.rows;) {
    const n = Math.min(chunk, block.rows - done);
    const range = ws.getRangeByIndexes(block.row + done, block.col, n, block.cols);
    range.load(props);
    try {
      await s.sync();
    } catch (e) {
      if (isPayloadError(e) && n > 1) {
        chunk = Math.ceil(n / 2);
        continue;
      }
      throw e;
    }
    let bytes = 0;
    for (const p of props) {
      const part = range[p] as unknown[][];
      bytes += jsonBytes(part);
      for (const line of part) out[p].push(line);
    }
    chunk = Math.max(1, Math.floor(budget / ((bytes / n) * 1.25)));
    done += n;
    onProgress?.({ done, total: block.rows, stage: 'read' });
  }
  return out;
}

/** '' (an empty cell, as Office.js gives it) becomes null */
export function toCellValues(values: unknown[][]): CellValue[][] {
  return values.map((line) => line.map((v) => (v === '' || v === undefined ? null : (v as CellValue))));
}

export async function readGrid(
  s: Session,
  ws: Excel.Worksheet,
  useSelection: boolean,
  onProgress?: (p: Progress) => void,
): Promise<{ sheetName: string; grid: Grid }> {
  const range = useSelection ? s.ctx.workbook.getSelectedRange() : ws.getUsedRange(true);
  range.load('rowIndex, columnIndex, rowCount, columnCount');
  ws.load('name');
  await s.sync();
  const block: Block = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
  const data = await readBlock(s, ws, block, ['values', 'numberFormat', 'text'], onProgress);
  return {
    sheetName: ws.name,
    grid: {
      originRow: block.row + 1,
      originCol: block.col + 1,
      values: toCellValues(data.values),
      texts: data.text as string[][],
      formats: data.numberFormat as string[][],
    },
  };
}

/** the used range of a sheet as values only; [] when the sheet is empty or absent */
export async function readUsedValues(s: Session, ws: Excel.Worksheet): Promise<CellValue[][]> {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  await s.sync();
  if (ws.isNullObject || used.isNullObject) return [];
  const block: Block = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  const data = await readBlock(s, ws, block, ['values']);
  return toCellValues(data.values);
}
