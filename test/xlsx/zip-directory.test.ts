// The read-only zip directory (zip-directory.ts) against jszip, which it stands in for when a roster is
// only read: on every package it reads, the same parts in the same order with the same method, sizes
// and compressed bytes as jszip gives; on anything else null (jszip then reads it as before). Checked
// on the packages the writers give, on the hostile corpus, on hand-made odd zips and on random edits
// of a small zip's headers.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { zipDirectory, type ZipPart } from '../../src/xlsx/zip-directory';
import { XlsxPackage } from '../../src/xlsx/package';
import { buildCorpus, roster } from '../hostile/corpus';
import { writeZip, type RawEntry } from '../hostile/zip';
import { rawXlsx } from './raw-xlsx';

interface LoadedData {
  compressedContent: Uint8Array;
  compression: { magic: string };
  compressedSize: number;
  uncompressedSize: number;
}

/** jszip's parts of a package as zipDirectory lists them, or 'refused' when jszip cannot load it. */
async function viaJszip(data: Buffer): Promise<Map<string, ZipPart> | 'refused'> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return 'refused';
  }
  const out = new Map<string, ZipPart>();
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    const d = (f as unknown as { _data: LoadedData })._data;
    out.set(name, {
      method: d.compression.magic === '\x00\x00' ? 0 : 8,
      compressedSize: d.compressedSize,
      uncompressedSize: d.uncompressedSize,
      content: d.compressedContent,
    });
  }
  return out;
}

/** zipDirectory's reading of data: 'deferred' (null), or the parts, checked equal to jszip's. */
async function sameAsJszip(data: Buffer): Promise<'deferred' | 'read'> {
  const mine = zipDirectory(data);
  if (!mine) return 'deferred';
  const theirs = await viaJszip(data);
  if (theirs === 'refused') throw new Error('read a zip jszip refuses');
  expect([...mine.keys()]).toEqual([...theirs.keys()]);
  for (const [name, p] of mine) {
    const q = theirs.get(name) as ZipPart;
    expect({ name, m: p.method, c: p.compressedSize, u: p.uncompressedSize }).toEqual({
      name,
      m: q.method,
      c: q.compressedSize,
      u: q.uncompressedSize,
    });
    expect(Buffer.compare(p.content, q.content)).toBe(0);
  }
  return 'read';
}

const stored = (name: string, text: string): RawEntry => {
  const data = Buffer.from(text);
  return { name, data, method: 0, size: data.length, crc: 0 };
};

/** A small zip of stored parts: nearly all of its bytes are headers. */
const small = () =>
  writeZip([stored('[Content_Types].xml', '<Types/>'), stored('xl/a.xml', 'abc'), stored('xl/b/c.xml', 'd')]);

test('the packages the writers give are read, as jszip reads them', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('花名册').addRow(['姓名', 1]);
  const exceljs = Buffer.from(await wb.xlsx.writeBuffer());
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['姓名', 1]]), '花名册');
  const sheetjs = XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer;
  const raw = await rawXlsx({ sheets: [{ name: 'S', body: '<sheetData/>' }], sharedStrings: '<si><t>x</t></si>' });
  for (const data of [exceljs, sheetjs, raw, await roster(), small()]) expect(await sameAsJszip(data)).toBe('read');
});

test('every file of the hostile corpus: read as jszip reads it, or left to jszip', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zipdir-'));
  try {
    const seen: Record<string, string> = {};
    for (const f of await buildCorpus(dir, false)) seen[f.name] = await sameAsJszip(await fs.readFile(f.file));
    // what the corpus holds that is a zip of the plain shape is read; the cut one is not
    expect(seen['good.xlsx']).toBe('read');
    expect(seen['truncated.xlsx']).toBe('deferred');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 60000);

test('odd zips are left to jszip: zip64, encryption, prefixed bytes, names jszip rewrites, a name twice …', async () => {
  const zip = small();
  const end = zip.length - 22;
  const cd = zip.readUInt32LE(end + 16);
  const edit = (f: (b: Buffer) => void) => {
    const b = Buffer.from(zip);
    f(b);
    return b;
  };
  const odd = [
    edit((b) => b.writeUInt32LE(0xffffffff, end + 16)), // zip64 offset
    edit((b) => b.writeUInt16LE(0xffff, end + 10)), // zip64 count
    edit((b) => b.writeUInt16LE(1, cd + 8)), // encrypted
    edit((b) => b.writeUInt16LE(12, cd + 10)), // bzip2
    Buffer.concat([Buffer.from('MZ-stub'), zip]), // bytes before the zip (jszip shifts its offsets)
    writeZip([stored('xl/../a.xml', 'x')]),
    writeZip([stored('xl//a.xml', 'x')]),
    writeZip([stored('./a.xml', 'x')]),
    writeZip([stored('表.xml', 'x')]),
    writeZip([stored('a.xml', 'x'), stored('a.xml', 'y')]),
    writeZip([stored('a.xml', 'x'), stored('b.xml', '')]), // jszip holds no bytes of an empty part
    edit((b) => b.writeUInt16LE(4, end + 10)), // more records declared than there are
    zip.subarray(0, zip.length - 1),
  ];
  for (const data of odd) expect(await sameAsJszip(data)).toBe('deferred');
  // a comment after the directory, a folder entry: read
  const commented = Buffer.concat([edit((b) => b.writeUInt16LE(5, end + 20)), Buffer.from('hello')]);
  expect(await sameAsJszip(commented)).toBe('read');
  expect(await sameAsJszip(writeZip([stored('xl/', ''), stored('xl/a.xml', 'x')]))).toBe('read');
});

test('random edits of a zip: what is read is what jszip reads, never a zip jszip refuses', async () => {
  const zip = small();
  let read = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }),
      fc.nat(40),
      async (edits, cut) => {
        const b = Buffer.from(zip);
        for (const [at, v] of edits) b[at] = v;
        if ((await sameAsJszip(cut < 30 ? b : b.subarray(0, b.length - cut + 30))) === 'read') read++;
      },
    ),
    { numRuns: 3000 },
  );
  expect(read).toBeGreaterThan(100); // the property saw zips it reads, not only ones it defers
});

test('a package opened to be read gives the same parts as one loaded by jszip, and cannot be written', async () => {
  const data = await roster();
  const a = await XlsxPackage.read(data, 'r.xlsx');
  const b = await XlsxPackage.load(data, 'r.xlsx');
  expect(a.parts(() => true)).toEqual(b.parts(() => true));
  for (const part of a.parts(() => true)) expect(a.bytes(part)?.equals(b.bytes(part) as Buffer)).toBe(true);
  const sheet = 'xl/worksheets/sheet1.xml';
  expect(Buffer.concat([...(a.pieces(sheet, 100) ?? [])].map((p) => Buffer.from(p)))).toEqual(b.bytes(sheet));
  expect(a.has('xl/nothing.xml')).toBe(false);
  expect(() => a.write('xl/x.xml', 'x')).toThrow(/read only/);
});
