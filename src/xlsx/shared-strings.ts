// The shared strings part (xl/sharedStrings.xml) read a piece at a time as it is inflated, in its
// bytes: a 100,000-row roster saved by Excel or LibreOffice has some 200,000 items in 10 MB of XML.
// An item of the common shape, <si><t>…</t></si>, is decoded alone (its escapes undone); any other
// (rich text runs, phonetic runs, a prefixed part) is decoded and read by string-items.ts itemText.
// The same strings, in the same order, as sharedStrings() reads from the whole text.
import { byteIndex, bytesAt, decodeBytes, isSpaceByte, isTagEndByte } from './byte-scan';
import { ElementRegions } from './element-regions';
import { itemText, own, sharedStrings, unescapeT } from './string-items';
import { findStartTag, rootPrefix } from './xml';

/** a head (the text before the first item) longer than this is read at the end, whole */
const HEAD_MAX = 4 << 20;
const T_SI_END = Buffer.from('</t></si>');

export class SharedStringsReader {
  private head: Buffer[] = [];
  private headLength = 0;
  private p = '';
  private SI = Buffer.from('<si');
  private SI_END = Buffer.from('</si>');
  private regions: ElementRegions | null = null;
  private readonly out: string[] = [];

  /** prolog, when given, sees the text up to the root element first (a DOCTYPE is refused there). */
  constructor(private readonly prolog?: (text: string) => void) {}

  /** The next piece (copied where kept: the caller may reuse it once push returns). */
  push(piece: Buffer): void {
    if (this.regions) {
      this.regions.push(piece);
      return;
    }
    if (!piece.length) return;
    this.head.push(Buffer.from(piece));
    this.headLength += piece.length;
    if (this.headLength > HEAD_MAX) return;
    const bytes = Buffer.concat(this.head, this.headLength);
    const text = bytes.toString('utf8');
    const p = rootPrefix(text, 'sst');
    if (!findStartTag(text, `${p}sst`)) return;
    this.prolog?.(text);
    this.head = [];
    this.p = p;
    this.SI = Buffer.from(`<${p}si`);
    this.SI_END = Buffer.from(`</${p}si>`);
    this.regions = new ElementRegions(this.SI_END, null, (b, from, to) => this.items(b, from, to));
    this.regions.push(bytes);
  }

  /** The items' texts, in order. */
  end(): string[] {
    if (!this.regions) {
      const text = Buffer.concat(this.head, this.headLength).toString('utf8');
      this.prolog?.(text);
      return sharedStrings(text);
    }
    const rest = this.regions.rest();
    this.items(rest, 0, rest.length);
    return this.out;
  }

  /** The items of buf[from, to) (what follows the last one whole is not read). */
  private items(buf: Buffer, from: number, to: number): void {
    const { SI, SI_END, out } = this;
    let pos = from;
    for (;;) {
      // items follow one another: the next is usually right there
      const i = bytesAt(buf, pos, SI) && isTagEndByte(buf[pos + SI.length]) ? pos : siIndex(buf, SI, pos, to);
      if (i < 0) return;
      const te = byteIndex(buf, 62 /* > */, i, to) + 1;
      if (te === 0) return;
      if (buf[te - 2] === 47) {
        out.push('');
        pos = te;
        continue;
      }
      const end = this.plainItem(buf, te, to);
      if (end >= 0) {
        pos = end;
        continue;
      }
      const next = buf.indexOf(SI_END, te);
      if (next < 0 || next + SI_END.length > to) throw new Error('Unclosed <si>');
      out.push(own(itemText(buf.toString('utf8', te, next), this.p)));
      pos = next + SI_END.length;
    }
  }

  /**
   * An item of the common shape at buf[from] (after <si>): <t …>text</t></si>. Its text is kept and
   * the end of its </si> given; -1 for any other item (nothing kept).
   */
  private plainItem(buf: Buffer, from: number, to: number): number {
    if (this.p || buf[from] !== 60 || buf[from + 1] !== 116 || !(buf[from + 2] === 62 || isSpaceByte(buf[from + 2]))) {
      return -1;
    }
    const ts = byteIndex(buf, 62, from + 2, to) + 1;
    if (ts === 0 || buf[ts - 2] === 47) return -1;
    let e = ts;
    let hi = 0;
    let escaped = false;
    for (; e < to && buf[e] !== 60; e++) {
      const x = buf[e];
      hi |= x;
      if (x === 38 /* & */ || x === 95 /* _ */) escaped = true;
    }
    if (!bytesAt(buf, e, T_SI_END) || e + T_SI_END.length > to) return -1;
    const s = decodeBytes(buf, ts, e, hi);
    this.out.push(escaped ? unescapeT(s) : s);
    return e + T_SI_END.length;
  }
}

/** Where the start tag si (`<si` then a space, '>' or '/') first is in buf[from, to), or -1. */
function siIndex(buf: Buffer, si: Buffer, from: number, to: number): number {
  for (let i = buf.indexOf(si, from); i >= 0 && i < to; i = buf.indexOf(si, i + si.length)) {
    if (i + si.length < to && isTagEndByte(buf[i + si.length])) return i;
  }
  return -1;
}
