// The text of a cell's value bytes, one string for values repeated down a roster's columns. A roster's
// short texts (性别, 证书类型, 等级, 人员类别, names …) repeat thousands of times: looking them up by
// their bytes in a small table skips decoding them and keeps one string per value, which is less for
// the garbage collector to copy and less memory. Longer or new values are decoded (UTF-8; latin1 when
// all ASCII, the same text faster) and their XML escapes undone.
import { decodeBytes } from './byte-scan';
import { unescapeXml } from './xml';

/** table slots (a power of two): values of one hash share a slot, the last one read wins */
const SLOTS = 1 << 13;
/** values of up to this many bytes are looked up (twelve CJK characters) */
const WIDTH = 36;

export class ByteStrings {
  private readonly keys: Uint8Array;
  private readonly lengths: Int32Array;
  private readonly texts: string[];

  /** slots: a power of two (a test gives 1: every value shares the one slot) */
  constructor(private readonly slots = SLOTS) {
    this.keys = new Uint8Array(slots * WIDTH);
    this.lengths = new Int32Array(slots).fill(-1);
    this.texts = new Array<string>(slots).fill('');
  }

  /** The text of buf[a, b): UTF-8, XML escapes (&amp; &#x4E2D; …) undone. */
  text(buf: Buffer, a: number, b: number): string {
    const n = b - a;
    let h = 0x811c9dc5 ^ n;
    let hi = 0;
    let amp = false;
    for (let i = a; i < b; i++) {
      const x = buf[i];
      h = Math.imul(h ^ x, 0x01000193);
      hi |= x;
      if (x === 38 /* & */) amp = true;
    }
    if (n > WIDTH) return decode(buf, a, b, hi, amp);
    const slot = (h ^ (h >>> 16)) & (this.slots - 1);
    const at = slot * WIDTH;
    const keys = this.keys;
    if (this.lengths[slot] === n) {
      let k = 0;
      while (k < n && keys[at + k] === buf[a + k]) k++;
      if (k === n) return this.texts[slot];
    }
    const s = decode(buf, a, b, hi, amp);
    for (let k = 0; k < n; k++) keys[at + k] = buf[a + k];
    this.lengths[slot] = n;
    this.texts[slot] = s;
    return s;
  }
}

function decode(buf: Buffer, a: number, b: number, hi: number, amp: boolean): string {
  const s = decodeBytes(buf, a, b, hi);
  return amp ? unescapeXml(s) : s;
}
