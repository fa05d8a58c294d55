// Cell notes (Excel's legacy comments) added to a sheet being patched: the comments part with the
// text, the VML drawing with one hidden shape per note (what Excel needs to show them), the sheet's
// relationships and <legacyDrawing>. A cell that already has the user's note keeps it: our reasons
// come first, then (as core/marks mergeNote joins them) the user's text with its formatting.
import { a1 } from '../core';
import { clip, CELL_TEXT_LIMIT, NOTE_JOIN } from '../core';
import { CONTENT_TYPE, isRel, REL, XML_DECL, type XlsxPackage } from './package';
import { addLegacyDrawing, legacyDrawingId } from './sheet-part';
import { Chunks, escapeXml, findElement, findStartTag, getAttr, refColumn, refRow, unescapeXml } from './xml';

export interface CellNote {
  row: number;
  col: number;
  text: string;
}

const AUTHOR = 'Roster Check';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function run(text: string): string {
  return `<r><t xml:space="preserve">${escapeXml(text)}</t></r>`;
}

/** A note's hidden VML shape, anchored right of its cell. */
function shape(id: number, row: number, col: number): string {
  const r0 = row - 1;
  const c0 = col - 1;
  const top = Math.max(0, r0 - 1);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:80pt;z-index:1;visibility:hidden"` +
    ' fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${c0 + 1}, 15, ${top}, 10, ${c0 + 5}, 15, ${top + 5}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r0}</x:Row><x:Column>${c0}</x:Column></x:ClientData></v:shape>`
  );
}

/** The shape-id blocks (o:idmap data) already used by the package's VML drawings. */
function usedBlocks(pkg: XlsxPackage): number[] {
  const blocks: number[] = [];
  for (const part of pkg.parts((n) => n.toLowerCase().endsWith('.vml'))) {
    const m = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(pkg.text(part) ?? '');
    for (const b of (m?.[1] ?? '').split(/[\s,]+/)) if (b && Number.isFinite(Number(b))) blocks.push(Number(b));
  }
  return blocks;
}

/** Appends shapes for the new notes to a VML drawing (a new one when xml is null). */
function vmlWithShapes(pkg: XlsxPackage, xml: string | null, cells: { row: number; col: number }[]): Buffer {
  if (xml === null) {
    const first = Math.max(0, ...usedBlocks(pkg)) + 1;
    const blocks = Array.from({ length: Math.floor(cells.length / 1024) + 1 }, (_, i) => first + i);
    const out = new Chunks().add(
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
        `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>${SHAPETYPE}`,
    );
    cells.forEach((c, i) => out.add(shape(first * 1024 + 1 + i, c.row, c.col)));
    return out.add('</xml>').toBuffer();
  }
  let max = 0;
  for (const m of xml.matchAll(/\bid="_x0000_s(\d+)"/g)) max = Math.max(max, Number(m[1]));
  const idmap = /(<o:idmap\b[^>]*\bdata=")([^"]*)(")/.exec(xml);
  if (max === 0) max = (Number((idmap?.[2] ?? '').split(/[\s,]+/)[0]) || Math.max(0, ...usedBlocks(pkg)) + 1) * 1024;
  const shapes = new Chunks();
  cells.forEach((c, i) => shapes.add(shape(max + 1 + i, c.row, c.col)));
  let out = xml;
  if (idmap) {
    // claim the blocks the new ids fall in
    const have = new Set(
      idmap[2]
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number),
    );
    for (let b = Math.floor((max + 1) / 1024); b <= Math.floor((max + cells.length) / 1024); b++) have.add(b);
    out =
      out.slice(0, idmap.index) +
      idmap[1] +
      [...have].sort((a, b) => a - b).join(',') +
      idmap[3] +
      out.slice(idmap.index + idmap[0].length);
  }
  const close = out.lastIndexOf('</xml>') < 0 ? out.length : out.lastIndexOf('</xml>');
  const type = /id="_x0000_t202"/.test(out) ? '' : SHAPETYPE;
  return Buffer.concat([Buffer.from(out.slice(0, close) + type), shapes.toBuffer(), Buffer.from(out.slice(close))]);
}

