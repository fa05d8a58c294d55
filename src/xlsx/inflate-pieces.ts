// A deflated part inflated a piece at a time into one buffer, reused for every piece. A 100,000-row
// sheet is some 60 MB of XML: Node's zlib stream gives it as ~900 fresh 64 KB buffers, one thread-pool
// round trip and a few promises each, and every fresh buffer is new memory to fault in (on a VM about
// 22 µs per 4 KB page): ~300 ms to inflate what takes ~45 ms inflated in place. This drives the zlib
// handle synchronously, as Node's own inflateRawSync does (zlib.js processChunkSync: the handle's
// writeSync and _writeState), but keeps no output: each piece is given, then overwritten by the next.
// Where that handle is not there (another Node), the part is inflated whole and given in pieces.
import * as zlib from 'zlib';
import { inflateWithin } from './limits';

interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOff: number,
    inLen: number,
    out: Buffer,
    outOff: number,
    outLen: number,
  ): void;
}

interface ZlibInternals {
  _handle?: ZlibHandle;
  /** [avail_out, avail_in] after the last write */
  _writeState?: Uint32Array;
}

/**
 * The inflated bytes of raw DEFLATE data, up to chunkSize bytes a piece. Each piece is valid until the
 * next one is asked for (they share one buffer): a reader must copy what it keeps. Inflating past cap
 * bytes throws past(); corrupt or truncated data throws zlib's error.
 */
export function* inflatePieces(data: Uint8Array, chunkSize: number, cap: number, past: () => Error): Generator<Buffer> {
  const inflater = zlib.createInflateRaw();
  const { _handle: handle, _writeState: state } = inflater as unknown as ZlibInternals;
  if (typeof handle?.writeSync !== 'function' || !(state instanceof Uint32Array)) {
    inflater.close();
    yield* piecesOfWhole(data, chunkSize, cap, past);
    return;
  }
  inflater.on('error', () => {}); // reported through inflater.errored, thrown below
  const out = Buffer.allocUnsafe(chunkSize);
  let inOff = 0;
  let inLen = data.length;
  let total = 0;
  try {
    for (;;) {
      handle.writeSync(zlib.constants.Z_FINISH, data, inOff, inLen, out, 0, chunkSize);
      if (inflater.errored) throw inflater.errored;
      const availOut = state[0];
      const availIn = state[1];
      inOff += inLen - availIn;
      inLen = availIn;
      const have = chunkSize - availOut;
      total += have;
      if (total > cap) throw past();
      if (have > 0) yield out.subarray(0, have);
      if (availOut !== 0) return; // the stream's end: what output room was left is not needed
    }
  } finally {
    inflater.close();
  }
}

/** The same pieces from the data inflated whole (capped): for a Node whose zlib handle is not the one above. */
export function* piecesOfWhole(data: Uint8Array, chunkSize: number, cap: number, past: () => Error): Generator<Buffer> {
  const whole = inflateWithin(data, cap, past);
  for (let i = 0; i < whole.length; i += chunkSize) yield whole.subarray(i, i + chunkSize);
}
