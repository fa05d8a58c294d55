// The pane writes its notice-only workbook through ExcelJS (src/xlsx/browser-render.ts: no Node zlib in a
// browser), the CLI through its own sheet XML (sheets-copy.ts, assemble --notice-out). Both read back with
// ExcelJS must give the same sheet: every value, merge, column width, print title, footer and page break.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { renderSheet } from '../../src/xlsx/browser-render';
import { writeSheetsWorkbook } from '../../src/xlsx/sheets-copy';
import { notice } from '../fixtures/notice';

interface Seen {
  values: string[];
  merges: string[];
  widths: (number | undefined)[];
  titles: string | undefined;
  footer: string | undefined;
  orientation: string | undefined;
  paper: number | undefined;
}

function seen(ws: ExcelJS.Worksheet): Seen {
  const values: string[] = [];
  ws.eachRow((row, r) =>
    row.eachCell((c, col) => {
      if (c.isMerged && c.master !== c) return;
      values.push(`${r}:${col}=${JSON.stringify(c.value)}`);
    }),
  );
  const model = ws.model as unknown as { merges: string[] };
  return {
    values,
    merges: [...model.merges].sort(),
    widths: Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width),
    titles: ws.pageSetup.printTitlesRow,
    footer: ws.headerFooter.oddFooter,
    orientation: ws.pageSetup.orientation,
    paper: ws.pageSetup.paperSize,
  };
}

/** the manual page breaks in the sheet's XML (ExcelJS does not read them back): <brk id> = last row before */
async function breaks(data: Buffer | ArrayBuffer): Promise<number[]> {
  const zip = await JSZip.loadAsync(data);
  const sheet = Object.keys(zip.files).find((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f))!;
  const xml = await zip.file(sheet)!.async('string');
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
}

async function readBack(data: Buffer | ArrayBuffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets[0];
}

test.each([10, 100])('a %i-trainee notice: the pane and the CLI write the same sheet', async (n) => {
  const model = notice(n);
  const wb = new ExcelJS.Workbook();
  renderSheet(wb, model);
  const paneData = await wb.xlsx.writeBuffer();
  const pane = seen(await readBack(paneData));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-render-'));
  try {
    const file = path.join(dir, 'notice.xlsx');
    await writeSheetsWorkbook(file, [model]);
    const cliData = fs.readFileSync(file);
    const cli = seen(await readBack(cliData));
    expect(pane).toEqual(cli);
    expect(await breaks(paneData)).toEqual(await breaks(cliData));
    expect(await breaks(paneData)).toEqual(n > 50 ? [99] : []);
    expect(pane.values.length).toBeGreaterThan(n);
    expect(pane.footer).toContain('&P');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
