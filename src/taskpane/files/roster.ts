// Roster files chosen in the pane (for 导入花名册到台账): CSV (UTF-8 or GBK) or .xlsx, read into grids,
// and the sheet that holds a roster (the first whose header has an ID column).
import Papa from 'papaparse';
import { type CellValue, decodeCsv, detectLayout, type Grid, type RosterLayout } from '../../core';
import type { CatalogRows } from '../state/types';
import { isXlsxName } from './readFile';

/** Reads every sheet of an .xlsx as a Grid (files/xlsx.ts: the CLI's own Grid builder). */
export type ReadXlsxSheets = (data: ArrayBuffer, name?: string) => Promise<{ name: string; grid: Grid }[]>;

function gridOf(rows: CatalogRows): Grid {
  const values: CellValue[][] = rows.map((r) => r.map((v) => (v === '' || v === undefined ? null : v)));
  return { originRow: 1, originCol: 1, values };
}

/** The sheets of a roster file as grids (a CSV is one sheet). Throws when an .xlsx cannot be read here. */
export async function rosterFileGrids(
  name: string,
  data: ArrayBuffer,
  readXlsxSheets?: ReadXlsxSheets,
): Promise<Grid[]> {
  if (isXlsxName(name)) {
    if (!readXlsxSheets) throw new Error('xlsx');
    return (await readXlsxSheets(data, name)).map((s) => s.grid);
  }
  const text = decodeCsv(new Uint8Array(data));
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
  return [gridOf(rows)];
}

/** The first grid whose roster header maps the ID column, with its layout; null when none has one. */
export function pickRosterGrid(grids: readonly Grid[]): { grid: Grid; layout: RosterLayout } | null {
  for (const grid of grids) {
    const layout = detectLayout(grid);
    if (layout.columns.some((c) => c.field === 'id')) return { grid, layout };
  }
  return null;
}
