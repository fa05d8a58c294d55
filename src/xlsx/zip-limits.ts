// The limits on what a workbook may make this tool hold, and the check of the sizes a zip's central
// directory declares, before anything is inflated. No Node module here: the pane's browser reader
// (src/taskpane/files/xlsx.ts) refuses with the same checks and the same words as the CLI's.
import type JSZip from 'jszip';
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

export function mb(bytes: number): string {
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

interface LoadedData {
  compressedSize?: number;
  uncompressedSize?: number;
}

/** The declared sizes of a loaded zip's entries (from its central directory; jszip 3.x internals). */
export function entrySizes(zip: JSZip): ZipEntrySize[] {
  const out: ZipEntrySize[] = [];
  for (const [name, f] of Object.entries(zip.files)) {
    if (f.dir) continue;
    const d = (f as unknown as { _data: LoadedData })._data;
    out.push({ name, compressedSize: d?.compressedSize ?? 0, uncompressedSize: d?.uncompressedSize ?? 0 });
  }
  return out;
}
