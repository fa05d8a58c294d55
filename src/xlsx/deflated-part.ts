// A part of an .xlsx package deflated while it is written (the claim papers' and marked copies' sheets).
import * as zlib from 'zlib';

/**
 * A large part (a generated sheet of 100,000 rows is some 70 MB of XML) built a piece at a time and
 * deflated as it grows, so neither the whole text nor its bytes are ever held: each megabyte is
 * deflated on its own with a sync flush (byte-aligned, not final), and the last piece ends the stream.
 * Pieces are turned into bytes every 16,384 characters: short strings encode faster than long ropes.
 */
export class DeflatedPart {
  private pending = '';
  private buffers: Buffer[] = [];
  private buffered = 0;
  private readonly out: Buffer[] = [];
  private crc = 0;
  private size = 0;
  private done: { deflated: Buffer; size: number; crc: number } | null = null;

  add(s: string): this {
    this.pending += s;
    if (this.pending.length > 1 << 14) this.encode();
    return this;
  }

  private encode(): void {
    if (!this.pending) return;
    const b = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    this.buffers.push(b);
    this.buffered += b.length;
    if (this.buffered >= 1 << 20) this.deflate(false);
  }

  private deflate(final: boolean): void {
    const bytes = this.buffers.length === 1 ? this.buffers[0] : Buffer.concat(this.buffers);
    this.buffers = [];
    this.buffered = 0;
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    const flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    this.out.push(zlib.deflateRawSync(bytes, { level: 6, finishFlush: flush }));
  }

  /** The deflated bytes, the size and CRC-32 of the text (the part cannot grow after this). */
  finish(): { deflated: Buffer; size: number; crc: number } {
    if (!this.done) {
      this.encode();
      this.deflate(true);
      this.done = { deflated: Buffer.concat(this.out), size: this.size, crc: this.crc >>> 0 };
      this.out.length = 0;
    }
    return this.done;
  }
}
