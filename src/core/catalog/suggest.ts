// "Did you mean": the catalog name nearest to an unknown occupation. Edit distances are computed
// once per distinct unknown name and catalog, never per row.
import { normalizeOccupationName } from './normalize';
import type { Catalog } from './types';

/** Levenshtein distance over UTF-16 code units (Chinese characters are single units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The name without bracketed parts: 电工(初级) → 电工. */
function withoutBrackets(key: string): string {
  return key.replace(/\([^()]*\)/g, '');
}

function nearest(catalog: Catalog, name: string): string | null {
  const key = normalizeOccupationName(name);
  if (!key) return null;
  const exact = catalog.byName.get(key);
  if (exact) return exact.name;
  const bare = withoutBrackets(key);
  const bareHit = bare && catalog.byName.get(bare);
  if (bareHit) return bareHit.name;
  const probe = bare || key;
  let best: string | null = null;
  let bestDist = Infinity;
  let bestContains = false;
  let bestLen = Infinity;
  for (const [k, e] of catalog.byName) {
    const cand = withoutBrackets(k) || k;
    const contains = probe.length >= 2 && cand.length >= 2 && (cand.includes(probe) || probe.includes(cand));
    const d = editDistance(probe, cand);
    const close = contains || (probe.length >= 3 && d <= Math.max(1, Math.floor(probe.length / 3)));
    if (!close) continue;
    const better =
      d < bestDist ||
      (d === bestDist && contains && !bestContains) ||
      (d === bestDist && contains === bestContains && e.name.length < bestLen);
    if (better) {
      best = e.name;
      bestDist = d;
      bestContains = contains;
      bestLen = e.name.length;
    }
  }
  return best;
}

const caches = new WeakMap<Catalog, Map<string, string | null>>();

/**
 * The catalog name nearest to name, or null when nothing is close: an exact match after
 * normalisation, the name without its brackets (电工(初级) → 电工), a name containing it or
 * contained in it (焊工 → 电焊工), or a small edit distance (养老护理 → 养老护理员).
 * Memoized per catalog and distinct name.
 */
export function suggestOccupation(catalog: Catalog, name: string): string | null {
  let cache = caches.get(catalog);
  if (!cache) {
    cache = new Map();
    caches.set(catalog, cache);
  }
  let v = cache.get(name);
  if (v === undefined) {
    v = nearest(catalog, name);
    cache.set(name, v);
  }
  return v;
}
