// Shared by the ID and repeat rules: one parse of every ID per check, and the helpers that keep
// the rules from cascading (a damaged or malformed ID raises nothing else).
import { checkCharCode, compareDates, formatIso, isRealDate, parseIdCell, regionStatus, type ParsedId } from '../../id';
import type { CalDate, CellValue, Locale, Trainee } from '../../types';
import { cellShownText, cellValue } from '../../layout/read';
import type { RuleContext } from '../rule';
import { ageInMonths, retirementAgeMonths } from '../../policy/retirement';

/** The memo key of the shared ID table (IdTable), parallel to ctx.trainees. */
export const IDS_MEMO = 'ids';

/**
 * Every trainee's ID, read once per check (index i is ctx.trainees[i]).
 *
 * Most IDs of a roster are plain valid citizen numbers, and for those the rules only need the repeat
 * key (the ID itself), the birth date and the sex. A ParsedId per row (16 fields, kept alive for the
 * whole check) was most of the shared parse's time and a large share of the young-generation GC, so
 * plain IDs are kept in typed arrays alone and their ParsedId is built only when a rule asks (idAt):
 * for a finding, or for a caller of parsedIds.
 */
export interface IdTable {
  /** per trainee: the ParsedId; built up front for every ID but a plain one, on demand for those */
  parsed: (ParsedId | undefined)[];
  /** per trainee: the canonical key for repeat detection (ParsedId.key) */
  keys: (string | null)[];
  /** per trainee: the usable birth date (usableBirth) as y * 10000 + m * 100 + d; 0 when none */
  births: Int32Array;
  /** per trainee: the sex by the sequence digit (ParsedId.sex): SEX_M, SEX_F or 0 when unknown */
  sexes: Uint8Array;
  /** indexes of the trainees whose ID is anything but a plain valid citizen number (see unusualIds) */
  unusual: number[];
}

export const SEX_M = 1;
export const SEX_F = 2;

/**
 * The birth date (y * 10000 + m * 100 + d) of a plain, valid citizen number: text of 17 ASCII digits
 * and the right check character, not a residence permit or a foreigner's ID, a known region, a real
 * birth date from 1900 up to today. 0 for anything else. This is exactly the case where parseIdCell
 * takes its common path and unusualIds counts the ID as plain; every other ID goes through parseIdCell.
 */
function plainIdBirth(value: CellValue | undefined, today: CalDate): number {
  if (typeof value !== 'string' || value.length !== 18) return 0;
  const expected = checkCharCode(value);
  if (expected < 0 || value.charCodeAt(17) !== expected || value.charCodeAt(0) === 57) return 0;
  let address = 0;
  for (let i = 0; i < 6; i++) address = address * 10 + value.charCodeAt(i) - 48;
  const province = (address / 10000) | 0;
  if ((province >= 81 && province <= 83) || regionStatus(address) !== 'ok') return 0;
  let ymd = 0;
  for (let i = 6; i < 14; i++) ymd = ymd * 10 + value.charCodeAt(i) - 48;
  const y = (ymd / 10000) | 0, m = ((ymd / 100) | 0) % 100, d = ymd % 100;
  if (y < 1900 || !isRealDate(y, m, d) || ymd > today.y * 10000 + today.m * 100 + today.d) return 0;
  return ymd;
}

export function idTable(ctx: RuleContext): IdTable {
  return ctx.memo(IDS_MEMO, () => {
    const n = ctx.trainees.length;
    const table: IdTable = {
      parsed: new Array<ParsedId | undefined>(n), keys: new Array<string | null>(n),
      births: new Int32Array(n), sexes: new Uint8Array(n), unusual: [],
    };
    for (let i = 0; i < n; i++) {
      const cells = ctx.trainees[i].cells;
      const value = cellValue(cells, 'id');
      const birth = plainIdBirth(value, ctx.today);
      if (birth !== 0) {
        const id = value as string;
        table.keys[i] = id;
        table.births[i] = birth;
        table.sexes[i] = (id.charCodeAt(16) & 1) === 1 ? SEX_M : SEX_F;
        continue;
      }
      const p = parseIdCell(value, cellShownText(cells, 'id'));
      table.parsed[i] = p;
      table.keys[i] = p.key;
      const b = usableBirth(p, ctx.today);
      table.births[i] = b ? b.y * 10000 + b.m * 100 + b.d : 0;
      table.sexes[i] = p.sex === 'M' ? SEX_M : p.sex === 'F' ? SEX_F : 0;
      table.unusual.push(i);
    }
    return table;
  });
}

/** Trainee i's parsed ID, built on first use for a plain ID (the same object on every call). */
export function idAt(ctx: RuleContext, i: number): ParsedId {
  const table = idTable(ctx);
  let p = table.parsed[i];
  if (p === undefined) {
    const cells = ctx.trainees[i].cells;
    p = parseIdCell(cellValue(cells, 'id'), cellShownText(cells, 'id'));
    table.parsed[i] = p;
  }
  return p;
}

/** Every trainee's ID as a ParsedId (index i is ctx.trainees[i]); builds the plain ones too, so rules use idTable / idAt. */
export function parsedIds(ctx: RuleContext): ParsedId[] {
  return ctx.memo('ids.all', () => ctx.trainees.map((_, i) => idAt(ctx, i)));
}

