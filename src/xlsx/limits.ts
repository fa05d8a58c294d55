// Limits on what a workbook may make this tool hold in memory, checked before anything is inflated:
// the uncompressed size of each part and of the whole package (from the zip's central directory),
// the compression ratio of large parts, and, while inflating, the actual output (a central directory
// can lie). Rows and columns read are capped too (grid-limits.ts). Small functions, so that every
// reader (.xlsx here; other formats elsewhere) can call the same checks.
import { promises as fs } from 'fs';
import * as zlib from 'zlib';
import { InputError } from '../core';

export interface Limits {
  /** the largest uncompressed size of one part (bytes) */
  maxPartBytes: number;
  /** the largest uncompressed size of all parts together (bytes) */
  maxTotalBytes: number;
  /** the largest compression ratio (uncompressed / compressed) of a part of at least ratioFromBytes */
  maxRatio: number;
  ratioFromBytes: number;
  /** the most rows with content a roster sheet may have */
  maxRows: number;
  /** cells right of this column are not read (noted in the layout notes) */
  maxCols: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxPartBytes: 256 * MB,
  maxTotalBytes: 384 * MB,
  maxRatio: 250,
  ratioFromBytes: 8 * MB,
  maxRows: 150_000,
  maxCols: 1024,
});

let current: Limits = { ...DEFAULT_LIMITS };

/** The limits in force (the defaults unless a front end set others for this run). */
export function limits(): Readonly<Limits> {
  return current;
}

/** Sets limits for this process (the CLI's --max-size); resetLimits() restores the defaults. */
export function setLimits(p: Partial<Limits>): void {
  current = { ...current, ...p };
}

export function resetLimits(): void {
  current = { ...DEFAULT_LIMITS };
}

/**
 * The value of --max-size: megabytes ("500", "500MB") or gigabytes ("2GB"). It sets the largest
 * uncompressed size of the package and of one part, and lifts the ratio check for parts below it.
 * Returns null when the text is not a size.
 */
export function parseMaxSize(text: string): Partial<Limits> | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|mb|g|gb)?\s*$/i.exec(text);
  if (!m) return null;
  const bytes = Number(m[1]) * (/^g/i.test(m[2] ?? '') ? 1024 * MB : MB);
  if (!(bytes >= MB) || !Number.isFinite(bytes)) return null;
  return { maxPartBytes: bytes, maxTotalBytes: bytes, ratioFromBytes: Math.max(DEFAULT_LIMITS.ratioFromBytes, bytes) };
}

function mb(bytes: number): string {
  return bytes >= 10 * MB ? `${Math.round(bytes / MB)} MB` : `${(bytes / MB).toFixed(1)} MB`;
}

/** A workbook refused because of the limits (exit 2; code "too-large" in JSON). */
export class TooLargeError extends InputError {}

/** The refusal for a package too large once inflated: names the file, the part and the limit. */
export function tooLarge(file: string, part: string, detailZh: string, detailEn: string): InputError {
  const where = part ? `（${part}）` : '';
  return new TooLargeError(
    `${file}：文件解压后过大${where}：${detailZh}；可用 --max-size 调整上限（例如 --max-size 1GB）`,
    `${file}: too large once decompressed${part ? ` (${part})` : ''}: ${detailEn}; raise the limit with --max-size (e.g. --max-size 1GB)`,
  );
}

export interface ZipEntrySize {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** Checks the sizes a zip's central directory declares (nothing inflated yet). */
export function checkEntrySizes(entries: ZipEntrySize[], file: string, lim: Readonly<Limits> = limits()): void {
  let total = 0;
  for (const e of entries) {
    const size = e.uncompressedSize;
    if (!(size >= 0) || size > lim.maxPartBytes) {
      throw tooLarge(
        file,
        e.name,
        `${mb(size)}，超过单个部件上限 ${mb(lim.maxPartBytes)}`,
        `${mb(size)}, above the per-part limit of ${mb(lim.maxPartBytes)}`,
      );
    }
    total += size;
    if (total > lim.maxTotalBytes) {
      throw tooLarge(file, '', `合计超过 ${mb(lim.maxTotalBytes)}`, `more than ${mb(lim.maxTotalBytes)} in all`);
    }
    if (size >= lim.ratioFromBytes && size > lim.maxRatio * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(size / Math.max(1, e.compressedSize));
      throw tooLarge(
        file,
        e.name,
        `压缩比 ${ratio}:1，超过上限 ${lim.maxRatio}:1（疑似“压缩炸弹”）`,
        `compression ratio ${ratio}:1, above ${lim.maxRatio}:1 (a zip bomb?)`,
      );
    }
  }
}

/**
 * Inflates a DEFLATE stream, stopping as soon as the output exceeds cap bytes (the declared size
 * of the entry, or the part limit): a refusal instead of an unbounded buffer.
 */
export function inflateCapped(data: Uint8Array, cap: number, file: string, part: string): Buffer {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw tooLarge(
        file,
        part,
        `解压后超过 ${mb(cap)}（与文件目录记载的大小不符或超过上限）`,
        `inflates past ${mb(cap)} (more than the zip directory declares, or above the limit)`,
      );
    }
    throw e;
  }
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
