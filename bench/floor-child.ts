// Child process: the floor of reading a roster — unzip the sheet's XML and scan it once (count rows and
// cells), nothing else. Whatever `validate` does beyond this is ours to shrink. Prints JSON on stdout.
// usage: node floor-child.js FILE.xlsx RUNS
import { promises as fs } from 'fs';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import { nowMs } from './stats';

export interface FloorChildResult {
  /** wall ms of each run: read the file, open the zip directory, inflate the sheet, decode, scan */
  ms: number[];
  cpuMs: number[];
  sheetBytes: number;
  rows: number;
  cells: number;
}

interface Loaded {
  compressedContent: Uint8Array;
}

async function once(file: string): Promise<{ sheetBytes: number; rows: number; cells: number }> {
  const data = await fs.readFile(file);
  const zip = await JSZip.loadAsync(data);
  const entry = zip.file('xl/worksheets/sheet1.xml');
  if (!entry) throw new Error(`${file}: no xl/worksheets/sheet1.xml`);
  const raw = (entry as unknown as { _data: Loaded })._data.compressedContent;
  const xml = zlib.inflateRawSync(raw).toString('utf8');
  let rows = 0;
  let cells = 0;
  for (let i = xml.indexOf('<row'); i >= 0; i = xml.indexOf('<row', i + 4)) rows++;
  for (let i = xml.indexOf('<c '); i >= 0; i = xml.indexOf('<c ', i + 3)) cells++;
  return { sheetBytes: Buffer.byteLength(xml), rows, cells };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const runs = Number(process.argv[3] ?? 3);
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let last = { sheetBytes: 0, rows: 0, cells: 0 };
  await once(file); // warm the page cache and the JIT: the floor is the best case
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    const c0 = process.cpuUsage();
    last = await once(file);
    const c = process.cpuUsage(c0);
    ms.push(nowMs() - t0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  const out: FloorChildResult = { ms, cpuMs, ...last };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
