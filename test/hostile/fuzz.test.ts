// Property tests (fast-check) over what reads untrusted input: the value parsers, the ID parser,
// header detection, the engine's JSON report, and the .xlsx reader on mutated zips, mutated XML and
// random grids. Nothing may throw but the tool's own InputError; results stay inside the contract.
import fc from 'fast-check';
import * as zlib from 'zlib';
import { promises as fs } from 'fs';
import * as path from 'path';
import { jsonReport } from '../../src/cli/report-json';
import { checkGrid } from '../../src/core/engine';
import { idKey } from '../../src/core/id';
import { parseIdCell } from '../../src/core/id/parse';
import { detectLayout } from '../../src/core/layout/detect';
import type { CellValue, Grid } from '../../src/core/types';
import { parseDate, parseDateText, parseHours, parsePeriod, parseYuanToFen } from '../../src/core/values';
import { InputError } from '../../src/core';
import { readRosterGrid } from '../../src/xlsx/read';
import { SAMPLE_HEADERS } from '../fixtures/sample';
import { testCatalog, testPolicy } from '../helpers/factory';
import { tempDir } from '../cli/run';
import { rawXlsx } from '../xlsx/raw-xlsx';
import { roster, rosterRows } from './corpus';
import { deflated, entriesOf, writeZip } from './zip';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '2021-05-10',
    '2021.5.10—2021.6.1',
    '4101021990030712X',
    '１２３',
    '  ',
    '1e308',
    '-0',
    'NaN',
    '￥1,500.00元',
  ),
);

test('value and ID parsers never throw, and give integers where they promise them', () => {
  fc.assert(
    fc.property(cellValue, fc.string({ maxLength: 30 }), fc.string({ maxLength: 20 }), (v, text, fmt) => {
      parseDate(v, text);
      parsePeriod(v, text);
      if (typeof v === 'string') parseDateText(v);
      const fen = parseYuanToFen(v);
      expect(fen === null || Number.isNaN(fen) || Number.isSafeInteger(fen)).toBe(true); // NaN: unreadable (documented)
      const h = parseHours(v);
      expect(h === null || Number.isNaN(h) || (Number.isFinite(h) && h >= 0)).toBe(true); // NaN: unreadable (documented)
      expect(typeof parseIdCell(v, text, fmt).kind).toBe('string');
      const key = idKey(v, text);
      expect(key === null || typeof key === 'string').toBe(true);
    }),
    { numRuns: 400 },
  );
});

const headerish = fc.oneof(fc.constantFrom(...SAMPLE_HEADERS, '合计', '总计', '备注：', '单位：'), cellValue);
const grid = (rows: number, cols: number): fc.Arbitrary<Grid> =>
  fc
    .array(fc.array(headerish, { minLength: cols, maxLength: cols }), { minLength: 0, maxLength: rows })
    .map((values) => ({
      originRow: 1,
      originCol: 1,
      values,
      texts: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    }));

test('header detection and the whole check never throw on random grids; the JSON report keeps its contract', () => {
  fc.assert(
    fc.property(grid(12, 16), (g) => {
      const layout = detectLayout(g);
      expect(layout.firstDataRow).toBeGreaterThanOrEqual(1);
      const result = checkGrid(g, { policy: testPolicy(), catalog: testCatalog() });
      const doc = JSON.parse(
        JSON.stringify(
          jsonReport({ file: 'f.xlsx', sheet: 's', result, headersFound: [] }, testPolicy(), testCatalog()),
        ),
      );
      expect(doc.schemaVersion).toBe(1);
      for (const f of doc.findings) {
        expect(typeof f.code).toBe('string');
        expect(['error', 'warning', 'info']).toContain(f.severity);
        expect(Number.isInteger(f.row) && f.row >= 0).toBe(true);
        expect(f.column === null || /^[A-Z]+$/.test(f.column)).toBe(true);
        expect(typeof f.message).toBe('string');
      }
      expect(Object.values(doc.summary).every((n) => Number.isInteger(n))).toBe(true);
    }),
    { numRuns: 60 },
  );
});