/**
 * Indexes of the trainees whose ID is anything but a plain, valid citizen number (clean text, check
 * character right, real birth date from 1900 up to today, known region), in trainee order. The ID
 * rules that can only fire on such an ID (every one but id.age and id.gender-mismatch) visit these
 * rows alone instead of every trainee.
 */
export function unusualIds(ctx: RuleContext): number[] {
  return idTable(ctx).unusual;
}

/** 15 or 18 characters of the right shape: the ID-content checks apply. */
export function isWellFormed(p: ParsedId): boolean {
  return p.kind === 'citizen' || p.kind === 'permit' || p.kind === 'foreign' || p.kind === 'legacy15';
}

/** The birth date when it is real, from 1900 and not after today; null otherwise. */
export function usableBirth(p: ParsedId, today: CalDate): CalDate | null {
  if (!isWellFormed(p) || p.birthStatus !== 'ok' || !p.birth) return null;
  return compareDates(p.birth, today) > 0 ? null : p.birth;
}

/** The ID as the clerk should read it in a message. */
export function shownId(p: ParsedId): string {
  return p.normalized || p.raw.trim();
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

/** Age at training start (or end when there is no start) against the policy; null when it cannot be told. */
export function ageCheck(ctx: RuleContext, t: Trainee, p: ParsedId): AgeResult | null {
  const birth = usableBirth(p, ctx.today);
  if (!birth) return null;
  return ageCheckAt(ctx, t, birth.y * 10000 + birth.m * 100 + birth.d, p.sex === 'F' ? SEX_F : p.sex === 'M' ? SEX_M : 0);
}

/** ageCheck on the IdTable's form of the ID: birth as y * 10000 + m * 100 + d (0: none), sex SEX_M / SEX_F / 0. */
export function ageCheckAt(ctx: RuleContext, t: Trainee, birth: number, sex: number): AgeResult | null {
  if (birth === 0) return null;
  const on = t.start.date ?? t.end.date;
  if (!on) return null;
  const basis = t.start.date ? 'start' : 'end';
  // age in full years (周岁), as ageOn: a year less until the birthday
  let age = on.y - ((birth / 10000) | 0);
  if (on.m * 100 + on.d < birth % 10000) age--;
  const w = ctx.policy.workingAge;
  if (w.kind === 'range') {
    const femaleMax = sex === SEX_F && w.maxFemale !== undefined;
    const upper = femaleMax ? (w.maxFemale as number) : w.max;
    const ok = age >= w.min && age <= upper;
    return { age, min: w.min, max: upper, on, basis, femaleMax, ok, severity: 'error', kind: 'range' };
  }
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

/** True when the ID cell raises an error of its own (malformed, damaged, checksum, birth date, region, age). */
export function hasIdError(ctx: RuleContext, t: Trainee, p: ParsedId): boolean {
  if (!isWellFormed(p)) return p.kind !== 'empty';
  if (!p.checksumOk) return true;
  if (p.birthStatus !== 'ok' || !usableBirth(p, ctx.today)) return true;
  if (p.region === 'province-unknown' || p.region === 'permit-code') return true;
  const a = ageCheck(ctx, t, p);
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

export function zhEn(locale: Locale, zh: string, en: string): string {
  return locale === 'zh-CN' ? zh : en;
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
  const list = String(rows).split(',').filter((r) => r !== '');
  const n = Math.max(list.length, Number(total) || 0);
  const shown = list.slice(0, MAX_LISTED).join(locale === 'zh-CN' ? '、' : ', ');
  if (n <= MAX_LISTED) return shown;
  return locale === 'zh-CN' ? `${shown} 等 ${n} 行` : `${shown} and ${n - MAX_LISTED} more`;
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
 * Indexes of items sharing a key, for keys seen at least twice; groups in the order their second
 * item is seen, items in index order.
 *
 * An open-addressing table of item indexes (typed arrays, at most half full) rather than a Map:
 * with 100,000 mostly unique IDs or phones a Map spent most of its time growing and rehashing, and
 * unique keys here cost no allocation at all.
 */
export function groupRepeats(n: number, keyOf: (i: number) => string | null): number[][] {
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const keys = new Array<string | null>(n);
  /** per slot: 1 + the index of the first item with the slot's key; 0 when free */
  const firstAt = new Int32Array(size);
  /** per slot: the full hash of its key, compared before the key itself (no other string is read on a probe) */
  const hashAt = new Int32Array(size);
  /** per slot: 1 + the index of the key's group in groups; 0 while the key was seen once */
  const groupAt = new Int32Array(size);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    keys[i] = key;
    if (!key) continue;
    const h = hashKey(key);
    let slot = h & mask;
    while (firstAt[slot] !== 0 && (hashAt[slot] !== h || keys[firstAt[slot] - 1] !== key)) slot = (slot + 1) & mask;
    if (firstAt[slot] === 0) {
      firstAt[slot] = i + 1;
      hashAt[slot] = h;
    } else if (groupAt[slot] === 0) {
      groups.push([firstAt[slot] - 1, i]);
      groupAt[slot] = groups.length;
    } else {
      groups[groupAt[slot] - 1].push(i);
    }
  }
  return groups;
}
