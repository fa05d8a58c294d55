// A minimal zip writer for hostile packages: entries given as raw DEFLATE (or stored) bytes with the
// sizes the central directory should declare, true or not; and DEFLATE streams of gigabytes built in
// milliseconds (one flushed block repeated) for zip bombs.
import * as zlib from 'zlib';
import JSZip from 'jszip';

export interface RawEntry {
  name: string;
  /** the compressed bytes (DEFLATE) or the bytes themselves (stored) */
  data: Buffer;
  method: 0 | 8;
  /** the uncompressed size the headers declare */
  size: number;
  crc: number;
}

export function deflated(name: string, content: Buffer | string): RawEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: zlib.deflateRawSync(bytes), method: 8, size: bytes.length, crc: zlib.crc32(bytes) >>> 0 };
}

/** A DEFLATE stream of prefix + chunk × times + suffix, built without compressing more than one chunk. */
export function bombEntry(name: string, prefix: string, chunk: Buffer, times: number, suffix: string): RawEntry {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = zlib.deflateRawSync(Buffer.from(prefix), flush);
  const body = zlib.deflateRawSync(chunk, { ...flush, level: 9 });
  const tail = zlib.deflateRawSync(Buffer.from(suffix));
  let crc = zlib.crc32(prefix);
  for (let i = 0; i < times; i++) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(suffix, crc);
  const data = Buffer.concat([head, ...new Array<Buffer>(times).fill(body), tail]);
  return { name, data, method: 8, size: prefix.length + chunk.length * times + suffix.length, crc: crc >>> 0 };
}

/** The zip of entries, the central directory declaring each entry's size as given. */
export function writeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = Math.min(e.size, 0xffffffff);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x800, 6);
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt32LE(e.crc, 14);
    lh.writeUInt32LE(e.data.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    locals.push(lh, name, e.data);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt32LE(e.crc, 16);
    ch.writeUInt32LE(e.data.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of a package (re-deflated), to be changed and written again with writeZip. */
export async function entriesOf(pkg: Buffer): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(pkg);
  const out: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.push(deflated(name, await zip.files[name].async('nodebuffer')));
  }
  return out;
}