let dir = '';
let n = 0;
beforeAll(async () => {
  dir = await tempDir('fuzz');
});

/** Reads data as a roster: it must give a rectangular, bounded Grid or throw an InputError. */
async function readsCleanly(data: Buffer): Promise<void> {
  const file = path.join(dir, `f${n++}.xlsx`);
  await fs.writeFile(file, data);
  try {
    const { grid: g } = await readRosterGrid(file);
    const width = g.values[0]?.length ?? 0;
    expect(g.values.every((r) => r.length === width)).toBe(true);
    expect(g.values.length * width).toBeLessThanOrEqual(4_000_000);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message).not.toContain('\n');
  } finally {
    await fs.rm(file, { force: true });
  }
}

test('the .xlsx reader on mutated zips: a grid or an InputError', async () => {
  const base = await roster(rosterRows(8));
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(base.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }),
      fc.nat(base.length),
      async (edits, cut) => {
        const data = Buffer.from(base.subarray(0, Math.max(4, cut)));
        for (const [pos, byte] of edits) if (pos < data.length) data[pos] = byte;
        await readsCleanly(data);
      },
    ),
    { numRuns: 40 },
  );
}, 120000);

const xmlBits = fc.constantFrom(
  '<row',
  '<row r="1048576">',
  '</row>',
  '<c',
  '<c r="XFD1">',
  '<c r="A0">',
  '</c>',
  '<v>',
  '</v>',
  '<is><t>',
  '</t></is>',
  ' t="s"',
  ' t="inlineStr"',
  ' s="999"',
  '"',
  '>',
  '/>',
  '&#x110000;',
  '&amp;',
  '&',
  '<',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<f>SUM(A1)</f>',
  '<v>1e999</v>',
  '<v>-</v>',
);

test('the .xlsx reader on mutated sheet XML: a grid or an InputError', async () => {
  const entries = await entriesOf(await roster(rosterRows(6)));
  const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml');
  const xml = zlib.inflateRawSync(sheet?.data ?? Buffer.alloc(0)).toString('utf8');
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(xml.length), fc.nat(40), xmlBits), { minLength: 1, maxLength: 6 }),
      async (edits) => {
        let s = xml;
        for (const [at, del, ins] of edits)
          s = s.slice(0, Math.min(at, s.length)) + ins + s.slice(Math.min(at + del, s.length));
        await readsCleanly(
          writeZip([
            ...entries.filter((e) => e.name !== 'xl/worksheets/sheet1.xml'),
            deflated('xl/worksheets/sheet1.xml', s),
          ]),
        );
      },
    ),
    { numRuns: 60 },
  );
}, 120000);

test('the .xlsx reader on random sparse grids (cells anywhere up to XFD1048576): bounded grids', async () => {
  const cellArb = fc.record({
    r: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 1048576 })),
    c: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 16384 })),
    v: fc.string({ maxLength: 8 }),
  });
  const letters = (c: number): string =>
    (c > 26 ? letters(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));
  await fc.assert(
    fc.asyncProperty(fc.array(cellArb, { maxLength: 40 }), async (cells) => {
      const byRow = new Map<number, string[]>();
      for (const { r, c, v } of cells.sort((a, b) => a.r - b.r || a.c - b.c)) {
        const list = byRow.get(r) ?? [];
        list.push(`<c r="${letters(c)}${r}" t="inlineStr"><is><t>${v.replace(/[<&]/g, '_')}</t></is></c>`);
        byRow.set(r, list);
      }
      const body = [...byRow].map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`).join('');
      await readsCleanly(
        await rawXlsx({ sheets: [{ name: '花名册', body: `<sheetData>${rosterRows(3)}${body}</sheetData>` }] }),
      );
    }),
    { numRuns: 40 },
  );
}, 120000);
