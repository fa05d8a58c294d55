// XML given a piece at a time, cut anywhere, read a region of whole elements at a time: up to the
// end tag of the last element complete in what has arrived (the markup is ASCII, so a cut after an
// end tag never splits a character, a tag or an entity). The regions are read in the pieces
// themselves; only the element cut in two by a piece's start is read from the two joined. What
// follows waits, copied (a piece is the caller's to reuse after push).
const NONE = Buffer.alloc(0);
/** bytes at the end of what waits, searched again with the next piece: an end tag may be cut in two */
const OVERLAP = 64;

/** The parts as one buffer (the one part itself when there is one). */
export function concat(parts: Buffer[], length: number): Buffer {
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
}

export class ElementRegions {
  private carry: Buffer[] = [];
  private carryLength = 0;
  /** the last bytes of the carry, searched again with the next piece */
  private tail: Buffer = NONE;
  /** stop was found: what follows it waits (rest()), nothing more is read */
  stopped = false;

  /**
   * end: the end tag that closes an element (`</row>`); stop, when given, the end tag after the last
   * element (`</sheetData>`); read(buf, from, to) reads the whole elements of buf[from, to).
   */
  constructor(
    private readonly end: Buffer,
    private readonly stop: Buffer | null,
    private readonly read: (buf: Buffer, from: number, to: number) => void,
  ) {}

  /**
   * The next piece: the elements of what waits and the piece read up to the last whole one. They are
   * searched in the window, the tail of what waits then the piece, without joining the two: in the
   * piece, then in the tail joined to the piece's first bytes (an end tag cut in two).
   */
  push(piece: Buffer): void {
    if (!piece.length) return;
    if (this.stopped) {
      this.keep(piece);
      return;
    }
    const k = this.carryLength;
    const tl = this.tail.length;
    const joint = tl ? Buffer.concat([this.tail, piece.subarray(0, OVERLAP)]) : null;
    const { end, stop } = this;
    let last = piece.lastIndexOf(end);
    if (last >= 0) last += tl;
    else if (joint) last = joint.lastIndexOf(end);
    const data = stop ? firstIn(piece, joint, tl, stop, Math.max(0, last)) : -1;
    if (last < 0 && data < 0) {
      this.keep(piece);
      this.setTail(joint && piece.length < OVERLAP ? joint : piece);
      return;
    }
    // offsets in what waits and the piece, one after the other
    const base = k - tl;
    const cut = base + (data >= 0 ? data : last + end.length);
    let rest: Buffer;
    if (!k) {
      this.read(piece, 0, cut);
      rest = piece.subarray(cut);
    } else {
      // the element that waits, completed by the piece's first bytes, then the piece's own elements
      const first = firstIn(piece, joint, tl, end, 0);
      const firstEnd = first >= 0 && base + first + end.length <= cut ? base + first + end.length : cut;
      const joined = concat([...this.carry, piece.subarray(0, Math.max(0, firstEnd - k))], Math.max(k, firstEnd));
      this.read(joined, 0, firstEnd);
      if (cut > firstEnd) this.read(piece, firstEnd - k, cut - k);
      rest = cut >= k ? piece.subarray(cut - k) : Buffer.concat([joined.subarray(cut, k), piece]);
    }
    this.carry = [];
    this.carryLength = 0;
    if (data >= 0) this.stopped = true;
    this.keep(rest);
    this.setTail(rest);
  }

  /** What waits: an element not ended yet, or (stopped) the stop tag and what follows. */
  rest(): Buffer {
    const all = concat(this.carry, this.carryLength);
    this.carry = [];
    this.carryLength = 0;
    this.tail = NONE;
    return all;
  }

  private keep(b: Buffer): void {
    if (!b.length) return;
    this.carry.push(Buffer.from(b));
    this.carryLength += b.length;
  }

  private setTail(window: Buffer): void {
    this.tail = Buffer.from(window.length > OVERLAP ? window.subarray(window.length - OVERLAP) : window);
  }
}

/** Where pat first starts at or after from in the window (tail, tl bytes long, then piece), or -1. */
function firstIn(piece: Buffer, joint: Buffer | null, tl: number, pat: Buffer, from: number): number {
  if (joint && from < tl) {
    const j = joint.indexOf(pat, from);
    if (j >= 0) return j;
  }
  const i = piece.indexOf(pat, Math.max(0, from - tl));
  return i < 0 ? -1 : i + tl;
}
