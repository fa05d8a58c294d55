// How a rate's `personType` matches a trainee.
//
// A rate's personType is one or more words separated by '|' (e.g. "岗前|新录用|新招用"). It matches a
// trainee when any of the words occurs in the trainee's text: 人员类别, 备注 and the certificate text
// as written, joined. Both sides are compared after NFKC and with white space removed, so
// "脱产" matches "脱产培训", "企业职工（脱产）" and a 备注 of "脱 产".

const STRIP = /[\s\p{Cf}]+/gu;

/** NFKC, no white space or format characters. */
export function compactText(s: string): string {
  return s.normalize('NFKC').replace(STRIP, '');
}

const patternCache = new Map<string, string[]>();

function words(pattern: string): string[] {
  let w = patternCache.get(pattern);
  if (!w) {
    w = pattern
      .split('|')
      .map(compactText)
      .filter((x) => x.length > 0);
    patternCache.set(pattern, w);
  }
  return w;
}

/** True when one of the pattern's words occurs in the (already compacted) trainee text. */
export function matchesPersonType(pattern: string, compactedText: string): boolean {
  if (!compactedText) return false;
  for (const w of words(pattern)) if (compactedText.includes(w)) return true;
  return false;
}
