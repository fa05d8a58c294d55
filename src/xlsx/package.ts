// An .xlsx package opened with jszip for patching: parts read and written as text, every part not
// written again is copied into the output as it was (its compressed bytes reused), relationships
// and [Content_Types].xml kept in step. Large parts are inflated and deflated with Node's zlib
// (native, several times faster than jszip's JavaScript inflate and deflate); what is written is
// handed to jszip ready-made.
import * as path from 'path';
import * as zlib from 'zlib';
import type JSZip from 'jszip';
import { checkEntrySizes, InflateBudget, inflateCapped, inflatesPast, refuseDoctype } from './limits';
import { entrySizes } from './zip-limits';
import { DeflatedPart } from './deflated-part';
import { inflatePieces } from './inflate-pieces';
import { zipDirectory, type ZipPart } from './zip-directory';
import { escapeXml, findStartTag, getAttr } from './xml';

// jszip (loaded on first use: a package only read never loads it) and its internals (3.x): a compressed
// entry, and the DEFLATE method object
/* eslint-disable @typescript-eslint/no-require-imports */
const jszip = () => require('jszip') as typeof JSZip;
const compressedObject = () =>
  require('jszip/lib/compressedObject') as new (
    csize: number,
    usize: number,
    crc: number,
    method: unknown,
    data: Uint8Array,
  ) => object;
const deflateMethod = () => (require('jszip/lib/compressions') as { DEFLATE: { magic: string } }).DEFLATE;
/* eslint-enable @typescript-eslint/no-require-imports */
const DEFLATE_MAGIC = '\x08\x00';

interface LoadedData {
  compressedContent?: Uint8Array;
  compression?: { magic: string };
  compressedSize?: number;
  uncompressedSize?: number;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
};

