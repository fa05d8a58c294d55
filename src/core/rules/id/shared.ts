// Shared by the ID and repeat rules: the helpers that keep the rules from cascading (a damaged or
// malformed ID raises nothing else) over the check's ID facts (ctx.facts.ids, parsed once per check).
import { NO_AGE, SEX_F, SEX_M, isWellFormed, usableBirth } from '../../facts';
import { text } from '../../i18n';
import { formatIso, type ParsedId } from '../../id';
import type { CalDate, Locale } from '../../types';
import type { RuleContext } from '../rule';
import { ageInMonths, retirementAgeMonths } from '../../policy/retirement';

export { isWellFormed, SEX_F, SEX_M, shownId, usableBirth } from '../../facts';

/** Indexes of the trainees whose ID is anything but a plain, valid citizen number (clean text, check
 * character right, real birth date from 1900 up to today, known region), in trainee order. The ID
 * rules that can only fire on such an ID (every one but id.age and id.gender-mismatch) visit these
 * rows alone instead of every trainee.
 */
export function unusualIds(ctx: RuleContext): number[] {
  return ctx.facts.ids.unusual;
}

export interface AgeResult {
  age: number;
  min: number;
  max: number;
  /** the day the age is taken on */
  on: CalDate;
  basis: 'start' | 'end';
  /** the upper limit is the policy's limit for women */
  femaleMax: boolean;
  ok: boolean;
  /** the finding's severity when not ok: a woman between the two statutory bounds is a warning */
  severity: 'error' | 'warning';
  /**
   * how the limit was found: 'range' (the policy's fixed range), 'young' (under the statutory lower bound),
   * 'retired' (at or past the statutory retirement age) or 'depends' (a woman past the former-50 schedule
   * but not the former-55 one: it depends on whether she was a worker or a cadre)
   */
  kind: 'range' | 'young' | 'retired' | 'depends';
  /** statutory checks: birth year and month, age in whole months, retirement age(s) in months */
  birthY?: number;
  birthM?: number;
  ageMonths?: number;
  retire?: number;
  retireAlt?: number;
}

/** Trainee i's age at training start (or end when there is no start) against the policy; null when it cannot be told. */
export function ageCheck(ctx: RuleContext, i: number): AgeResult | null {
  const age = ctx.facts.ages[i];
  if (age === NO_AGE) return null;
  const t = ctx.trainees[i];
  const on = (t.start.date ?? t.end.date) as CalDate;
  const basis = t.start.date ? 'start' : 'end';
  const w = ctx.policy.workingAge;
  const sex = ctx.facts.ids.sexes[i];
  if (w.kind === 'range') {
    const femaleMax = sex === SEX_F && w.maxFemale !== undefined;
    const upper = femaleMax ? (w.maxFemale as number) : w.max;
    const ok = age >= w.min && age <= upper;
    return { age, min: w.min, max: upper, on, basis, femaleMax, ok, severity: 'error', kind: 'range' };
  }
  const birth = ctx.facts.ids.births[i];
  const b: CalDate = { y: (birth / 10000) | 0, m: ((birth / 100) | 0) % 100, d: birth % 100 };
  const base = { age, min: w.min, max: 0, on, basis, femaleMax: false, birthY: b.y, birthM: b.m } as const;
  if (age < w.min) return { ...base, ok: false, severity: 'error', kind: 'young' };
  if (sex !== SEX_M && sex !== SEX_F) return { ...base, ok: true, severity: 'error', kind: 'range' };
  const ageMonths = ageInMonths(b, on);
  if (sex === SEX_M) {
    const retire = retirementAgeMonths('male', b.y, b.m);
    return { ...base, ageMonths, retire, ok: ageMonths < retire, severity: 'error', kind: 'retired' };
  }
  const worker = retirementAgeMonths('female50', b.y, b.m);
  const cadre = retirementAgeMonths('female55', b.y, b.m);
  if (ageMonths >= cadre) return { ...base, ageMonths, retire: cadre, ok: false, severity: 'error', kind: 'retired' };
  const depends = ageMonths >= worker;
  return { ...base, ageMonths, retire: worker, retireAlt: cadre, ok: !depends, severity: 'warning', kind: 'depends' };
}

