// Small string helpers for patching OOXML parts without a DOM: escaping, attributes of one tag,
// finding an element's start tag. Everything works on the exact text, so what is not touched
// stays byte-identical.

// eslint-disable-next-line no-control-regex -- these are the control characters XML 1.0 forbids
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// eslint-disable-next-line no-control-regex -- the same characters as XML_INVALID, and the five escaped ones
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"']/;

/** Text or attribute value escaped for XML; characters XML 1.0 forbids are dropped. */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? codePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

/** A character reference's character; U+FFFD for a number that is no code point (&#x110000;). */
function codePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Where name="…" (or name='…') sits in a start tag: [start of name, start of value, end of value]. */
function findAttr(tag: string, name: string): [number, number, number] | null {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name, from);
    if (i < 0) return null;
    from = i + name.length;
    if (!isSpace(tag.charCodeAt(i - 1))) continue;
    let j = from;
    while (isSpace(tag.charCodeAt(j))) j++;
    if (tag[j] !== '=') continue;
    j++;
    while (isSpace(tag.charCodeAt(j))) j++;
    const q = tag[j];
    if (q !== '"' && q !== "'") continue;
    const end = tag.indexOf(q, j + 1);
    if (end < 0) return null;
    return [i, j + 1, end];
  }
}

/** The raw (still escaped) value of an attribute of one start tag, or undefined. */
export function rawAttr(tag: string, name: string): string | undefined {
  const a = findAttr(tag, name);
  return a ? tag.slice(a[1], a[2]) : undefined;
}

/** The unescaped value of an attribute of one start tag, or undefined. */
export function getAttr(tag: string, name: string): string | undefined {
  const v = rawAttr(tag, name);
  return v === undefined ? undefined : unescapeXml(v);
}

/** The start tag with name set to value (already escaped), added before the closing > or /> when absent. */
export function setAttr(tag: string, name: string, value: string): string {
  const a = findAttr(tag, name);
  if (a) return tag.slice(0, a[1]) + value + tag.slice(a[2]);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${value}"${tag.slice(end)}`;
}

/** The start tag without the attribute. */
export function removeAttr(tag: string, name: string): string {
  const a = findAttr(tag, name);
  if (!a) return tag;
  let start = a[0];
  while (start > 0 && isSpace(tag.charCodeAt(start - 1))) start--;
  return tag.slice(0, start) + tag.slice(a[2] + 1);
}

/**
 * The first start tag of element `name` (with namespace prefix, if any) at or after from:
 * [start, end after '>'], or null. `<c` does not match `<col`.
 */
export function findStartTag(xml: string, name: string, from = 0): [number, number] | null {
  const open = `<${name}`;
  let i = from;
  for (;;) {
    i = xml.indexOf(open, i);
    if (i < 0) return null;
    const next = xml.charCodeAt(i + open.length);
    if (isSpace(next) || next === 62 /* > */ || next === 47 /* / */) {
      const end = xml.indexOf('>', i);
      return end < 0 ? null : [i, end + 1];
    }
    i += open.length;
  }
}

/** The whole element (start tag through its end tag, or the empty-element tag): [start, end], or null. */
export function findElement(xml: string, name: string, from = 0): [number, number] | null {
  const tag = findStartTag(xml, name, from);
  if (!tag) return null;
  if (xml.charCodeAt(tag[1] - 2) === 47) return tag;
  const close = xml.indexOf(`</${name}>`, tag[1]);
  return close < 0 ? null : [tag[0], close + name.length + 3];
}

/** The namespace prefix of the document's root element ("" or "x:"). */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>]`).exec(xml);
  return m?.[1] ?? '';
}

/** Column letters of an A1 reference (the part before the digits) → 1-based number; 0 when none. */
export function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else if (c === 36 /* $ */) continue;
    else break;
  }
  return n;
}

/** Row number of an A1 reference; 0 when none. */
export function refRow(ref: string): number {
  const m = /(\d+)$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

/**
 * Builds a large XML part as UTF-8 bytes a piece at a time, without holding one huge JS string (a
 * string of Chinese text takes two bytes a character, and joining copies it again).
 */
export class Chunks {
  private readonly parts: Buffer[] = [];
  private pending = '';

  add(s: string): this {
    this.pending += s;
    if (this.pending.length > 1 << 14) this.flush(); // short strings encode faster than long ropes
    return this;
  }

  private flush(): void {
    if (this.pending) this.parts.push(Buffer.from(this.pending, 'utf8'));
    this.pending = '';
  }

  toBuffer(): Buffer {
    this.flush();
    return this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
  }
}