/** The comments part with our notes: merged into the user's notes of the same cells, appended for the others. */
function commentsWith(xml: string | null, notes: CellNote[]): { xml: Buffer; added: CellNote[] } {
  let doc = xml ?? `${XML_DECL}<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
  // the user's notes by cell
  const existing = new Map<string, [number, number]>();
  const list = findElement(doc, 'commentList');
  if (list) {
    for (
      let t = findStartTag(doc, 'comment', list[0] + 1);
      t && t[0] < list[1];
      t = findStartTag(doc, 'comment', t[1])
    ) {
      const ref = getAttr(doc.slice(t[0], t[1]), 'ref') ?? '';
      const end = doc.charCodeAt(t[1] - 2) === 47 ? t[1] : doc.indexOf('</comment>', t[1]) + 10;
      existing.set(`${refRow(ref)}:${refColumn(ref)}`, [t[0], end]);
    }
  }
  // our author
  const authors = findElement(doc, 'authors');
  if (!authors) {
    const at = findStartTag(doc, 'commentList')?.[0] ?? doc.lastIndexOf('</comments>');
    doc = `${doc.slice(0, at)}<authors></authors>${doc.slice(at)}`;
    return commentsWith(doc, notes);
  }
  const names: string[] = [];
  for (
    let t = findStartTag(doc, 'author', authors[0] + 1);
    t && t[0] < authors[1];
    t = findStartTag(doc, 'author', t[1])
  ) {
    names.push(doc.slice(t[1], doc.indexOf('</author>', t[1])));
  }
  let authorId = names.indexOf(AUTHOR);
  const out: string[] = [];
  let last = 0;
  if (authorId < 0) {
    authorId = names.length;
    if (doc.charCodeAt(authors[1] - 2) === 47) {
      out.push(doc.slice(0, authors[0]), `<authors><author>${AUTHOR}</author></authors>`);
      last = authors[1];
    } else {
      const close = authors[1] - '</authors>'.length;
      out.push(doc.slice(0, close), `<author>${AUTHOR}</author>`);
      last = close;
    }
  }
  // merge into the user's notes, in document order
  const merged = notes
    .map((n) => ({ n, at: existing.get(`${n.row}:${n.col}`) }))
    .filter((x): x is { n: CellNote; at: [number, number] } => !!x.at)
    .sort((a, b) => a.at[0] - b.at[0]);
  for (const { n, at } of merged) {
    const text = findStartTag(doc, 'text', at[0]);
    if (!text || text[1] > at[1] || doc.charCodeAt(text[1] - 2) === 47) continue;
    const open = text[1];
    const close = doc.indexOf('</text>', open);
    let inner = doc.slice(open, close);
    if (/^\s*<t[\s>]/.test(inner)) {
      const tEnd = inner.indexOf('</t>') + 4;
      inner = `<r>${inner.slice(0, tEnd).trim()}</r>${inner.slice(tEnd)}`;
    }
    // the user's text is never cut; ours is, so the whole stays within Excel's limit (as mergeNote does)
    const phon = inner.search(/<rPh[\s>]|<phoneticPr[\s>]/);
    const shown = phon < 0 ? inner : inner.slice(0, phon);
    const theirs = [...shown.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
    inner = run(clip(n.text, CELL_TEXT_LIMIT - theirs.length - NOTE_JOIN.length) + NOTE_JOIN) + inner;
    out.push(doc.slice(last, open), inner);
    last = close;
  }
  // new notes at the end of the list
  const added = notes.filter((n) => !existing.has(`${n.row}:${n.col}`));
  const items = new Chunks();
  for (const n of added)
    items.add(
      `<comment ref="${a1(n.row, n.col)}" authorId="${authorId}"><text>${run(clip(n.text, CELL_TEXT_LIMIT))}</text></comment>`,
    );
  const listClose = doc.lastIndexOf('</commentList>');
  const at = listClose >= 0 ? listClose : doc.lastIndexOf('</comments>');
  out.push(doc.slice(last, at));
  const [open, close] = listClose >= 0 ? ['', ''] : ['<commentList>', '</commentList>'];
  return {
    xml: Buffer.concat([Buffer.from(out.join('') + open), items.toBuffer(), Buffer.from(close + doc.slice(at))]),
    added,
  };
}

/** Adds the notes to the sheet; returns the sheet XML (with <legacyDrawing> when it needed one). */
export function addNotes(pkg: XlsxPackage, sheetPart: string, sheetXml: Buffer, notes: CellNote[]): Buffer {
  if (!notes.length) return sheetXml;
  const rels = pkg.rels(sheetPart);
  const commentsRel = rels.find((r) => isRel(r.type, 'comments') && !r.external);
  const vmlId = legacyDrawingId(sheetXml);
  const vmlRel = vmlId ? rels.find((r) => r.id === vmlId && !r.external) : undefined;

  const before = commentsRel ? pkg.text(commentsRel.target) : null;
  const { xml, added } = commentsWith(before, notes);
  const commentsPart = commentsRel?.target ?? pkg.freeName('xl/comments', '.xml');
  pkg.write(commentsPart, xml);
  if (!commentsRel) {
    pkg.setContentType(commentsPart, CONTENT_TYPE.comments);
    pkg.addRel(sheetPart, REL.comments, commentsPart);
  }

  const vmlXml = vmlRel ? pkg.text(vmlRel.target) : null;
  if (vmlRel && vmlXml !== null) {
    pkg.write(vmlRel.target, vmlWithShapes(pkg, vmlXml, added));
    return sheetXml;
  }
  // a new drawing: shapes for every note of the sheet (the user's too, when their drawing was missing)
  const cells = before ? allRefs(xml.toString('utf8')) : added;
  const vmlPart = pkg.freeName('xl/drawings/vmlDrawing', '.vml');
  pkg.write(vmlPart, vmlWithShapes(pkg, null, cells));
  pkg.ensureDefault('vml', CONTENT_TYPE.vml);
  const relId = pkg.addRel(sheetPart, REL.vmlDrawing, vmlPart);
  return addLegacyDrawing(sheetXml, relId);
}

function allRefs(xml: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let t = findStartTag(xml, 'comment'); t; t = findStartTag(xml, 'comment', t[1])) {
    const ref = getAttr(xml.slice(t[0], t[1]), 'ref') ?? '';
    out.push({ row: refRow(ref), col: refColumn(ref) });
  }
  return out;
}
