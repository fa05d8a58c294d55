// The one way the tests build a Grid, the block of cell values a host hands the core.
import type { CellValue, Grid } from '../../src/core';

export interface GridOptions {
  /** the sheet row and column (1-based) of rows[0][0]; A1 by default */
  originRow?: number;
  originCol?: number;
  /** pads short rows with null to a rectangle, as a host reads a used range */
  rect?: boolean;
  /**
   * adds each cell's shown text (String(value), '' for empty) and number format, as Office.js gives
   * them: 'General' unless `formats` names one (e.g. '@' for text). Implies rect.
   */
  shown?: boolean;
  formats?: (string | undefined)[][];
}

/** A Grid of the rows as given (ragged rows stay ragged unless rect or shown). */
export function gridOf(rows: CellValue[][], opts: GridOptions = {}): Grid {
  const { originRow = 1, originCol = 1 } = opts;
  if (!opts.rect && !opts.shown) return { originRow, originCol, values: rows };
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  if (!opts.shown) return { originRow, originCol, values };
  return {
    originRow,
    originCol,
    values,
    texts: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formats: values.map((r, i) => r.map((_, c) => opts.formats?.[i]?.[c] ?? 'General')),
  };
}
