/// <reference types="office-js" />
// Reading blocks of a sheet: one load and one sync when the block fits the budget, row chunks otherwise.
import { parseAreasAddress } from '../core';
import type { CellValue, Grid } from '../core';
import type { Progress } from '../core';
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
    s.loading();
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

/** Range.getMergedAreasOrNullObject needs ExcelApi 1.13 (feature-detected). */
function mergesSupported(): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('ExcelApi', '1.13'));
}

/** the part of a block inside another (null when they do not meet) */
export function intersect(a: Block, b: Block): Block | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

function blockOf(r: Excel.Range): Block {
  return { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

const SHAPE = 'rowIndex, columnIndex, rowCount, columnCount';

type Area = { row: number; col: number; rows: number; cols: number };

function meets(m: Area, b: Block): boolean {
  return (
    m.row - 1 < b.row + b.rows && m.row - 1 + m.rows > b.row && m.col - 1 < b.col + b.cols && m.col - 1 + m.cols > b.col
  );
}

/**
 * The active sheet's used range (or the selection, clipped to the used range: a whole column selected is
 * read only where the sheet has data) as a Grid, with its merged areas when the host can give them:
 * mergesRead is false when it cannot (no ExcelApi 1.13, or more than 512 merged areas, which the API
 * refuses), so the pane can say merged cells were not read rather than report them empty.
 */
export async function readGrid(
  s: Session,
  ws: Excel.Worksheet,
  useSelection: boolean,
  onProgress?: (p: Progress) => void,
): Promise<{ sheetName: string; grid: Grid; mergesRead: boolean }> {
  const queue = (withMerges: boolean) => {
    const used = (useSelection ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange(true)).load(SHAPE);
    const selected = useSelection ? s.ctx.workbook.getSelectedRange().load(SHAPE) : null;
    ws.load('name');
    // the merged areas come with the shapes, in the same sync
    const areas = withMerges ? (selected ?? used).getMergedAreasOrNullObject().load('address') : null;
    s.loading();
    return { used, selected, areas };
  };
  let q = queue(mergesSupported());
  try {
    await s.sync();
  } catch (e) {
    if (!q.areas) throw e;
    // the merged areas could not be listed (more than 512): read without them
    q = queue(false);
    await s.sync();
  }
  const { used, selected, areas } = q;
  const data = used.isNullObject ? null : blockOf(used);
  const block = (selected ? data && intersect(blockOf(selected), data) : data) ?? {
    row: selected?.rowIndex ?? 0,
    col: selected?.columnIndex ?? 0,
    rows: 0,
    cols: 0,
  };
  const merges = areas && !areas.isNullObject ? parseAreasAddress(areas.address).filter((m) => meets(m, block)) : [];
  const read = await readBlock(s, ws, block, ['values', 'numberFormat', 'text'], onProgress);
  const grid: Grid = {
    originRow: block.row + 1,
    originCol: block.col + 1,
    values: toCellValues(read.values),
    texts: read.text as string[][],
    formats: read.numberFormat as string[][],
  };
  if (merges.length) grid.merges = merges;
  return { sheetName: ws.name, grid, mergesRead: areas !== null };
}

/** queues the load of a sheet's used range (values only) and its shape: it is read after the caller's next sync */
export function queueUsedRange(ws: Excel.Worksheet): Excel.Range {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(SHAPE);
  return used;
}

/**
 * the used range of a sheet as values with its 1-based origin; null when the sheet is empty or absent.
 * `queued`: the range from queueUsedRange, already synced, which saves this read its own first sync.
 */
export async function readUsedBlock(
  s: Session,
  ws: Excel.Worksheet,
  queued?: Excel.Range,
): Promise<{ originRow: number; originCol: number; values: CellValue[][] } | null> {
  const used = queued ?? queueUsedRange(ws);
  if (!queued) await s.sync();
  if (ws.isNullObject || used.isNullObject) return null;
  const block = blockOf(used);
  const data = await readBlock(s, ws, block, ['values']);
  return { originRow: block.row + 1, originCol: block.col + 1, values: toCellValues(data.values) };
}

/** the used range of a sheet as values only; [] when the sheet is empty or absent */
export async function readUsedValues(s: Session, ws: Excel.Worksheet): Promise<CellValue[][]> {
  return (await readUsedBlock(s, ws))?.values ?? [];
}
