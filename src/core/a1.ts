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
