// Allocation-free scanning of one <c> element of a worksheet: the attributes of its start tag and
// where its <v> text is. A 100,000-row roster has 1.5 million cells; slicing each tag into a string
// and searching it costs more than the rest of the reading together.

export interface CellTag {
  /** column from the r attribute, 0 when there is none */
  col: number;
  /** the s attribute (cell format), 0 when there is none */
  s: number;
  /** the t attribute (type), '' when there is none */
  t: string;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Reads r, s and t from the start tag xml[from, to) into out. */
export function scanCellTag(xml: string, from: number, to: number, out: CellTag): void {
  out.col = 0;
  out.s = 0;
  out.t = '';
  let i = from;
  while (i < to) {
    if (!isSpace(xml.charCodeAt(i))) {
      i++;
      continue;
    }
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const name = i;
    while (i < to && xml.charCodeAt(i) !== 61 /* = */ && !isSpace(xml.charCodeAt(i))) i++;
    const nameLen = i - name;
    while (i < to && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++; // to the opening quote
    if (i >= to) return;
    const quote = xml.charCodeAt(i);
    const v = i + 1;
    let e = v;
    while (e < to && xml.charCodeAt(e) !== quote) e++;
    if (nameLen === 1) {
      const n = xml.charCodeAt(name);
      if (n === 114 /* r */) {
        let col = 0;
        for (let k = v; k < e; k++) {
          const ch = xml.charCodeAt(k);
          if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
          else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
          else if (ch !== 36 /* $ */) break;
        }
        out.col = col;
      } else if (n === 115 /* s */) {
        let s = 0;
        for (let k = v; k < e; k++) s = s * 10 + xml.charCodeAt(k) - 48;
        out.s = s;
      } else if (n === 116 /* t */) {
        out.t = xml.slice(v, e);
      }
    }
    i = e + 1;
  }
}

export interface CellContent {
  /** start and end of the <v> text, -1 when there is no <v> with text */
  v0: number;
  v1: number;
  formula: boolean;
  /** anything else inside (an inline string …): read the slow way */
  other: boolean;
}

/** Where the value of an unprefixed <c> element's content xml[from, to) is (a <v> not closed in it: other). */
export function scanCellContent(xml: string, from: number, to: number, out: CellContent): void {
  out.v0 = -1;
  out.v1 = -1;
  out.formula = false;
  out.other = false;
  for (let k = from; k < to; k++) {
    if (xml.charCodeAt(k) !== 60 /* < */) continue;
    const n = xml.charCodeAt(k + 1);
    const after = xml.charCodeAt(k + 2);
    const tagEnd = after === 62 || after === 47 || isSpace(after);
    if (n === 102 /* f */ && tagEnd) {
      out.formula = true;
    } else if (n === 118 /* v */ && tagEnd) {
      const gt = xml.indexOf('>', k);
      if (xml.charCodeAt(gt - 1) === 47) {
        k = gt;
        continue;
      }
      const close = xml.indexOf('</v>', gt);
      if (gt < 0 || close < 0 || close > to) {
        // no end to the value within the cell: read the slow way (rawValue)
        out.other = true;
        return;
      }
      out.v0 = gt + 1;
      out.v1 = close;
      k = close + 3;
    } else if (n !== 47 /* a closing tag */) {
      out.other = true;
      return;
    }
  }
}
