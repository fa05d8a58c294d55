// Normalising an ID as typed: NFKC (full-width digits and Ｘ become ASCII), strip white space and
// invisible format characters, uppercase x. Look-alike characters are never fixed, only reported.

/** What normalising changed, as bit flags (0 = nothing). */
export const NORM_FULLWIDTH = 1;
export const NORM_SPACE = 2;
export const NORM_INVISIBLE = 4;
export const NORM_LOWER_X = 8;

export interface NormalizedId {
  value: string;
  changed: boolean;
  /** NORM_* bits */
  flags: number;
}

const IS_SPACE = /^\s$/u;
const IS_FORMAT = /^\p{Cf}$/u;
const STRIP = /[\s\p{Cf}]/gu;
const LOWER_X = /x/g;

/** 0 when every char is an ASCII digit or 'X', NORM_LOWER_X when 'x' also occurs, -1 otherwise. */
export function plainState(s: string): number {
  let state = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 88) continue;
    if (c === 120) state = NORM_LOWER_X;
    else return -1;
  }
  return state;
}

/** Normalises an ID string; `changed` tells whether the result differs from the input. */
export function normalizeId(raw: string): NormalizedId {
  const plain = plainState(raw);
  if (plain === 0) return { value: raw, changed: false, flags: 0 };
  if (plain === NORM_LOWER_X) return { value: raw.replace(LOWER_X, 'X'), changed: true, flags: NORM_LOWER_X };
  let flags = 0;
  for (const ch of raw) {
    if (IS_SPACE.test(ch)) flags |= NORM_SPACE;
    else if (IS_FORMAT.test(ch)) flags |= NORM_INVISIBLE;
    else if (ch === 'x') flags |= NORM_LOWER_X;
    else if (ch.normalize('NFKC') !== ch) flags |= NORM_FULLWIDTH;
  }
  const value = raw.normalize('NFKC').replace(STRIP, '').replace(LOWER_X, 'X');
  return { value, changed: value !== raw, flags };
}

/** Characters that look like X, 0 or 1 but are not, mapped to what was probably meant. */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u00D7', 'X'], // × multiplication sign
  ['\u0425', 'X'], // Х Cyrillic capital ha
  ['\u0445', 'X'], // х Cyrillic small ha
  ['\u03A7', 'X'], // Χ Greek capital chi
  ['\u03C7', 'X'], // χ Greek small chi
  ['\u2715', 'X'], // ✕
  ['\u2716', 'X'], // ✖
  ['\u2717', 'X'], // ✗
  ['\u2718', 'X'], // ✘
  ['\u2573', 'X'], // ╳
  ['\u3128', 'X'], // ㄨ bopomofo u
  ['\u4E42', 'X'], // 乂
  ['O', '0'],
  ['o', '0'],
  ['\u041E', '0'], // О Cyrillic
  ['\u043E', '0'], // о Cyrillic
  ['\u039F', '0'], // Ο Greek
  ['\u03BF', '0'], // ο Greek
  ['\u3007', '0'], // 〇
  ['l', '1'],
  ['I', '1'],
  ['|', '1'],
  ['\u0399', '1'], // Ι Greek
  ['\u0406', '1'], // І Cyrillic
  ['\u4E28', '1'], // 丨
]);

/** The character a look-alike stands for ('X', '0' or '1'), or undefined. */
export function lookalikeOf(ch: string): string | undefined {
  return LOOKALIKES.get(ch);
}

/** 'U+00D7' for a character. */
export function codePointLabel(ch: string): string {
  return 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
