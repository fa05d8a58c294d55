// The sheet reader fed a piece at a time (as the inflate stream gives them) reads exactly what it reads
// from the whole text: wherever the cuts fall (in a tag, an entity, a multi-byte character, a closing
// tag), and through the package's stream with its limits.
import { promises as fs } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { Grid } from '../../src/core';
import { packageSheets } from '../../src/xlsx/fast-read';
import { GridCollector } from '../../src/xlsx/grid-limits';
import { XlsxPackage } from '../../src/xlsx/package';
import { readRosterGrid, readWorkbook, sheetToGrid } from '../../src/xlsx/read';
import { SheetGridReader, type CellSource } from '../../src/xlsx/sheet-grid';
import { tempDir } from '../cli/run';
import { deflated, entriesOf, writeZip } from '../hostile/zip';
import { rawXlsx } from './raw-xlsx';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SRC: CellSource = {
  strings: ['序号', '姓名', '张三😀'],
  formats: ['', 'yyyy-mm-dd', '@', '0.00'],
  dates: [false, true, false, false],
  date1904: false,
};

function sheetXml(rows: string, p = ''): string {
  const x = p ? `xmlns:${p.slice(0, -1)}` : 'xmlns';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${x}="${NS}">` +
    `<${p}dimension ref="A1:D3"/><${p}sheetData>${rows}</${p}sheetData>` +
    `<${p}mergeCells count="1"><${p}mergeCell ref="B2:B3"/></${p}mergeCells></${p}worksheet>`
  );
}

/** The Grid of bytes given in pieces ending at the cut offsets (sorted, within the bytes). */
function readCut(bytes: Buffer, cuts: number[]): Grid {
  const r = new SheetGridReader(SRC, 'test');
  let from = 0;
  for (const c of [...cuts, bytes.length]) {
    r.push(bytes.subarray(from, c));
    from = c;
  }
  return r.end();
}

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="str"><v>A&amp;B &lt;中&#x6587;&gt;</v></c></row>' +
  '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" s="1"><v>44256</v></c>' +
  '<c r="D2" t="inlineStr"><is><t>王😀五&amp;</t></is></c></row>' +
  '<row r="3"><c r="A3" s="3"><v>2.5</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" s="2" t="str"><f>A1</f><v>410102199003071230</v></c></row>';

test('cuts in a tag, an entity, a multi-byte character and a closing tag: the grid of the whole text', () => {
  const bytes = Buffer.from(sheetXml(ROWS));
  const whole = readCut(bytes, []);
  expect(whole.values).toEqual([
    ['序号', '姓名', 'A&B <中文>', null],
    [1, '张三😀', 44256, '王😀五&'],
    [2.5, null, true, '410102199003071230'],
  ]);
  expect(whole.texts?.[1][2]).toBe('2021-03-01');
  expect(whole.texts?.[2][0]).toBe('2.50');
  expect(whole.formats?.[2][3]).toBe('@');
  expect(whole.merges).toEqual([{ row: 2, col: 2, rows: 2, cols: 1 }]);
  const at = (s: string, k = 0) => bytes.indexOf(s) + k;
  const cuts = [
    at('<sheetData') + 4, // the start tag of the rows
    at('<c r="C1"') + 3, // a cell's tag
    at('&amp;') + 2, // an entity
    at('中') + 1, // inside a three-byte character
    at('😀') + 2, // inside a four-byte character
    at('</row>') + 3, // a closing tag
    at('</sheetData>') + 5,
    at('<mergeCell ') + 6,
  ].sort((a, b) => a - b);
  expect(readCut(bytes, cuts)).toEqual(whole);
  // one byte at a time
  expect(
    readCut(
      bytes,
      Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
    ),
  ).toEqual(whole);
});

const cellArb = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map((s) => ({ t: 'str', s })),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map((s) => ({ t: 'inline', s })),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => ({ t: 'n', s: String(n) })),
  fc.integer({ min: 1, max: 60000 }).map((n) => ({ t: 'date', s: String(n) })),
  fc.constantFrom(0, 1, 2).map((k) => ({ t: 's', s: String(k) })),
);

/** XML text of s: escaped, and the characters XML cannot hold left out. */
function xmlText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

function rowsXml(rows: { t: string; s: string }[][], p: string): string {
  return rows
    .map((cells, r) => {
      const cs = cells.map((c, k) => {
        const ref = `${String.fromCharCode(65 + k)}${r + 1}`;
        if (c.t === 'str') return `<${p}c r="${ref}" t="str"><${p}v>${xmlText(c.s)}</${p}v></${p}c>`;
        if (c.t === 'inline')
          return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${xmlText(c.s)}</${p}t></${p}is></${p}c>`;
        if (c.t === 'date') return `<${p}c r="${ref}" s="1"><${p}v>${c.s}</${p}v></${p}c>`;
        if (c.t === 's') return `<${p}c r="${ref}" t="s"><${p}v>${c.s}</${p}v></${p}c>`;
        return `<${p}c r="${ref}"><${p}v>${c.s}</${p}v></${p}c>`;
      });
      return `<${p}row r="${r + 1}">${cs.join('')}</${p}row>`;
    })
    .join('');
}

