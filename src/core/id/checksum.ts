// GB 11643-1999 check character (ISO 7064 MOD 11-2) and the 15 → 18 upgrade.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const CHECK_CODES = [...CHECK_CHARS].map((c) => c.charCodeAt(0));

/**
 * The check character code (char code of '0'–'9' or 'X') for the first 17 characters of s,
 * or -1 when one of them is not an ASCII digit. Char-code arithmetic, no allocation.
 */
export function checkCharCode(s: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    sum += d * WEIGHTS[i];
  }
  return CHECK_CODES[sum % 11];
}

/** The check character ('0'–'9' or 'X') for the first 17 digits of an ID; '' when they are not 17 digits. */
export function checkChar(first17: string): string {
  if (first17.length < 17) return '';
  const c = checkCharCode(first17);
  return c < 0 ? '' : String.fromCharCode(c);
}

/** True when s has 15 ASCII digits. */
function is15Digits(s: string): boolean {
  if (s.length !== 15) return false;
  for (let i = 0; i < 15; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

/**
 * The 18-character form of a retired 15-digit number: "19" inserted after the 6-digit address code,
 * then the check character (610104620927690 → 610104196209276908). null when not 15 digits.
 */
export function upgrade15(id15: string): string | null {
  if (!is15Digits(id15)) return null;
  const first17 = id15.slice(0, 6) + '19' + id15.slice(6);
  return first17 + checkChar(first17);
}
