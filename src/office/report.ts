/// <reference types="office-js" />
// The 校验结果 sheet, replaced on every run: core/marks decides the table (headers, rows, summary, in
// the user's language); this writes it, the rows in chunks that fit the budget, the summary in J:K
// from the header row down.
import { colLetter } from '../core';
import type { ResultRow, ResultsTable } from '../core';
import { jsonBytes, type Session } from './session';

import { RESULTS_SHEET as REPORT_SHEET } from '../core';

export { REPORT_SHEET };

/** J: the summary block sits right of the table (as in the CLI's marked copy). */
const SUMMARY_COL = 10;

function quote(s: string): string {
  return s.replace(/"/g, '""');
}

/** =HYPERLINK("#'Sheet'!D5","D5"): clicking it jumps to the cell (col 0: the whole row). */
export function cellLink(sheetName: string, row: number, col: number): string {
  const target = col > 0 ? `${colLetter(col)}${row}` : `${row}:${row}`;
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  return `=HYPERLINK("${quote(`#${sheet}!${target}`)}","${quote(target)}")`;
}

export function reportRow(sheetName: string, x: ResultRow): (string | number)[] {
  return [
    x.row ?? '',
    x.column,
    x.link ? cellLink(sheetName, x.link.row, x.link.col ?? 0) : '',
    x.field,
    x.code,
    x.severityLabel,
    x.message,
    x.related,
  ];
}

export async function deleteReport(s: Session, name: string = REPORT_SHEET): Promise<void> {
  await s.write({
    bytes: 100 + 3 * name.length,
    ops: 2,
    queue: () => s.ctx.workbook.worksheets.getItemOrNullObject(name).delete(),
  });
}

/** Queues the replacement of the report sheet (by default 校验结果), in row chunks that fit the budget. */
export async function writeReport(
  s: Session,
  sheetName: string,
  table: ResultsTable,
  name: string = REPORT_SHEET,
): Promise<void> {
  await deleteReport(s, name);
  // every unit builds its proxies afresh from the name, so a refused batch can be queued again
  const sheet = () => s.ctx.workbook.worksheets.getItem(name);
  const width = table.headers.length;
  await s.write({
    bytes: 600 + jsonBytes(table.headers),
    ops: 8,
    queue: () => {
      const ws = s.ctx.workbook.worksheets.add(name);
      const header = ws.getRangeByIndexes(0, 0, 1, width);
      header.values = [table.headers];
      header.format.font.bold = true;
      ws.getRangeByIndexes(0, 6, 1, 1).format.columnWidth = 360;
    },
  });
  s.stats.formatCalls += 2;
  const textCols = ['@', '@', '@', '@', '@'];
  const rows = table.rows;
  for (let start = 0; start < rows.length;) {
    const chunk: (string | number)[][] = [];
    let bytes = 0;
    while (start + chunk.length < rows.length && bytes < s.budgetBytes / 2) {
      const row = reportRow(sheetName, rows[start + chunk.length]);
      bytes += jsonBytes(row) + 40;
      chunk.push(row);
    }
    const at = start + 1;
    await s.write({
      bytes,
      ops: 6,
      queue: () => {
        // text columns (字段 … 相关行) stay text whatever they hold
        sheet().getRangeByIndexes(at, 3, chunk.length, 5).numberFormat = chunk.map(() => textCols);
        sheet().getRangeByIndexes(at, 0, chunk.length, width).formulas = chunk;
      },
    });
    start += chunk.length;
  }
  const empty = table.empty;
  if (empty !== null) {
    await s.write({
      bytes: 100 + jsonBytes(empty),
      ops: 3,
      queue: () => {
        sheet().getRangeByIndexes(1, 0, 1, 1).values = [[empty]];
      },
    });
  }
  const summary = table.summary.map((l) => [l.label, l.value ?? '']);
  await s.write({
    bytes: jsonBytes(summary) * 2 + 80,
    ops: 5,
    queue: () => {
      const block = sheet().getRangeByIndexes(0, SUMMARY_COL - 1, summary.length, 2);
      block.numberFormat = summary.map(() => ['@', 'General']);
      block.values = summary;
    },
  });
}