/** Whether a relationship type is of that kind, in transitional or strict OOXML (…/relationships/styles). */
export function isRel(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NATIVE_FROM = 64 * 1024; // parts larger than this are deflated with zlib
const STORE_MAGIC = '\x00\x00';
/** the pieces pieces() gives: small enough to stay in the CPU cache and be reused by the allocator */
const PIECE = 64 * 1024;

export interface Relationship {
  id: string;
  type: string;
  /** the part name the target resolves to (no leading slash), or the raw target when external */
  target: string;
  external: boolean;
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  const dir = path.posix.dirname(part);
  return `${dir === '.' ? '' : dir + '/'}_rels/${path.posix.basename(part)}.rels`;
}

/** A relationship target resolved against its source part, as a part name without the leading slash. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return path.posix.normalize(target).slice(1);
  const dir = path.posix.dirname(source);
  return path.posix.normalize(path.posix.join(dir === '.' ? '' : dir, target)).replace(/^\.\//, '');
}

/** target for a relationship from source to part (relative, as Excel writes them). */
export function relativeTarget(source: string, part: string): string {
  return path.posix.relative(path.posix.dirname(source), part);
}

export class XlsxPackage {
  /** the bytes of small parts written since loading */
  private readonly written = new Map<string, Buffer>();

  /** parts already counted against the inflate budget */
  private readonly inflated = new Set<string>();

  /** zip: the package loaded by jszip (to patch); directory: its parts, found without jszip (only read) */
  private constructor(
    private readonly loaded: JSZip | null,
    private readonly directory: Map<string, ZipPart> | null,
    private readonly budget: InflateBudget,
    readonly file: string,
  ) {}

  /**
   * Opens a package; the sizes its zip directory declares are checked against the limits before
   * any part is inflated (limits.ts), and every part read later stops inflating at its declared size.
   * file names the package in messages.
   */
  static async load(data: Buffer, file = 'workbook'): Promise<XlsxPackage> {
    const zip = await jszip().loadAsync(data);
    const full = path.resolve(file);
    checkEntrySizes(entrySizes(zip), full);
    return new XlsxPackage(zip, null, new InflateBudget(full), full);
  }

  /**
   * Opens a package to read it only (nothing can be written into it): its parts found from the zip's
   * central directory without jszip (zip-directory.ts), or, when the zip is not of the plain shape that
   * reads, loaded by jszip as load() does. The same limits as load().
   */
  static async read(data: Buffer, file = 'workbook'): Promise<XlsxPackage> {
    const directory = zipDirectory(data);
    if (!directory) return XlsxPackage.load(data, file);
    const full = path.resolve(file);
    checkEntrySizes(
      [...directory].map(([name, p]) => ({
        name,
        compressedSize: p.compressedSize,
        uncompressedSize: p.uncompressedSize,
      })),
      full,
    );
    return new XlsxPackage(null, directory, new InflateBudget(full), full);
  }

  /** The package as jszip holds it (a package opened by read() cannot be written). */
  get zip(): JSZip {
    if (!this.loaded) throw new Error(`${this.file}: opened to be read only`);
    return this.loaded;
  }

  has(part: string): boolean {
    if (this.directory) return this.directory.has(part);
    const f = this.zip.file(part);
    return !!f && !f.dir;
  }

  /** Part names matching a test. */
  parts(test: (name: string) => boolean): string[] {
    if (this.directory) return [...this.directory.keys()].filter(test);
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir && test(n));
  }

  /** A part's compressed bytes, whether they are deflated (else stored) and its declared size; null: no such part. */
  private entry(part: string): { content: Uint8Array; deflated: boolean; size: number } | null {
    if (this.directory) {
      const p = this.directory.get(part);
      return p ? { content: p.content, deflated: p.method === 8, size: p.uncompressedSize } : null;
    }
    const f = this.zip.file(part);
    if (!f || f.dir) return null;
    const data = (f as unknown as { _data: LoadedData })._data;
    const content = data?.compressedContent;
    if (!content) throw new Error(`${part}: unreadable zip entry`);
    const magic = data.compression?.magic;
    if (magic !== DEFLATE_MAGIC && magic !== STORE_MAGIC) throw new Error(`${part}: unsupported zip compression`);
    return { content, deflated: magic === DEFLATE_MAGIC, size: data.uncompressedSize ?? 0 };
  }

  /** A part's size in bytes as its zip declares it (as written, when written since); 0 when there is no such part. */
  size(part: string): number {
    return this.written.get(part)?.length ?? this.entry(part)?.size ?? 0;
  }

  /** A part's bytes, or null when the package has no such part. */
  bytes(part: string): Buffer | null {
    const mine = this.written.get(part);
    if (mine !== undefined) return mine;
    const data = this.entry(part);
    if (!data) return null;
    const { content } = data;
    const count = !this.inflated.has(part);
    let out: Buffer;
    if (data.deflated) {
      out = inflateCapped(content, count ? this.budget.capFor(data.size) : data.size, this.file, part);
    } else out = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    if (count) {
      this.budget.add(part, out.length);
      this.inflated.add(part);
    }
    return out;
  }

  /**
   * A part's bytes a piece at a time, inflated as they are consumed (inflate-pieces.ts: into one buffer,
   * reused), so that neither the part's bytes nor its text are ever whole in memory: a 100,000-row sheet
   * is some 60 MB of XML. A piece is valid until the next one is asked for: copy what is kept. The
   * same limits as bytes(): the output is counted as it grows and refused past the declared size
   * (within the part and package limits). null when the package has no such part.
   */
  pieces(part: string, chunkSize = PIECE): Iterable<Buffer> | null {
    const mine = this.written.get(part);
    if (mine !== undefined) return [mine];
    const data = this.entry(part);
    if (!data) return null;
    const { content } = data;
    if (!data.deflated) {
      const stored = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      return (function* () {
        for (let i = 0; i < stored.length; i += chunkSize) yield stored.subarray(i, i + chunkSize);
      })();
    }
    const count = !this.inflated.has(part);
    const declared = data.size;
    const cap = Math.max(1, count ? this.budget.capFor(declared) : declared);
    const file = this.file;
    const done = (bytes: number) => {
      if (!count) return;
      this.budget.add(part, bytes);
      this.inflated.add(part);
    };
    return (function* () {
      let bytes = 0;
      for (const piece of inflatePieces(content, chunkSize, cap, () => inflatesPast(cap, file, part))) {
        bytes += piece.length;
        yield piece;
      }
      done(bytes);
    })();
  }

  /** A part's text (UTF-8), or null when the package has no such part. */
  text(part: string): string | null {
    const xml = this.bytes(part)?.toString('utf8') ?? null;
    if (xml !== null && !this.written.has(part)) refuseDoctype(xml, this.file, part);
    return xml;
  }

  /** Writes a part (a new one or a replacement). */
  write(part: string, content: string | Buffer | DeflatedPart): void {
    if (content instanceof DeflatedPart) {
      const d = content.finish();
      this.written.delete(part);
      this.inflated.add(part);
      const entry = new (compressedObject())(d.deflated.length, d.size, d.crc, deflateMethod(), d.deflated);
      this.zip.file(part, entry as unknown as Uint8Array, { binary: true, createFolders: false });
      return;
    }
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (bytes.length > NATIVE_FROM) {
      // deflated here; read back (rarely) by inflating the entry again
      this.written.delete(part);
      this.inflated.add(part); // its own size, not the package's: not counted again
      const deflated = zlib.deflateRawSync(bytes, { level: 6 });
      const crc = zlib.crc32(bytes) >>> 0;
      const entry = new (compressedObject())(deflated.length, bytes.length, crc, deflateMethod(), deflated);
      this.zip.file(part, entry as unknown as Uint8Array, { binary: true, createFolders: false });
    } else {
      this.written.set(part, bytes);
      this.zip.file(part, bytes, { binary: true, createFolders: false });
    }
  }

  remove(part: string): void {
    this.written.delete(part);
    this.zip.remove(part);
  }

  /** The relationships of a part (an empty list when it has none). */
  rels(part: string): Relationship[] {
    const xml = this.text(relsPath(part));
    if (!xml) return [];
    const out: Relationship[] = [];
    for (let t = findStartTag(xml, 'Relationship'); t; t = findStartTag(xml, 'Relationship', t[1])) {
      const tag = xml.slice(t[0], t[1]);
      const external = getAttr(tag, 'TargetMode') === 'External';
      const target = getAttr(tag, 'Target') ?? '';
      out.push({
        id: getAttr(tag, 'Id') ?? '',
        type: getAttr(tag, 'Type') ?? '',
        target: external ? target : resolveTarget(part, target),
        external,
      });
    }
    return out;
  }

  /** Adds a relationship from part to target; returns its new Id. */
  addRel(part: string, type: string, target: string): string {
    const file = relsPath(part);
    const xml = this.text(file) ?? `${XML_DECL}<Relationships xmlns="${RELS_NS}"></Relationships>`;
    const used = new Set(this.rels(part).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
    this.write(file, insertBeforeEnd(xml, 'Relationships', rel));
    return id;
  }

  /** Removes a relationship of part by Id (and the rels part when it becomes empty). */
  removeRel(part: string, id: string): void {
    const file = relsPath(part);
    const xml = this.text(file);
    if (!xml) return;
    let out = xml;
    for (let t = findStartTag(out, 'Relationship'); t; t = findStartTag(out, 'Relationship', t[1])) {
      if (getAttr(out.slice(t[0], t[1]), 'Id') !== id) continue;
      const end = out.charCodeAt(t[1] - 2) === 47 ? t[1] : out.indexOf('>', out.indexOf('</Relationship', t[1])) + 1;
      out = out.slice(0, t[0]) + out.slice(end);
      break;
    }
    this.write(file, out);
  }

  /** [Content_Types].xml: sets the Override for a part (replacing any), or removes it when type is null. */
  setContentType(part: string, type: string | null): void {
    let xml = this.text('[Content_Types].xml') ?? '';
    const name = `/${part}`;
    for (let t = findStartTag(xml, 'Override'); t; t = findStartTag(xml, 'Override', t[1])) {
      if ((getAttr(xml.slice(t[0], t[1]), 'PartName') ?? '').toLowerCase() !== name.toLowerCase()) continue;
      xml = xml.slice(0, t[0]) + xml.slice(t[1]);
      break;
    }
    if (type) xml = insertBeforeEnd(xml, 'Types', `<Override PartName="${escapeXml(name)}" ContentType="${type}"/>`);
    this.write('[Content_Types].xml', xml);
  }

  /** [Content_Types].xml: adds a Default for an extension unless one exists. */
  ensureDefault(extension: string, type: string): void {
    const xml = this.text('[Content_Types].xml') ?? '';
    for (let t = findStartTag(xml, 'Default'); t; t = findStartTag(xml, 'Default', t[1])) {
      if ((getAttr(xml.slice(t[0], t[1]), 'Extension') ?? '').toLowerCase() === extension.toLowerCase()) return;
    }
    this.write(
      '[Content_Types].xml',
      insertBeforeEnd(xml, 'Types', `<Default Extension="${extension}" ContentType="${type}"/>`),
    );
  }

  /** A part name not yet in the package: prefix + n + suffix. */
  freeName(prefix: string, suffix: string): string {
    const taken = new Set(Object.keys(this.zip.files).map((n) => n.toLowerCase()));
    let n = 1;
    while (taken.has(`${prefix}${n}${suffix}`.toLowerCase())) n++;
    return `${prefix}${n}${suffix}`;
  }

  /** The package as a zip (DEFLATE level 6; parts never rewritten keep their compressed bytes). */
  generate(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/**
 * Checks a package before a reader that inflates on its own (ExcelJS) gets it: the declared sizes
 * against the limits, then every entry inflated once (and dropped) with the output capped at its
 * declared size, so that a central directory that understates a part is caught too.
 */
export async function verifyPackage(data: Buffer, given: string): Promise<void> {
  const zip = await jszip().loadAsync(data);
  const file = path.resolve(given);
  checkEntrySizes(entrySizes(zip), file);
  const budget = new InflateBudget(file);
  for (const [name, f] of Object.entries(zip.files)) {
    const d = (f as unknown as { _data: LoadedData })._data;
    if (f.dir || !d?.compressedContent || d.compression?.magic !== DEFLATE_MAGIC) continue;
    const bytes = inflateCapped(d.compressedContent, budget.capFor(d.uncompressedSize ?? 0), file, name);
    budget.add(name, bytes.length);
    if (/\.(xml|rels|vml)$/i.test(name)) refuseDoctype(bytes.subarray(0, 65536).toString('utf8'), file, name);
  }
}

export { entrySizes };

/** xml with `insert` placed just before the closing tag of its root element `root` (an empty root is opened up). */
export function insertBeforeEnd(xml: string, root: string, insert: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + insert + xml.slice(close);
  const t = findStartTag(xml, root);
  if (!t) throw new Error(`no <${root}> element`);
  return `${xml.slice(0, t[1] - 2).trimEnd()}>${insert}</${root}>${xml.slice(t[1])}`;
}

export { XML_DECL };
