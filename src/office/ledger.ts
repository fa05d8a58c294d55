/// <reference types="office-js" />
// The subsidy ledger sheet (补贴台账) of the reviewer's workbook: reading a sheet as a Grid (values, text
// and number formats, so IDs typed as numbers are told apart), and writing an append plan
// (core/ledger planLedgerAppend) in row chunks under the request budget.
import {
  type AppendPlan,
  type CellValue,
  type Grid,
  LEDGER_SHEET,
  type LedgerWriteOptions,
  type LedgerWriteStats,
} from '../core';
import { readBlock, toCellValues } from './read';
import { jsonBytes, utf8Bytes, type Session, type WriteUnit } from './session';

const WIDE = new Set(['id', 'fingerprint', 'institution', 'source']);

/**
 * The used range of a sheet as a Grid (values, text and number formats), or null when the workbook has no
 * such sheet. An empty sheet gives an empty grid.
 */
export async function readSheetGrid(s: Session, sheetName: string): Promise<Grid | null> {
  const ws = s.ctx.workbook.worksheets.getItemOrNullObject(sheetName);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  await s.sync();
  if (ws.isNullObject) return null;
  if (used.isNullObject) return { originRow: 1, originCol: 1, values: [], texts: [], formats: [] };
  const block = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
  const data = await readBlock(s, ws, block, ['values', 'text', 'numberFormat']);
  return {
    originRow: block.row + 1,
    originCol: block.col + 1,
    values: toCellValues(data.values),
    texts: data.text as string[][],
    formats: data.numberFormat as string[][],
  };
}

/** A number format Office.js accepts: the plan's '' is General. */
function formatOf(f: string | undefined): string {
  return f ? f : 'General';
}

/** Office.js leaves a cell alone for null in a values array; a new row's empty cell is ''. */
function cellInput(v: CellValue): string | number | boolean {
  return v === null ? '' : v;
}

/** Text Excel would take for a formula (= + - @, tab, CR): its cell is formatted as text, so it stays text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function rowFormats(row: CellValue[], formats: string[]): string[] {
  return row.some((v) => typeof v === 'string' && FORMULA_START.test(v))
    ? formats.map((f, i) => (typeof row[i] === 'string' && FORMULA_START.test(row[i] as string) ? '@' : f))
    : formats;
}

/**
 * Writes an append plan into the 补贴台账 sheet, adding the sheet (with a header row) when it is missing:
 * the header cells of plan.addColumns (bold), then plan.rows from plan.firstRow, number formats first
 * (IDs and fingerprints as text '@', so an 18-digit ID never becomes a rounded number), in row chunks
 * that fit the budget. Syncs: one to find the sheet, then one per budget's worth of rows.
 */
export async function writeLedgerPlan(
  s: Session,
  plan: AppendPlan,
  opts: LedgerWriteOptions = {},
): Promise<LedgerWriteStats> {
  const sheets = s.ctx.workbook.worksheets;
  const ws = sheets.getItemOrNullObject(LEDGER_SHEET);
  await s.sync();
  const created = ws.isNullObject;
  if (plan.noHeader || (!plan.rows.length && !plan.addColumns.length)) {
    return { syncs: s.stats.syncs, created: false, rows: 0, headers: 0 };
  }
  // every write below is a Session.write unit that finds the sheet by name, so a batch the host refuses as
  // too large (RequestPayloadSizeLimitExceeded) is sent again in smaller pieces
  const sheet = () => s.ctx.workbook.worksheets.getItem(LEDGER_SHEET);
  if (created) await s.write({ bytes: 100, queue: () => void sheets.add(LEDGER_SHEET) });
  const headerRow = plan.headerRow || opts.headerRow || 1;
  if (plan.addColumns.length) {
    const cols = plan.addColumns.map((c) => c.col);
    const first = Math.min(...cols);
    const width = Math.max(...cols) - first + 1;
    const line: (string | null)[] = new Array(width).fill(null);
    for (const c of plan.addColumns) line[c.col - first] = c.header;
    await s.write({
      bytes: jsonBytes(line) * 2,
      ops: 3,
      queue: () => {
        const header = sheet().getRangeByIndexes(headerRow - 1, first - 1, 1, width);
        header.numberFormat = [line.map(() => '@')];
        header.values = [line.map((v) => v ?? '')];
        header.format.font.bold = true;
      },
    });
    s.stats.formatCalls++;
    for (const c of plan.addColumns) {
      await s.write({
        bytes: 60,
        queue: () => {
          sheet().getRangeByIndexes(0, c.col - 1, 1, 1).format.columnWidth = WIDE.has(c.field) ? 150 : 80;
        },
      });
      s.stats.formatCalls++;
    }
  }
  const width = plan.formats.length;
  const formatRow = plan.formats.map(formatOf);
  const formatBytes = utf8Bytes(JSON.stringify(formatRow));
  const room = s.limits.budgetBytes - s.limits.opOverheadBytes;
  const rowBytes = (i: number): number => {
    const fmts = rowFormats(plan.rows[i], formatRow);
    return jsonBytes(plan.rows[i]) + (fmts === formatRow ? formatBytes : utf8Bytes(JSON.stringify(fmts))) + 8 * width;
  };
  const unit = (start: number, end: number, bytes: number): WriteUnit => ({
    bytes,
    queue: () => {
      const range = sheet().getRangeByIndexes(plan.firstRow - 1 + start, 0, end - start, width);
      range.numberFormat = plan.rows.slice(start, end).map((row) => rowFormats(row, formatRow));
      range.values = plan.rows.slice(start, end).map((row) => row.map(cellInput));
    },
    split: () => {
      const mid = (start + end) >> 1;
      return end - start < 2 ? [] : [unit(start, mid, bytes / 2), unit(mid, end, bytes / 2)];
    },
  });
  for (let start = 0; start < plan.rows.length;) {
    let bytes = 0;
    let end = start;
    while (end < plan.rows.length) {
      const next = rowBytes(end);
      if (end > start && bytes + next > room) break;
      bytes += next;
      end++;
    }
    await s.write(unit(start, end, bytes));
    start = end;
  }
  await s.flush();
  return { syncs: s.stats.syncs, created, rows: plan.rows.length, headers: plan.addColumns.length };
}
