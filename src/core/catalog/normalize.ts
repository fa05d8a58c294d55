// Normalising occupation names and catalog categories.
import type { Category } from '../types';

const STRIP = /[\s\p{Cf}]+/gu;
const OPEN = /[（【〔［[{｛〈《「『]/g;
const CLOSE = /[）】〕］\]}｝〉》」』]/g;
const MAX_CACHE = 20000;
const nameCache = new Map<string, string>();

/**
 * The key an occupation is looked up by: NFKC (full-width letters and digits, （） → ()), no white
 * space, every kind of bracket turned into ( ). "电工（ 初级）" and "电工(初级)" give the same key.
 * Memoized per distinct string.
 */
export function normalizeOccupationName(s: string): string {
  const hit = nameCache.get(s);
  if (hit !== undefined) return hit;
  const v = s.normalize('NFKC').replace(STRIP, '').replace(OPEN, '(').replace(CLOSE, ')');
  if (nameCache.size >= MAX_CACHE) nameCache.clear();
  nameCache.set(s, v);
  return v;
}

const CATEGORY_WORDS: Record<string, Category> = {
  A: 'A',
  B: 'B',
  C: 'C',
  优先支持: 'A',
  优先: 'A',
  重点支持: 'B',
  重点: 'B',
  一般: 'C',
  一般支持: 'C',
};

const catCache = new Map<string, Category | null>();

/**
 * A category as catalogs and rosters write it: A, a, Ａ, A类, 优先支持类 (A), 重点支持类 (B),
 * 一般类 (C), "A类（优先支持类）". null when empty or not recognised. Memoized per distinct string.
 */
export function normalizeCategory(raw: string): Category | null {
  const hit = catCache.get(raw);
  if (hit !== undefined) return hit;
  const s = raw.normalize('NFKC').replace(STRIP, '').toUpperCase();
  const found = new Set<Category>();
  for (const part of s.split(/[()（）/、,，]+/)) {
    if (!part) continue;
    const word = part.replace(/(类|类别|类职业|类工种)$/, '');
    const c = CATEGORY_WORDS[word];
    if (c) found.add(c);
    else return remember(raw, null);
  }
  return remember(raw, found.size === 1 ? (found.values().next().value as Category) : null);
}

function remember(raw: string, v: Category | null): Category | null {
  if (catCache.size >= MAX_CACHE) catCache.clear();
  catCache.set(raw, v);
  return v;
}
