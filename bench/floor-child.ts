// Child process: the floor of reading a roster — unzip the sheet's XML and scan it once (count rows and
// cells), nothing else. Whatever `validate` does beyond this is ours to shrink. Prints JSON on stdout.
// The floor reads as `validate` reads (src/xlsx/inflate-pieces.ts, sheet-rows.ts): the sheet is inflated
// a 64 KB piece at a time into one reused buffer and scanned in its bytes, never decoded whole
// (docs/performance.md says why that is the fair floor). Two older floors are measured beside it for
// the record: pieces from zlib's stream, each decoded and scanned as text (decodedMs: the floor of the
// last session's reader), and the sheet inflated and decoded whole (wholeMs: the first floor published).
// usage: node floor-child.js FILE.xlsx RUNS
import { promises as fs } from 'fs';
import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { inflatePieces } from '../src/xlsx/inflate-pieces';
import { zipDirectory } from '../src/xlsx/zip-directory';
import { nowMs } from './stats';

export interface FloorChildResult {
  /** wall ms of each run: read the file, find the sheet in the zip directory, inflate it in place, scan its bytes */
  ms: number[];
  cpuMs: number[];
  /** the same with zlib's stream, each piece decoded and scanned as text (the floor published in session 4) */
  decodedMs: number[];
  decodedCpuMs: number[];
  /** the same with the sheet inflated and decoded whole (the floor as published before issue 17's reader) */
  wholeMs: number[];
  wholeCpuMs: number[];
  sheetBytes: number;
  rows: number;
  cells: number;
}

interface Loaded {
  compressedContent: Uint8Array;
}

interface Counts {
  sheetBytes: number;
  rows: number;
  cells: number;
}

/** The sheet's compressed bytes, found as validate finds them (zip-directory.ts; jszip for an odd zip). */
async function sheetData(file: string): Promise<Uint8Array> {
  const data = await fs.readFile(file);
  const part = zipDirectory(data)?.get('xl/worksheets/sheet1.xml');
  if (part?.method === 8) return part.content;
  const zip = await JSZip.loadAsync(data);
  const entry = zip.file('xl/worksheets/sheet1.xml');
  if (!entry) throw new Error(`${file}: no xl/worksheets/sheet1.xml`);
  return (entry as unknown as { _data: Loaded })._data.compressedContent;
}

function count(text: string, pattern: string): number {
  let n = 0;
  for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + pattern.length)) n++;
  return n;
}

const ROW = Buffer.from('<row');
const CELL = Buffer.from('<c ');

/** Occurrences of pattern in bytes from `from` on. */
function countBytes(bytes: Buffer, pattern: Buffer, from = 0): number {
  let n = 0;
  for (let i = bytes.indexOf(pattern, from); i >= 0; i = bytes.indexOf(pattern, i + pattern.length)) n++;
  return n;
}

/** Pieces inflated into one buffer, scanned in their bytes (a pattern cut by a piece's end is joined). */
async function inPlace(file: string): Promise<Counts> {
  const raw = await sheetData(file);
  const out: Counts = { sheetBytes: 0, rows: 0, cells: 0 };
  const seam = Buffer.alloc(8); // the last 3 bytes of a piece and the first 3 of the next
  let last = Buffer.alloc(0);
  for (const piece of inflatePieces(raw, 64 * 1024, Infinity, () => new Error('too large'))) {
    out.sheetBytes += piece.length;
    if (last.length) {
      const join = Buffer.concat([last, piece.subarray(0, 3)], seam.length);
      out.rows += countBytes(join.subarray(0, last.length + Math.min(3, piece.length)), ROW);
      out.cells += countBytes(join.subarray(0, last.length + Math.min(2, piece.length)), CELL, 1);
    }
    out.rows += countBytes(piece, ROW);
    out.cells += countBytes(piece, CELL);
    last = Buffer.from(piece.subarray(Math.max(0, piece.length - 3)));
  }
  return out;
}

async function streamed(file: string): Promise<Counts> {
  const raw = await sheetData(file);
  const chunkSize = 64 * 1024;
  const inflater = zlib.createInflateRaw({ chunkSize, readableHighWaterMark: 16 * chunkSize } as zlib.ZlibOptions);
  inflater.end(raw);
  const decoder = new StringDecoder('utf8');
  const out: Counts = { sheetBytes: 0, rows: 0, cells: 0 };
  let before = ''; // the end of the last piece: '<row' or '<c ' may be cut in two
  for await (const piece of inflater as AsyncIterable<Buffer>) {
    out.sheetBytes += piece.length;
    const text = decoder.write(piece);
    out.rows += count(before.slice(-3) + text, '<row');
    out.cells += count(before.slice(-2) + text, '<c ');
    before = text;
  }
  return out;
}

async function whole(file: string): Promise<Counts> {
  const xml = zlib.inflateRawSync(await sheetData(file)).toString('utf8');
  return { sheetBytes: Buffer.byteLength(xml), rows: count(xml, '<row'), cells: count(xml, '<c ') };
}

async function timed(f: () => Promise<Counts>): Promise<{ ms: number; cpuMs: number; counts: Counts }> {
  const t0 = nowMs();
  const c0 = process.cpuUsage();
  const counts = await f();
  const c = process.cpuUsage(c0);
  return { ms: nowMs() - t0, cpuMs: (c.user + c.system) / 1000, counts };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const runs = Number(process.argv[3] ?? 3);
  const out: FloorChildResult = {
    ms: [],
    cpuMs: [],
    decodedMs: [],
    decodedCpuMs: [],
    wholeMs: [],
    wholeCpuMs: [],
    sheetBytes: 0,
    rows: 0,
    cells: 0,
  };
  // warm the page cache and the JIT: the floor is the best case
  const a = await inPlace(file);
  const b = await streamed(file);
  const c = await whole(file);
  for (const x of [b, c]) {
    if (a.rows !== x.rows || a.cells !== x.cells || a.sheetBytes !== x.sheetBytes) {
      throw new Error(`the scans disagree: ${JSON.stringify([a, b, c])}`);
    }
  }
  Object.assign(out, a);
  for (let i = 0; i < runs; i++) {
    // alternated, so a change in the machine's load hits all alike
    const p = await timed(() => inPlace(file));
    out.ms.push(p.ms);
    out.cpuMs.push(p.cpuMs);
    const s = await timed(() => streamed(file));
    out.decodedMs.push(s.ms);
    out.decodedCpuMs.push(s.cpuMs);
    const w = await timed(() => whole(file));
    out.wholeMs.push(w.ms);
    out.wholeCpuMs.push(w.cpuMs);
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
