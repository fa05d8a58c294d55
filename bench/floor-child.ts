// Child process: the floor of reading a roster — unzip the sheet's XML and scan it once (count rows and
// cells), nothing else. Whatever `validate` does beyond this is ours to shrink. Prints JSON on stdout.
// The floor streams, as `validate` reads (src/xlsx/sheet-grid.ts): the sheet is inflated in 64 KB pieces,
// each decoded and scanned, never whole (docs/performance.md says why that is the fair floor). The old
// floor, the sheet inflated and decoded whole, is measured beside it for the record (wholeMs).
// usage: node floor-child.js FILE.xlsx RUNS
import { promises as fs } from 'fs';
import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { nowMs } from './stats';

export interface FloorChildResult {
  /** wall ms of each run: read the file, open the zip directory, inflate the sheet, decode, scan (streamed) */
  ms: number[];
  cpuMs: number[];
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

async function sheetData(file: string): Promise<Uint8Array> {
  const data = await fs.readFile(file);
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
  const out: FloorChildResult = { ms: [], cpuMs: [], wholeMs: [], wholeCpuMs: [], sheetBytes: 0, rows: 0, cells: 0 };
  // warm the page cache and the JIT: the floor is the best case
  const a = await streamed(file);
  const b = await whole(file);
  if (a.rows !== b.rows || a.cells !== b.cells || a.sheetBytes !== b.sheetBytes) {
    throw new Error(`streamed and whole scans disagree: ${JSON.stringify([a, b])}`);
  }
  Object.assign(out, a);
  for (let i = 0; i < runs; i++) {
    // alternated, so a change in the machine's load hits both alike
    const s = await timed(() => streamed(file));
    out.ms.push(s.ms);
    out.cpuMs.push(s.cpuMs);
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