test('random sheets cut at random places read as the whole text does (with and without a namespace prefix)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
      fc.constantFrom('', 'x:'),
      fc.array(fc.nat(), { maxLength: 30 }),
      (rows, p, picks) => {
        const bytes = Buffer.from(sheetXml(rowsXml(rows, p), p));
        const cuts = [...new Set(picks.map((k) => 1 + (k % (bytes.length - 1))))].sort((a, b) => a - b);
        const whole = readCut(bytes, []);
        // every cell with something in it is read (the test cannot pass on two empty grids)
        const filled = rows.flat().filter((c) => xmlText(c.s) !== '').length;
        expect(whole.values.flat().filter((v) => v !== null).length).toBe(filled);
        expect(readCut(bytes, cuts)).toEqual(whole);
      },
    ),
    { numRuns: 300 },
  );
});

test('a sheet without rows, or without sheetData, still gives its merges', () => {
  const empty = sheetXml('').replace('<sheetData></sheetData>', '<sheetData/>');
  expect(readCut(Buffer.from(empty), [60, 200]).merges).toEqual([{ row: 2, col: 2, rows: 2, cols: 1 }]);
  const none = sheetXml('').replace('<sheetData></sheetData>', '');
  expect(readCut(Buffer.from(none), [50]).merges).toEqual([{ row: 2, col: 2, rows: 2, cols: 1 }]);
  expect(() => readCut(Buffer.from(sheetXml(ROWS).replace('</sheetData>', '')), [300])).toThrow(/Unclosed/);
});

let dir: string;
beforeAll(async () => {
  dir = await tempDir('sheet-stream');
});

function bigRoster(n: number): string {
  const head =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c>' +
    '<c r="C1" t="inlineStr"><is><t>身份证号码</t></is></c></row>';
  const rows = Array.from(
    { length: n },
    (_, k) =>
      `<row r="${k + 2}"><c r="A${k + 2}"><v>${k + 1}</v></c><c r="B${k + 2}" t="inlineStr"><is><t>学员${k}号</t></is></c>` +
      `<c r="C${k + 2}" t="str"><v>41010219900307${String(k).padStart(4, '0')}</v></c></row>`,
  );
  return `<sheetData>${head}${rows.join('')}</sheetData>`;
}

test('through the package: the streamed grid (many pieces) is the grid of the sheet inflated whole', async () => {
  const data = await rawXlsx({ sheets: [{ name: '花名册', body: bigRoster(3000) }] });
  const pkg = await XlsxPackage.load(data, 'big.xlsx');
  const [sheet] = packageSheets(pkg)!;
  expect(pkg.bytes(sheet.part)!.length).toBeGreaterThan(4 * 65536);
  const streamed = sheet.grid();
  expect(streamed.values.length).toBe(3001);
  expect(streamed.values[3000]).toEqual([3000, '学员2999号', '410102199003072999']);
  // the sheet inflated whole, read by ExcelJS's full reader
  const file = path.join(dir, 'big.xlsx');
  await fs.writeFile(file, data);
  expect(streamed).toEqual(sheetToGrid((await readWorkbook(file)).worksheets[0]));
});

test('a sheet part inflating past its declared size is refused while streaming', async () => {
  const entries = await entriesOf(await rawXlsx({ sheets: [{ name: '花名册', body: bigRoster(2000) }] }));
  const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
  sheet.size = 100_000; // it inflates to some 250 KB
  const file = path.join(dir, 'lying-sheet.xlsx');
  await fs.writeFile(file, writeZip(entries));
  await expect(readRosterGrid(file)).rejects.toThrow(/文件解压后过大（xl\/worksheets\/sheet1\.xml）：解压后超过/);
});

