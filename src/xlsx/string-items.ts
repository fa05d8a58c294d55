// The text of OOXML string items (<si> of the shared strings, <is> of an inline string), and strings
// that own their characters.
import { findStartTag, rootPrefix, unescapeXml } from './xml';

/**
 * s as a string that holds its own characters. V8 makes a slice of 13 or more characters a view
 * into the string it was cut from: a cell value sliced from a piece of a sheet's XML would keep that
 * whole piece alive, and with it, cell by cell, all the sheet's text (a 100,000-row roster's IDs
 * kept its 106 MB of XML). Joining it to one character and cutting that off copies it (a short flat
 * string; the view left points into that copy only). Strings of a piece's size or more are left as
 * they are: they are most of what they keep, and copying one (a hostile 300 MB item) would double it.
 */
export function own(s: string): string {
  return s.length < 13 || s.length >= 1 << 16 ? s : (' ' + s).slice(1);
}

/** XML escapes and _xHHHH_ escapes of <t> text (how OOXML stores control characters) undone. */
export function unescapeT(s: string): string {
  const u = unescapeXml(s);
  return u.indexOf('_x') < 0
    ? u
    : u.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a string item (the inside of <si> or <is>): its <t> runs joined, phonetic runs (<rPh>) left out. */
export function itemText(item: string, p: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const t = findStartTag(item, `${p}t`, i);
    if (!t) return out;
    const ph = item.lastIndexOf(`<${p}rPh`, t[0]);
    if (ph >= 0 && item.lastIndexOf(`</${p}rPh>`, t[0]) < ph) {
      i = item.indexOf(`</${p}rPh>`, t[0]);
      if (i < 0) return out;
      continue;
    }
    if (item.charCodeAt(t[1] - 2) === 47) {
      i = t[1];
      continue;
    }
    const end = item.indexOf(`</${p}t>`, t[1]);
    if (end < 0) throw new Error('Unclosed <t>');
    out += unescapeT(item.slice(t[1], end));
    i = end;
  }
}

/** The shared strings part's items, in order (each its own copy: the part's text is not kept). */
export function sharedStrings(xml: string): string[] {
  const p = rootPrefix(xml, 'sst');
  const out: string[] = [];
  const close = `</${p}si>`;
  let t = findStartTag(xml, `${p}si`);
  while (t) {
    let next = t[1];
    if (xml.charCodeAt(t[1] - 2) === 47) out.push('');
    else {
      next = xml.indexOf(close, t[1]);
      if (next < 0) throw new Error('Unclosed <si>');
      out.push(own(itemText(xml.slice(t[1], next), p)));
    }
    t = findStartTag(xml, `${p}si`, next);
  }
  return out;
}
