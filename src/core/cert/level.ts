// Skill levels as clerks write them: 五级/初级工/初级/5级/五级（初级工）… → 5.
import type { Level } from '../types';

const STRIP = /[\s\p{Cf}]+/gu;
const MAX_CACHE = 10000;
const cache = new Map<string, Level | null>();

const NUMERAL: Record<string, Level> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/** Name patterns, longest first; each match is removed before the next so 高级技师 is not also 技师 and 高级. */
const NAMES: Array<[RegExp, Level]> = [
  [/高级技师/g, 1],
  [/技师/g, 2],
  [/高级工?/g, 3],
  [/中级工?/g, 4],
  [/初级工?/g, 5],
];

function parse(raw: string): Level | null {
  let s = raw.normalize('NFKC').replace(STRIP, '');
  if (!s) return null;
  const found = new Set<Level>();
  for (const [re, level] of NAMES) {
    s = s.replace(re, () => {
      found.add(level);
      return '|';
    });
  }
  s = s.replace(/([一二三四五1-5])级/g, (_m, n: string) => {
    found.add(NUMERAL[n]);
    return '|';
  });
  s = s.replace(/(?:level|lv\.?|L)([1-5])/gi, (_m, n: string) => {
    found.add(NUMERAL[n]);
    return '|';
  });
  // a bare grade: "5" or "五"
  const bare = /^[一二三四五1-5]$/.exec(s);
  if (bare) found.add(NUMERAL[bare[0]]);
  if (found.size !== 1) return null; // nothing recognised, or two levels that disagree
  if (/[初中高]/.test(s)) return null; // a stray level word left over, as in 初中级
  return found.values().next().value as Level;
}

/**
 * The skill level a cell names, by grade (5 = 五级/初级工 … 1 = 一级/高级技师); full-width digits and
 * both spellings accepted, "五级（初级工）" too. null when empty, unrecognised or contradictory
 * ("五级（高级工）"). Memoized per distinct string.
 */
export function normalizeLevel(raw: string): Level | null {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const v = parse(raw);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(raw, v);
  return v;
}

/** Texts in a level cell that mean "no level" (for certificate types without one). */
const NO_LEVEL = /^(?:[/\\\-—–_－]+|无|不涉及|不分级|没有|空|N\/?A|none|合格)$/i;

const noLevelCache = new Map<string, boolean>();

/** True for an empty level cell or a placeholder meaning none (/, -, 无, 不涉及 …). Memoized per distinct string. */
export function isNoLevel(raw: string): boolean {
  if (raw === '') return true;
  let v = noLevelCache.get(raw);
  if (v === undefined) {
    const s = raw.normalize('NFKC').replace(STRIP, '');
    v = s === '' || NO_LEVEL.test(s);
    if (noLevelCache.size >= MAX_CACHE) noLevelCache.clear();
    noLevelCache.set(raw, v);
  }
  return v;
}

export const LEVEL_ZH: Record<Level, string> = {
  5: '五级/初级工',
  4: '四级/中级工',
  3: '三级/高级工',
  2: '二级/技师',
  1: '一级/高级技师',
};
export const LEVEL_EN: Record<Level, string> = {
  5: 'level 5 (junior)',
  4: 'level 4 (intermediate)',
  3: 'level 3 (senior)',
  2: 'level 2 (technician)',
  1: 'level 1 (senior technician)',
};
