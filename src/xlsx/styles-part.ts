// xl/styles.xml of a package being patched: fills, fonts and cell formats (xf) appended, the
// user's own left as they were. A marked cell gets a copy of its own format with the severity's fill.
import { SEVERITY_RGB } from '../core';
import type { Severity } from '../core';
import { CONTENT_TYPE, isRel, REL, XML_DECL, type XlsxPackage } from './package';
import { escapeXml, findElement, findStartTag, getAttr, rootPrefix, setAttr } from './xml';

type List = 'fills' | 'fonts' | 'borders' | 'cellXfs';

/** Excel's built-in number formats that a generated sheet uses (ECMA-376 §18.8.30). */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };

/** The severity fills of core/marks as ARGB (opaque), the form styles.xml wants. */
export const SEVERITY_FILL = Object.fromEntries(
  Object.entries(SEVERITY_RGB).map(([s, rgb]) => [s, `FF${rgb}`]),
) as Record<Severity, string>;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MINIMAL =
  `${XML_DECL}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The children of a list element (fills, fonts, cellXfs): each child's full XML, in order. */
function children(xml: string, list: string, child: string): { items: string[]; span: [number, number] } | null {
  const span = findElement(xml, list);
  if (!span) return null;
  const items: string[] = [];
  let t = findStartTag(xml, child, span[0] + 1);
  while (t && t[0] < span[1]) {
    const end = xml.charCodeAt(t[1] - 2) === 47 ? t[1] : xml.indexOf(`</${child}>`, t[1]) + child.length + 3;
    items.push(xml.slice(t[0], end));
    t = findStartTag(xml, child, end);
  }
  return { items, span };
}

export class StylesPart {
  private readonly p: string;
  private readonly base: Record<List, number>;
  private readonly added: Record<List, string[]> = { fills: [], fonts: [], borders: [], cellXfs: [] };
  /** custom number formats added: [id, code] */
  private readonly addedFormats: [number, string][] = [];
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly xfs: string[];
  private readonly font0: string;
  private readonly marked = new Map<string, number>();
  private readonly severityFill = new Map<Severity, number>();

  private constructor(
    private readonly pkg: XlsxPackage,
    readonly part: string,
    private xml: string,
  ) {
    this.p = rootPrefix(xml, 'styleSheet');
    const count = (list: string, child: string) => children(xml, this.p + list, this.p + child)?.items.length ?? 0;
    const xfs = children(xml, `${this.p}cellXfs`, `${this.p}xf`);
    this.xfs = xfs?.items ?? [];
    this.font0 = children(xml, `${this.p}fonts`, `${this.p}font`)?.items[0] ?? `<${this.p}font/>`;
    this.base = {
      fills: count('fills', 'fill'),
      fonts: count('fonts', 'font'),
      borders: count('borders', 'border'),
      cellXfs: this.xfs.length,
    };
    for (const f of children(xml, `${this.p}numFmts`, `${this.p}numFmt`)?.items ?? []) {
      const id = Number(getAttr(f, 'numFmtId'));
      const code = getAttr(f, 'formatCode');
      if (Number.isInteger(id)) this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      if (code !== undefined && Number.isInteger(id) && !this.formatIds.has(code)) this.formatIds.set(code, id);
    }
  }

  /** The workbook's styles part (created when the workbook has none). */
  static open(pkg: XlsxPackage, workbookPart: string): StylesPart {
    const rel = pkg.rels(workbookPart).find((r) => isRel(r.type, 'styles'));
    const xml = rel ? pkg.text(rel.target) : null;
    if (rel && xml !== null) return new StylesPart(pkg, rel.target, xml);
    const part = 'xl/styles.xml';
    pkg.addRel(workbookPart, REL.styles, part);
    pkg.setContentType(part, CONTENT_TYPE.styles);
    return new StylesPart(pkg, part, MINIMAL);
  }

  private append(list: List, item: string): number {
    this.added[list].push(item);
    return this.base[list] + this.added[list].length - 1;
  }

  /** A new solid fill of that ARGB colour. */
  addFill(argb: string): number {
    const p = this.p;
    return this.append(
      'fills',
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /** The default font (font 0) made bold, or underlined blue for links. */
  addFont(kind: 'bold' | 'link'): number {
    const p = this.p;
    let font = this.font0;
    if (font.endsWith('/>')) font = `${font.slice(0, -2)}></${p}font>`;
    const open = font.indexOf('>') + 1;
    if (kind === 'bold') return this.append('fonts', `${font.slice(0, open)}<${p}b/>${font.slice(open)}`);
    const body = font
      .slice(open)
      .replace(new RegExp(`<${p}(color|u)\\b[^>]*?/>|<${p}(color|u)\\b[^>]*>[\\s\\S]*?</${p}\\2>`, 'g'), '');
    return this.append('fonts', `${font.slice(0, open)}<${p}u/><${p}color rgb="FF0563C1"/>${body}`);
  }

  /** A copy of cell format `xf` (0 when out of range) with some attributes set and, optionally, an alignment. */
  addXf(xf: number, attrs: Record<string, string | number>, alignment?: string): number {
    let tag = this.xfs[xf] ?? this.xfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const end = tag.indexOf('>') + 1;
    let start = tag.slice(0, end);
    let rest = tag.slice(end);
    for (const [k, v] of Object.entries(attrs)) start = setAttr(start, k, String(v));
    if (alignment) {
      start = setAttr(start, 'applyAlignment', '1');
      rest = rest.replace(
        new RegExp(`<${this.p}alignment\\b[^>]*?/>|<${this.p}alignment\\b[^>]*>[\\s\\S]*?</${this.p}alignment>`),
        '',
      );
      if (start.endsWith('/>')) {
        start = `${start.slice(0, -2)}>`;
        rest = `</${this.p}xf>`;
      }
      rest = `<${this.p}${alignment}/>${rest}`;
    }
    tag = start + rest;
    return this.append('cellXfs', tag);
  }

  /** A font: the default font's name and size unless given, bold and an RGB colour when asked. */
  addFontSpec(spec: { name?: string; size?: number; bold?: boolean; color?: string }): number {
    const p = this.p;
    const size = spec.size ?? Number(/<(?:\w+:)?sz\s+val="([^"]*)"/.exec(this.font0)?.[1] ?? 11);
    const name = spec.name ?? /<(?:\w+:)?name\s+val="([^"]*)"/.exec(this.font0)?.[1] ?? 'Calibri';
    return this.append(
      'fonts',
      `<${p}font>${spec.bold ? `<${p}b/>` : ''}<${p}sz val="${size}"/>` +
        (spec.color ? `<${p}color rgb="FF${spec.color.toUpperCase()}"/>` : '') +
        `<${p}name val="${escapeXml(name)}"/></${p}font>`,
    );
  }

  /** A border with the given sides (thin or medium, automatic colour). */
  addBorder(sides: Partial<Record<'left' | 'right' | 'top' | 'bottom', string>>): number {
    const p = this.p;
    const side = (k: 'left' | 'right' | 'top' | 'bottom') =>
      sides[k] ? `<${p}${k} style="${sides[k]}"><${p}color indexed="64"/></${p}${k}>` : `<${p}${k}/>`;
    return this.append(
      'borders',
      `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`,
    );
  }

  /** The id of a number format: a built-in one, or a custom one added once. */
  numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.addedFormats.push([id, code]);
    }
    return id;
  }

  /** The cell format for a cell of format `xf` marked with a severity (one per pair). */
  markedXf(xf: number, severity: Severity): number {
    const key = `${xf}:${severity}`;
    let id = this.marked.get(key);
    if (id === undefined) {
      let fill = this.severityFill.get(severity);
      if (fill === undefined) this.severityFill.set(severity, (fill = this.addFill(SEVERITY_FILL[severity])));
      const from = xf < this.xfs.length ? xf : 0;
      id = this.addXf(from, { fillId: fill, applyFill: 1 });
      this.marked.set(key, id);
    }
    return id;
  }

  save(): void {
    let xml = this.xml;
    // each list is found again after the previous one grew
    for (const list of ['cellXfs', 'borders', 'fills', 'fonts'] as const) {
      const items = this.added[list];
      if (!items.length) continue;
      const name = this.p + list;
      const span = findElement(xml, name);
      if (!span) throw new Error(`styles.xml has no <${name}>`);
      let open = xml.slice(span[0], xml.indexOf('>', span[0]) + 1);
      let body = xml.slice(span[0] + open.length, span[1]);
      if (open.endsWith('/>')) {
        open = `${open.slice(0, -2)}>`;
        body = `</${name}>`;
      }
      open = setAttr(open, 'count', String(this.base[list] + items.length));
      const close = body.lastIndexOf(`</${name}>`);
      xml =
        xml.slice(0, span[0]) + open + body.slice(0, close) + items.join('') + body.slice(close) + xml.slice(span[1]);
    }
    this.pkg.write(this.part, this.withFormats(xml));
  }

  /** xml with the custom number formats added (numFmts is the first child of styleSheet). */
  private withFormats(xml: string): string {
    if (!this.addedFormats.length) return xml;
    const p = this.p;
    const items = this.addedFormats
      .map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const name = `${p}numFmts`;
    const span = findElement(xml, name);
    if (!span) {
      const root = findStartTag(xml, `${p}styleSheet`);
      if (!root) throw new Error('styles.xml has no <styleSheet>');
      return (
        xml.slice(0, root[1]) + `<${name} count="${this.addedFormats.length}">${items}</${name}>` + xml.slice(root[1])
      );
    }
    const have = children(xml, name, `${p}numFmt`)?.items.length ?? 0;
    let open = xml.slice(span[0], xml.indexOf('>', span[0]) + 1);
    let body = xml.slice(span[0] + open.length, span[1]);
    if (open.endsWith('/>')) {
      open = `${open.slice(0, -2)}>`;
      body = `</${name}>`;
    }
    open = setAttr(open, 'count', String(have + this.addedFormats.length));
    const close = body.lastIndexOf(`</${name}>`);
    return xml.slice(0, span[0]) + open + body.slice(0, close) + items + body.slice(close) + xml.slice(span[1]);
  }
}
