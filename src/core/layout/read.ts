// Reading trainee rows: one Trainee per data row of a detected layout.
import type { CellValue, ColumnMapping, DateValue, Field, Grid, RosterLayout, RowCell, Trainee } from '../types';
import { emptyDate, parseDate } from '../values/date';
import { parseHours } from '../values/hours';
import { parseYuanToFen } from '../values/money';
import { parsePeriod } from '../values/period';
import { cellText } from '../values/text';

const EMPTY_ROW: CellValue[] = [];

interface ReadColumn {
  field: Field;
  col: number;
  /** 0-based index into the grid row */
  index: number;
}

/** The text of a field's cell, '' when the field has no column or the cell is empty. */
function text(cells: Partial<Record<Field, RowCell>>, f: Field): string {
  const c = cells[f];
  return c ? cellText(c.value) : '';
}

/** Builds one Trainee per layout.dataRows row, with a cell for every mapped field (empty ones too). */
export function readTrainees(grid: Grid, layout: RosterLayout): Trainee[] {
  const cols: ReadColumn[] = layout.columns.map((m: ColumnMapping) => ({ field: m.field, col: m.col, index: m.col - grid.originCol }));
  const mapped = new Set(cols.map((c) => c.field));
  const hasStart = mapped.has('start');
  const hasEnd = mapped.has('end');
  const usePeriod = mapped.has('period') && (!hasStart || !hasEnd);
  const out: Trainee[] = new Array(layout.dataRows.length);

  for (let k = 0; k < layout.dataRows.length; k++) {
    const row = layout.dataRows[k];
    const r = row - grid.originRow;
    const values = grid.values[r] ?? EMPTY_ROW;
    const texts = grid.texts?.[r];
    const formats = grid.formats?.[r];
    const cells: Partial<Record<Field, RowCell>> = {};
    for (const c of cols) {
      const v = c.index >= 0 ? values[c.index] : undefined;
      const cell: RowCell = { col: c.col, value: v === undefined ? null : v };
      if (texts && c.index >= 0 && texts[c.index] !== undefined) cell.text = texts[c.index];
      if (formats && c.index >= 0 && formats[c.index] !== undefined) cell.format = formats[c.index];
      cells[c.field] = cell;
    }

    let start: DateValue = emptyDate();
    let end: DateValue = emptyDate();
    if (usePeriod) {
      const p = cells.period!;
      const pv = parsePeriod(p.value, p.text);
      start = pv.start;
      end = pv.end;
    }
    if (hasStart) start = parseDate(cells.start!.value, cells.start!.text);
    if (hasEnd) end = parseDate(cells.end!.value, cells.end!.text);

    out[k] = {
      row,
      cells,
      name: text(cells, 'name'),
      gender: text(cells, 'gender'),
      phone: text(cells, 'phone'),
      occupation: text(cells, 'occupation'),
      category: text(cells, 'category'),
      certType: text(cells, 'certType'),
      level: text(cells, 'level'),
      start,
      end,
      hours: cells.hours ? parseHours(cells.hours.value) : null,
      personType: text(cells, 'personType'),
      amountFen: cells.amount ? parseYuanToFen(cells.amount.value) : null,
    };
  }
  return out;
}
