// The sheet's columns offered in the mapping dropdowns: letter and header text.
import { type CellValue, colLetter, type Field, type Grid, type RosterLayout } from '../../core';

export interface SheetColumn {
  col: number;
  letter: string;
  header: string;
}

function cellText(grid: Grid, r: number, c: number): string {
  const text = grid.texts?.[r]?.[c];
  if (text !== undefined && text !== '') return text.trim();
  const v: CellValue | undefined = grid.values[r]?.[c];
  return v === null || v === undefined ? '' : String(v).trim();
}

function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid.values) if (row.length > w) w = row.length;
  return w;
}

/** Every column of the grid, with the text of its header row(s) joined by ' / '. */
export function sheetColumns(grid: Grid | undefined, layout: RosterLayout | undefined): SheetColumn[] {
  if (!grid) return [];
  const out: SheetColumn[] = [];
  const headerRows = layout?.headerRows ?? [];
  for (let c = 0; c < gridWidth(grid); c++) {
    const parts: string[] = [];
    for (const row of headerRows) {
      const t = cellText(grid, row - grid.originRow, c).replace(/\s+/g, ' ');
      if (t && !parts.includes(t)) parts.push(t);
    }
    const col = grid.originCol + c;
    out.push({ col, letter: colLetter(col), header: parts.join(' / ') });
  }
  return out;
}

/** The column a field is mapped to in the layout (0 when unmapped). */
export function mappedColumn(layout: RosterLayout | undefined, field: Field): number {
  return layout?.columns.find((m) => m.field === field)?.col ?? 0;
}