/** True when trainee i's ID cell (parsed: p) raises an error of its own (malformed, damaged, checksum, birth date, region, age). */
export function hasIdError(ctx: RuleContext, i: number, p: ParsedId): boolean {
  if (!isWellFormed(p)) return p.kind !== 'empty';
  if (!p.checksumOk) return true;
  if (p.birthStatus !== 'ok' || !usableBirth(p, ctx.today)) return true;
  if (p.region === 'province-unknown' || p.region === 'permit-code') return true;
  const a = ageCheck(ctx, i);
  return a !== null && !a.ok && a.severity === 'error';
}

/** Gender as typed (男/女, 男性/女性, M/F, male/female) → 'M' | 'F'; null when empty or unreadable. */
export function genderOf(text: string): 'M' | 'F' | null {
  if (text === '男') return 'M';
  if (text === '女') return 'F';
  if (text === '') return null;
  const g = text.normalize('NFKC').trim().toLowerCase();
  if (g === '男' || g === '男性' || g === 'm' || g === 'male') return 'M';
  if (g === '女' || g === '女性' || g === 'f' || g === 'female') return 'F';
  return null;
}

const MAX_LISTED = 10;
/** Related rows kept on one finding: a phone shared by a whole roster must not make n² rows. */
export const MAX_RELATED = 100;

/** The sheet rows of group members other than member i, at most MAX_RELATED. */
export function otherRows(group: number[], i: number, rowOf: (k: number) => number): number[] {
  const out: number[] = [];
  for (const j of group) {
    if (j === i) continue;
    out.push(rowOf(j));
    if (out.length === MAX_RELATED) break;
  }
  return out;
}

/**
 * '5、9、12' (zh) or '5, 9, 12' (en) from the comma-joined rows param; lists longer than ten are cut
 * short and end with the total (`total`, the number of other rows, when the list itself was capped).
 */
export function formatRows(rows: string | number, locale: Locale, total?: string | number): string {
  const list = String(rows)
    .split(',')
    .filter((r) => r !== '');
  const n = Math.max(list.length, Number(total) || 0);
  const shown = list.slice(0, MAX_LISTED).join(text(locale, { zh: '、', en: ', ' }));
  if (n <= MAX_LISTED) return shown;
  return text(locale, { zh: `${shown} 等 ${n} 行`, en: `${shown} and ${n - MAX_LISTED} more` });
}

export { formatIso };

/** FNV-1a over the UTF-16 code units, then murmur3's final mix so that the low bits vary too. */
function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The slot table of groupRepeats, kept between calls and cleared before each: two calls per check over
 * 100,000 rows asked for 6 MB of new typed arrays, and new memory is what costs most on a busy machine
 * (every page is a fault). groupRepeats runs to completion without calling out to anything that could
 * call it again, so one table is enough.
 */
let scratch = new Int32Array(0);

/** SLOT ints per slot, side by side so that a probe reads one cache line: first item + 1, hash, group + 1. */
const SLOT = 3;

function slotTable(slots: number): Int32Array {
  if (scratch.length < slots * SLOT) scratch = new Int32Array(slots * SLOT);
  else scratch.fill(0, 0, slots * SLOT);
  return scratch;
}

/**
 * Indexes of items sharing a key, for keys seen at least twice; groups in the order their second
 * item is seen, items in index order.
 *
 * An open-addressing table of item indexes (a typed array, at most half full) rather than a Map:
 * with 100,000 mostly unique IDs or phones a Map spent most of its time growing and rehashing, and
 * unique keys here cost no allocation at all. Per slot: 1 + the index of the first item with the
 * slot's key (0 when free); the key's full hash, compared before the key itself; 1 + the index of the
 * key's group in groups (0 while the key was seen once). keyOf must be cheap and give the same key for
 * an index each time: it is asked again for a slot's first item when a probe meets the same hash.
 */
export function groupRepeats(n: number, keyOf: (i: number) => string | null): number[][] {
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = slotTable(size);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    if (!key) continue;
    const h = hashKey(key);
    let at = (h & mask) * SLOT;
    while (table[at] !== 0 && (table[at + 1] !== h || keyOf(table[at] - 1) !== key)) {
      at = at + SLOT === size * SLOT ? 0 : at + SLOT;
    }
    if (table[at] === 0) {
      table[at] = i + 1;
      table[at + 1] = h;
    } else if (table[at + 2] === 0) {
      groups.push([table[at] - 1, i]);
      table[at + 2] = groups.length;
    } else {
      groups[table[at + 2] - 1].push(i);
    }
  }
  return groups;
}
