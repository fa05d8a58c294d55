// Printing integer fen as yuan and as 万元. Integer arithmetic only: no fen ever passes through a float.

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Yuan with thousands separators and two decimals: 1230000 → '12,300.00', -5 → '-0.05'. */
export function formatYuan(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${groupThousands(String(yuan))}.${String(cents).padStart(2, '0')}`;
}

/**
 * 万元 with four decimals (to the yuan), rounding half up on the fen: 1230000 → '1.2300',
 * 1234567 → '1.2346'. Used where a form asks for 万元 (申请补贴资金 万元); the exact amount is always
 * printed next to it in 元.
 */
export function fenToWan(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor((abs + 50) / 100); // rounded to the yuan = 4 decimals of 万元
  const wan = Math.floor(yuan / 10000);
  const frac = yuan % 10000;
  return `${sign}${wan}.${String(frac).padStart(4, '0')}`;
}

/** Yuan as a number for a spreadsheet cell (two decimals exact in binary-to-decimal display). */
export function fenToYuanNumber(fen: number): number {
  assertFen(fen);
  return fen / 100;
}