test('a sheet part declaring a DOCTYPE is refused before its rows are read', async () => {
  const entries = await entriesOf(await rawXlsx({ sheets: [{ name: '花名册', body: bigRoster(10) }] }));
  const i = entries.findIndex((e) => e.name === 'xl/worksheets/sheet1.xml');
  const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet xmlns="${NS}">${bigRoster(10)}</worksheet>`;
  entries[i] = deflated(entries[i].name, xml);
  const file = path.join(dir, 'doctype-sheet.xlsx');
  await fs.writeFile(file, writeZip(entries));
  await expect(readRosterGrid(file)).rejects.toThrow(/DOCTYPE/);
});

test('rows formatted alike share one formats array; a far cell or a repeated row changes only its own row', () => {
  const g = new GridCollector('test');
  g.addRow(1, ['a', 1], ['a', '1'], ['', '0.00']);
  g.addRow(2, ['b', 2], ['b', '2'], ['', '0.00']);
  g.addRow(3, ['c', 3], ['c', '3'], ['', '0.00']);
  g.addRow(2, [null, 5], ['', '5'], ['', '@']);
  g.addFar(3, 100, 'far', 'far', 'yyyy-mm-dd');
  const grid = g.build();
  expect(grid.formats![0]).toEqual(['', '0.00', ...new Array<string>(98).fill('')]);
  expect(grid.formats![1].slice(0, 2)).toEqual(['', '@']);
  expect(grid.formats![2][99]).toBe('yyyy-mm-dd');
  expect(grid.formats![0][99]).toBe('');
  expect(grid.values[1].slice(0, 2)).toEqual(['b', 5]);
  expect(grid.formats!.every((f) => f.length === 100)).toBe(true);
});

test('row lists made room for once (reserve) give the grid grown ones give, whatever the room and the rows', () => {
  const row = (r: number, width: number) => ({
    values: Array.from({ length: width }, (_, c) => (c ? `v${r}.${c}` : r)),
    texts: Array.from({ length: width }, (_, c) => (c ? `v${r}.${c}` : String(r))),
    formats: Array.from({ length: width }, () => ''),
  });
  fc.assert(
    fc.property(
      // row numbers (repeated, out of order, further down: the reordering and padding builds too)
      fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(300)), { minLength: 0, maxLength: 40 }),
      fc.nat(40),
      fc.integer({ min: -5, max: 200 }),
      fc.nat(4),
      (numbers, at, room, width) => {
        const plain = new GridCollector('test');
        const roomy = new GridCollector('test');
        numbers.forEach((r, k) => {
          if (k === at) roomy.reserve(room);
          const a = row(r, width + 1);
          const b = row(r, width + 1);
          plain.addRow(r, a.values, a.texts, a.formats);
          roomy.addRow(r, b.values, b.texts, b.formats);
        });
        if (at >= numbers.length) roomy.reserve(room);
        const grid = roomy.build();
        expect(grid).toEqual(plain.build());
        expect(Object.keys(grid.values)).toHaveLength(grid.values.length); // no hole left
      },
    ),
    { numRuns: 500 },
  );
});

test('a reader told the sheet size reads the grid it reads untold, with the size right, low or far too high', () => {
  const rows = Array.from(
    { length: 6000 },
    (_, k) =>
      `<row r="${k + 1}"><c r="A${k + 1}"><v>${k}</v></c><c r="B${k + 1}" t="str"><v>name ${k % 97}</v></c>` +
      `<c r="C${k + 1}" s="1"><v>${44256 + (k % 30)}</v></c></row>`,
  ).join('');
  const bytes = Buffer.from(sheetXml(rows));
  expect(bytes.length).toBeGreaterThan(2 * 256 * 1024); // the rows are estimated within the part
  const read = (size?: number) => {
    const r = new SheetGridReader(SRC, 'test', undefined, size);
    for (let i = 0; i < bytes.length; i += 65536) r.push(bytes.subarray(i, i + 65536));
    return r.end();
  };
  const untold = read();
  expect(untold.values).toHaveLength(6000);
  for (const size of [bytes.length, Math.floor(bytes.length / 3), bytes.length * 50, 1]) {
    const grid = read(size);
    expect(grid).toEqual(untold);
    expect(Object.keys(grid.values)).toHaveLength(6000);
  }
});
