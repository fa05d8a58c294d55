// Fast path for checking without --out: ExcelJS's streaming reader builds the Grids about 5–8 times
// faster and in a tenth of the memory of the full reader (100,000 rows: ~4 s and ~150 MB instead of
// 25–35 s and 1 GB). It yields the same Grid as sheetToGrid (a test compares them).
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../core/types';
import { displayText, toCellValue } from './cells';

export interface StreamSheet {
  name: string;
  hidden: boolean;
  grid: Grid;
}

interface StreamWorksheet extends AsyncIterable<ExcelJS.Row> {
  name?: string;
  state?: string;
}

interface StreamReader extends AsyncIterable<StreamWorksheet> {
  model?: { sheets?: { name: string }[] };
}

async function streamGrid(ws: StreamWorksheet): Promise<Grid> {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const formats: string[][] = [];
  let maxCol = 0;
  for await (const row of ws) {
    const r = row.number;
    const vr: CellValue[] = [];
    const tr: string[] = [];
    const fr: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = cell.value;
      const v = toCellValue(raw);
      if (v === null || v === '') return;
      const fmt = cell.numFmt ?? '';
      while (vr.length < c - 1) { vr.push(null); tr.push(''); fr.push(''); }
      vr[c - 1] = v;
      tr[c - 1] = displayText(raw, v, fmt);
      fr[c - 1] = fmt;
      if (c > maxCol) maxCol = c;
    });
    if (!vr.length) continue;
    while (values.length < r - 1) { values.push([]); texts.push([]); formats.push([]); }
    values[r - 1] = vr;
    texts[r - 1] = tr;
    formats[r - 1] = fr;
  }
  for (let i = 0; i < values.length; i++) {
    while (values[i].length < maxCol) { values[i].push(null); texts[i].push(''); formats[i].push(''); }
  }
  return { originRow: 1, originCol: 1, values, texts, formats };
}

/**
 * Every worksheet's Grid, in tab order, read with the streaming reader. Returns null when the
 * streaming reader cannot name the sheets (unusual relationship targets): the caller then uses the full reader.
 * The file must already be known to be a readable .xlsx (readWorkbook's checks).
 */
export async function streamGrids(file: string): Promise<StreamSheet[] | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  }) as unknown as StreamReader;
  const sheets: StreamSheet[] = [];
  for await (const ws of reader) {
    const grid = await streamGrid(ws);
    if (!ws.name) return null;
    sheets.push({ name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden', grid });
  }
  const order = (reader.model?.sheets ?? []).map((s) => s.name);
  sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return sheets;
}
