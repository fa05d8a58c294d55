/** 1-based column number to letters: 1 → A, 27 → AA. */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters to a 1-based number: A → 1, AA → 27. Returns 0 for anything else. */
export function colNumber(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return 0;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 address of a cell, e.g. (3, 4) → D3. */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

const CELL_REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** 'B5:B12' (or $B$5:$B$12) → its top-left cell and size; null for anything else, a single cell too. */
export function parseAreaRef(ref: string): { row: number; col: number; rows: number; cols: number } | null {
  const [a, b, extra] = ref.trim().toUpperCase().split(':');
  const p = CELL_REF.exec(a ?? '');
  const q = b === undefined || extra !== undefined ? null : CELL_REF.exec(b);
  if (!p || !q) return null;
  const r1 = Number(p[2]),
    r2 = Number(q[2]),
    c1 = colNumber(p[1]),
    c2 = colNumber(q[1]);
  const area = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
  return area.rows * area.cols > 1 ? area : null;
}

/**
 * The areas of an Office.js RangeAreas address ("Sheet1!A1:A5, 'My sheet'!B3:B6"): sheet names
 * dropped, single cells left out.
 */
export function parseAreasAddress(address: string): { row: number; col: number; rows: number; cols: number }[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const out: { row: number; col: number; rows: number; cols: number }[] = [];
  for (const part of parts) {
    const area = parseAreaRef(part.slice(part.lastIndexOf('!') + 1));
    if (area) out.push(area);
  }
  return out;
}
