// Reading a worksheet's markup in its UTF-8 bytes, without decoding them to a string: the markup is
// ASCII, so a tag, an attribute or a number is where the text would have it. Each function reads
// exactly what its string counterpart reads (cell-scan.ts, xml.ts rawAttr, parseFloat, Number),
// taking a fast path for the common shapes and handing anything else to the string code.
import type { CellTag } from './cell-scan';

/** Buffer's own decoders, without toString's argument checks (called once per cell value) */
interface Slicer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** buf[a, b) as text: latin1 when every byte is ASCII (hi < 128: the same text, decoded faster), else UTF-8 */
export function decodeBytes(buf: Buffer, a: number, b: number, hi: number): string {
  const s = buf as unknown as Slicer;
  return hi < 128 ? s.latin1Slice(a, b) : s.utf8Slice(a, b);
}

export function isTagEndByte(b: number): boolean {
  return b === 32 || b === 62 || b === 47 || b === 9 || b === 10 || b === 13;
}

/** XML white space (the characters S of XML 1.0): between attributes, around '='. */
export function isSpaceByte(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 13;
}

/** Whether buf holds pat at i. */
export function bytesAt(buf: Uint8Array, i: number, pat: Uint8Array): boolean {
  if (i + pat.length > buf.length) return false;
  for (let k = 0; k < pat.length; k++) if (buf[i + k] !== pat[k]) return false;
  return true;
}

/** Where byte b first is in buf[from, to), or -1. */
export function byteIndex(buf: Uint8Array, b: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (buf[i] === b) return i;
  return -1;
}

/** Where pat (starting with '<') first starts in buf[from, to), or -1. */
export function tagIndex(buf: Uint8Array, pat: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (buf[i] === 60 && bytesAt(buf, i, pat)) return i;
  return -1;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * parseFloat of the text of buf[a, b). Plain decimals of up to 15 digits (-12, 44256, 0.5, 1800.25)
 * are read from the bytes: their digits are an exact integer and a power of ten up to 1e15 is exact,
 * so the one rounding of the division gives the double nearest the decimal, as parseFloat does.
 * Anything else (an exponent, a sign +, spaces, more digits, other characters) is decoded and given
 * to parseFloat.
 */
export function parseFloatAt(buf: Buffer, a: number, b: number): number {
  let i = a;
  const neg = buf[i] === 45; /* - */
  if (neg) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < b; i++) {
    const d = buf[i] - 48;
    if (d >= 0 && d <= 9) {
      m = m * 10 + d;
      digits++;
      if (dot) scale++;
    } else if (d === -2 /* . */ && !dot) dot = true;
    else return parseFloat(buf.toString('utf8', a, b));
  }
  if (digits === 0 || digits > 15) return parseFloat(buf.toString('utf8', a, b));
  const v = scale ? m / POW10[scale] : m;
  return neg ? -v : v;
}

/** Number() of the text of buf[a, b): plain integers of up to 15 digits from the bytes, the rest decoded. */
export function numberAt(buf: Buffer, a: number, b: number): number {
  let m = 0;
  if (b > a && b - a <= 15) {
    for (let i = a; i < b; i++) {
      const d = buf[i] - 48;
      if (d < 0 || d > 9) return Number(buf.toString('utf8', a, b));
      m = m * 10 + d;
    }
    return m;
  }
  return Number(buf.toString('utf8', a, b));
}

/**
 * Number() of the r attribute of the start tag buf[from, to), 0 when it has none: the attribute found
 * as xml.ts findAttr finds it (a space before the name, spaces around '=', a quoted value).
 */
export function rowNumberAttr(buf: Buffer, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    if (buf[i] !== 114 /* r */ || !isSpaceByte(buf[i - 1])) continue;
    let j = i + 1;
    while (j < to && isSpaceByte(buf[j])) j++;
    if (j >= to || buf[j] !== 61 /* = */) continue;
    j++;
    while (j < to && isSpaceByte(buf[j])) j++;
    const q = buf[j];
    if (j >= to || (q !== 34 && q !== 39)) continue;
    const end = byteIndex(buf, q, j + 1, to);
    return end < 0 ? 0 : numberAt(buf, j + 1, end);
  }
  return 0;
}

/** The t attribute's value: one string per type (no allocation), others decoded. */
function typeName(buf: Buffer, v: number, e: number): string {
  const n = e - v;
  const b = buf[v];
  if (n === 1) {
    if (b === 115) return 's';
    if (b === 110) return 'n';
    if (b === 98) return 'b';
    if (b === 101) return 'e';
  } else if (n === 3 && b === 115 && buf[v + 1] === 116 && buf[v + 2] === 114) return 'str';
  else if (n === 9 && b === 105 && decodeBytes(buf, v, e, 0) === 'inlineStr') return 'inlineStr';
  return decodeBytes(buf, v, e, 0);
}

/**
 * cell-scan.ts scanCellTag over the bytes of a start tag buf[from, to) that are all ASCII (the caller
 * checks; a tag with other bytes is decoded and given to scanCellTag).
 */
export function scanCellTagBytes(buf: Buffer, from: number, to: number, out: CellTag): void {
  out.col = 0;
  out.s = 0;
  out.t = '';
  let i = from;
  while (i < to) {
    if (!isSpaceByte(buf[i])) {
      i++;
      continue;
    }
    while (i < to && isSpaceByte(buf[i])) i++;
    const name = i;
    while (i < to && buf[i] !== 61 /* = */ && !isSpaceByte(buf[i])) i++;
    const nameLen = i - name;
    while (i < to && buf[i] !== 34 && buf[i] !== 39) i++; // to the opening quote
    if (i >= to) return;
    const quote = buf[i];
    const v = i + 1;
    let e = v;
    while (e < to && buf[e] !== quote) e++;
    if (nameLen === 1) {
      const n = buf[name];
      if (n === 114 /* r */) {
        let col = 0;
        for (let k = v; k < e; k++) {
          const ch = buf[k];
          if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
          else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
          else if (ch !== 36 /* $ */) break;
        }
        out.col = col;
      } else if (n === 115 /* s */) {
        let s = 0;
        for (let k = v; k < e; k++) s = s * 10 + buf[k] - 48;
        out.s = s;
      } else if (n === 116 /* t */) {
        out.t = typeName(buf, v, e);
      }
    }
    i = e + 1;
  }
}
