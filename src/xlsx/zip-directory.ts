// The parts of a zip package found from its central directory, for reading a roster without loading
// jszip: jszip's loader walks every byte of the file before it reads the directory (its ArrayReader
// masks each byte: ~50 ms for a 10 MB roster), and jszip with pako and readable-stream is ~85 ms of CPU
// to load. Only the plain shape every spreadsheet writer gives is read here; anything else (zip64,
// encryption, bytes before the zip or between its directory and its end, a method other than stored or
// DEFLATE, a name jszip would rewrite or decode otherwise, a part named twice or declared empty, a
// count or an offset that does not add up) gives null, and the caller loads the package with jszip as before, so that
// jszip's reading and refusals stay what they were. A test compares both on every fixture and on the
// hostile corpus.

export interface ZipPart {
  /** 0: stored, 8: DEFLATE */
  method: 0 | 8;
  compressedSize: number;
  /** the size the central directory declares */
  uncompressedSize: number;
  /** the compressed bytes (a view into the package's bytes) */
  content: Uint8Array;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** extra fields that make jszip read a part otherwise: zip64 sizes, Info-ZIP Unicode path and comment */
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UPATH = 0x7075;
const EXTRA_UCOMMENT = 0x6375;
const HIGH = 0x80000000;

/** The parts (not folders) by name in directory order, as jszip would list them; null when not plain. */
export function zipDirectory(data: Uint8Array): Map<string, ZipPart> | null {
  const n = data.length;
  const u16 = (i: number) => data[i] | (data[i + 1] << 8);
  const u32 = (i: number) => (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16)) + data[i + 3] * 0x1000000;
  // jszip takes the last end-of-directory signature in the file: the same one when it lies in the
  // last 64 KB (a comment is at most 65,535 bytes)
  let end = -1;
  for (let i = n - 4; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (data[i] === 0x50 && u32(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0 || end + 22 > n || end + 22 + u16(end + 20) > n) return null;
  const records = u16(end + 10);
  const size = u32(end + 12);
  const offset = u32(end + 16);
  if (u16(end + 4) === 0xffff || u16(end + 6) === 0xffff || u16(end + 8) === 0xffff || records === 0xffff) return null;
  // jszip reads 32-bit fields as signed: 2 GB and more (zip64's 0xffffffff among them) is left to it
  if (size >= HIGH || offset >= HIGH || offset + size !== end) return null;
  const parts = new Map<string, ZipPart>();
  const names = new Set<string>();
  let p = offset;
  let count = 0;
  while (p < end) {
    if (p + 46 > end || u32(p) !== CENTRAL) return null;
    const madeBy = u16(p + 4) >> 8;
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const compressedSize = u32(p + 20);
    const uncompressedSize = u32(p + 24);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const external = u32(p + 38);
    const local = u32(p + 42);
    const next = p + 46 + nameLength + extraLength + u16(p + 32);
    if (flags & 1 || (method !== 0 && method !== 8) || next > end) return null;
    if (compressedSize >= HIGH || uncompressedSize >= HIGH || local >= HIGH) return null;
    // the extra fields as jszip walks them
    const extraEnd = p + 46 + nameLength + extraLength;
    for (let x = p + 46 + nameLength; x + 4 < extraEnd; x += 4 + u16(x + 2)) {
      const id = u16(x);
      if (id === EXTRA_ZIP64 || id === EXTRA_UPATH || id === EXTRA_UCOMMENT || x + 4 + u16(x + 2) > n) return null;
    }
    // jszip names a part by its local header's name, and takes its data after that header
    if (local + 30 > n || u32(local) !== LOCAL) return null;
    const at = local + 30;
    const localName = u16(local + 26);
    const start = at + localName + u16(local + 28);
    if (start + compressedSize > n) return null;
    let name = '';
    for (let i = at; i < at + localName; i++) {
      if (data[i] < 0x20 || data[i] > 0x7e) return null; // ASCII only: UTF-8, CP437 and latin1 agree
      name += String.fromCharCode(data[i]);
    }
    if (!plainName(name) || names.has(name)) return null;
    names.add(name);
    const unixDir = madeBy === 3 && (external >>> 16) & 0x4000;
    const dir = external & 0x10 || unixDir || name.endsWith('/');
    if (dir && !name.endsWith('/')) return null; // jszip would add a slash
    if (!dir && uncompressedSize === 0) return null; // jszip keeps no compressed bytes of an empty part
    if (!dir) {
      parts.set(name, {
        method,
        compressedSize,
        uncompressedSize,
        content: data.subarray(start, start + compressedSize),
      });
    }
    count++;
    p = next;
  }
  return count === records ? parts : null;
}

/** Whether jszip keeps the name as it is (its utils.resolve: no '.', '..' or empty inner segment). */
function plainName(name: string): boolean {
  if (!name) return false;
  const seg = name.split('/');
  for (let i = 0; i < seg.length; i++) {
    if (seg[i] === '.' || seg[i] === '..' || (seg[i] === '' && i !== 0 && i !== seg.length - 1)) return false;
  }
  return true;
}
