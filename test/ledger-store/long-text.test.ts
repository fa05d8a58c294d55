// Ledger .xlsx writes cut text longer than Excel's 32,767 characters with "…", as every cell the tool
// writes; the CSV form keeps it whole (CSV has no such limit).
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { LedgerRecord } from '../../src/core';
import { writeLedgerFile } from '../../src/ledger-store/write';
import { MAX_CELL_TEXT } from '../../src/xlsx/cell-text';
import { tempDir } from '../cli/run';
import { makeRecord } from '../core/ledger/make-record';

const LONG = '培'.repeat(40_000);

/** a paid record whose institution is longer than a cell can hold */
function record(): LedgerRecord {
  return makeRecord({ institution: LONG, paidOn: { y: 2021, m: 5, d: 1 } });
}

test('a ledger written as .xlsx cuts a 40,000-character institution to 32,767 with "…"', async () => {
  const dir = await tempDir('long-text');
  const file = path.join(dir, 'ledger.xlsx');
  expect(await writeLedgerFile(file, [record()], { y: 2021, m: 5, d: 2 })).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  const cut = texts.find((t) => t.startsWith('培培培'));
  expect(cut).toHaveLength(MAX_CELL_TEXT);
  expect(cut!.endsWith('培…')).toBe(true);
  for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(texts).toContain('张三');
});

test('the CSV form keeps the text whole', async () => {
  const dir = await tempDir('long-text');
  const file = path.join(dir, 'ledger.csv');
  await writeLedgerFile(file, [record()], { y: 2021, m: 5, d: 2 });
  expect(await fs.readFile(file, 'utf8')).toContain(LONG);
});
