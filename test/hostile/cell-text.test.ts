// Text longer than Excel's 32,767 characters is cut with "…" wherever the tool writes a cell or a
// note: the marked copy's notes, the 校验结果 sheet, generated sheets (the claim papers).
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkGrid } from '../../src/core/engine';
import { A4_MARGINS } from '../../src/core/sheet/model';
import { cutText, MAX_CELL_TEXT } from '../../src/xlsx/cell-text';
import { markPackage } from '../../src/xlsx/marked-copy';
import { patchInternalHyperlinks } from '../../src/xlsx/links';
import { writeSheetsWorkbook } from '../../src/xlsx/sheets-copy';
import { sheetXmlGridFor } from './grid-of';
import { unzipAll } from '../xlsx/raw-xlsx';
import { testCatalog, testPolicy } from '../helpers/factory';
import { roster } from './corpus';

const LONG = '长'.repeat(40000);

test('cutText keeps short text, cuts long text to 32,767 with "…", never halves a surrogate pair', () => {
  expect(cutText('abc')).toBe('abc');
  const cut = cutText(LONG);
  expect(cut).toHaveLength(MAX_CELL_TEXT);
  expect(cut.endsWith('长…')).toBe(true);
  const emoji = cutText('😀'.repeat(20000));
  expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(emoji.endsWith('😀…')).toBe(true);
});

test('the marked copy: notes and the results sheet stay within 32,767 characters per text', async () => {
  const data = await roster();
  const grid = await sheetXmlGridFor(data);
  const result = checkGrid(grid, { policy: testPolicy(), catalog: testCatalog() });
  const findings = [
    ...result.findings,
    { code: 'test.long', severity: 'error' as const, row: 3, col: 2, params: {}, message: LONG },
  ];
  const parts = await unzipAll(
    await markPackage(data, '花名册', result.layout, findings, { locale: 'zh-CN', file: 'r.xlsx' }),
  );
  const texts = (name: RegExp) =>
    [...parts]
      .filter(([n]) => name.test(n))
      .flatMap(([, b]) => [...b.toString('utf8').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]));
  const notes = texts(/comments\d*\.xml$/);
  const results = texts(/worksheets\/sheet2\.xml$/);
  expect(notes.some((t) => t.length === MAX_CELL_TEXT && t.endsWith('…'))).toBe(true);
  expect(results.some((t) => t.length === MAX_CELL_TEXT && t.endsWith('…'))).toBe(true);
  for (const t of [...notes, ...results]) expect(t.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
});

test('generated sheets (claim papers) cut long values and link texts', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cell-text-'));
  const out = path.join(dir, 'notice.xlsx');
  await writeSheetsWorkbook(out, [
    {
      name: '公示名单',
      columns: [10],
      rowHeights: {},
      styles: {},
      merges: [],
      print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, margins: A4_MARGINS, centerHorizontally: true },
      cells: [
        { row: 1, col: 1, value: LONG },
        { row: 2, col: 1, value: LONG, link: { sheet: '花名册', cell: 'A1' } },
      ],
    } as never,
  ]);
  patchInternalHyperlinks();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  fs.rmSync(dir, { recursive: true, force: true });
  const ws = wb.getWorksheet('公示名单')!;
  expect(String(ws.getCell('A1').value)).toHaveLength(MAX_CELL_TEXT);
  expect((ws.getCell('A2').value as { text: string }).text).toHaveLength(MAX_CELL_TEXT);
});
