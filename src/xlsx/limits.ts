// Limits on what a workbook may make this tool hold in memory, checked before anything is inflated:
// the uncompressed size of each part and of the whole package (from the zip's central directory),
// the compression ratio of large parts, and, while inflating, the actual output (a central directory
// can lie). Rows and columns read are capped too (grid-limits.ts). Small functions, so that every
// reader (.xlsx here; other formats elsewhere) can call the same checks. The limits and the size check
// are in zip-limits.ts (no Node module there: the pane's reader uses them too).
import { promises as fs } from 'fs';
import * as zlib from 'zlib';
import { InputError } from '../core';

export {
  checkEntrySizes,
  DEFAULT_LIMITS,
  limits,
  type Limits,
  parseMaxSize,
  resetLimits,
  setLimits,
  tooLarge,
  TooLargeError,
  type ZipEntrySize,
} from './zip-limits';
import { limits, type Limits, mb, tooLarge } from './zip-limits';

/**
 * Inflates a DEFLATE stream, stopping as soon as the output exceeds cap bytes (the declared size
 * of the entry, or the part limit): a refusal instead of an unbounded buffer.
 */
export function inflateCapped(data: Uint8Array, cap: number, file: string, part: string): Buffer {
  return inflateWithin(data, cap, () => inflatesPast(cap, file, part));
}

/** Raw DEFLATE data inflated whole, refused with past() once it passes cap bytes; zlib's error otherwise. */
export function inflateWithin(data: Uint8Array, cap: number, past: () => Error): Buffer {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw past();
    throw e;
  }
}

/** The refusal of a part that inflates past cap bytes (inflateCapped, and the streamed reading of package.ts). */
export function inflatesPast(cap: number, file: string, part: string): InputError {
  return tooLarge(
    file,
    part,
    `解压后超过 ${mb(cap)}（与文件目录记载的大小不符或超过上限）`,
    `inflates past ${mb(cap)} (more than the zip directory declares, or above the limit)`,
  );
}

/** A running total of bytes inflated from one package, refused past the total limit. */
export class InflateBudget {
  private used = 0;
  constructor(
    private readonly file: string,
    private readonly lim: Readonly<Limits> = limits(),
  ) {}

  /** The most a part may inflate to now: its declared size, within the part limit and what is left. */
  capFor(declared: number): number {
    return Math.min(Math.max(0, declared), this.lim.maxPartBytes, Math.max(0, this.lim.maxTotalBytes - this.used));
  }

  add(part: string, bytes: number): void {
    this.used += bytes;
    if (this.used > this.lim.maxTotalBytes) {
      throw tooLarge(
        this.file,
        part,
        `合计超过 ${mb(this.lim.maxTotalBytes)}`,
        `more than ${mb(this.lim.maxTotalBytes)} in all`,
      );
    }
  }
}

/** The start of xml up to its root element (declaration, comments, a DOCTYPE if any). */
function prolog(xml: string): string {
  for (let i = xml.indexOf('<'); i >= 0 && i < xml.length; i = xml.indexOf('<', i + 1)) {
    const c = xml.charCodeAt(i + 1);
    if (c !== 63 /* ? */ && c !== 33 /* ! */) return xml.slice(0, i);
  }
  return xml;
}

/**
 * Refuses an XML part that declares a DOCTYPE (entities: "billion laughs", external files). Office
 * never writes one; no parser of this tool expands them, but a part with one is not read at all.
 */
export function refuseDoctype(xml: string, file: string, part: string): void {
  if (!prolog(xml.length > 65536 ? xml.slice(0, 65536) : xml).includes('<!DOCTYPE')) return;
  throw new InputError(
    `${file}：${part} 含有 XML 文档类型与实体声明（<!DOCTYPE>），Excel 不会写出这样的文件，为安全起见不予读取`,
    `${file}: ${part} declares an XML DOCTYPE with entities, which Excel never writes; not read, for safety`,
  );
}

/** Whether an OLE compound file is an encrypted Office document (EncryptionInfo + EncryptedPackage streams). */
export async function isEncryptedOle(file: string): Promise<boolean> {
  try {
    const data = await fs.readFile(file);
    // SheetJS's CFB reader, loaded only for OLE files
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CFB } = require('@e965/xlsx') as typeof import('@e965/xlsx');
    const cfb = CFB.read(data, { type: 'buffer' });
    return cfb.FullPaths.some((p: string) => /\/EncryptedPackage$/i.test(p));
  } catch {
    return false;
  }
}
