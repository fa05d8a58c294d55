// Parsing one ID cell: empty, damaged by Excel, malformed, legacy 15-digit, citizen, residence
// permit (HK/Macao/Taiwan) or foreigner's permanent residence ID. Char-code arithmetic throughout.
import type { CalDate, CellValue } from '../types';
import { checkCharCode, upgrade15 } from './checksum';
import { isRealDate } from './date';
import { lookalikeOf, normalizeId, plainState } from './normalize';
import { foreignRegionStatus, regionStatus, type RegionStatus } from './regions';

export type IdKind = 'empty' | 'damaged' | 'malformed' | 'legacy15' | 'citizen' | 'permit' | 'foreign';

/** Why an ID is malformed: wrong length, a stray char, a look-alike (× for X), X not last, a TRUE/FALSE cell. */
export type MalformedReason = 'length' | 'char' | 'lookalike' | 'x-position' | 'not-text';

export interface IdMalformed {
  reason: MalformedReason;
  /** length of the normalised text */
  len: number;
  /** 1-based position of the offending character (0 for 'length' and 'not-text') */
  pos: number;
  /** the offending character ('' for 'length' and 'not-text') */
  char: string;
  /** for a look-alike: what it probably stands for ('X', '0', '1') */
  expected: string;
}

/** 'none' when the ID has no readable birth date (empty, damaged, malformed). */
export type BirthStatus = 'ok' | 'invalid' | 'before1900' | 'none';

export interface ParsedId {
  kind: IdKind;
  /** what the cell held, as text: the string value, or the displayed text of a number */
  raw: string;
  /** after normalisation ('' when empty or damaged) */
  normalized: string;
  /** NORM_* bits: what normalisation changed (0 = nothing) */
  normFlags: number;
  /** the cell held a number rather than text */
  numeric: boolean;
  /** canonical 18-character key for repeat detection (legacy 15 upgraded); null when unusable */
  key: string | null;
  /** the 18-character form of a legacy 15-digit number */
  upgraded: string | null;
  /** the birth date when it is a real calendar date (even before 1900 or in the future) */
  birth: CalDate | null;
  birthStatus: BirthStatus;
  /** from the sequence parity: odd = male */
  sex: 'M' | 'F' | null;
  /** 6-digit address code (for foreigners: digits 1–6 as written), -1 when unavailable */
  addressCode: number;
  /** 2-digit province prefix (for foreigners: the accepting province, digits 2–3), -1 when unavailable */
  province: number;
  /** null when the ID has no readable address code */
  region: RegionStatus | null;
  /** true when the check character matches (always true for legacy 15-digit numbers) */
  checksumOk: boolean;
  /** the correct check character ('' when not applicable) */
  checkExpected: string;
  malformed: IdMalformed | null;
}

// Text that Excel made of a number: 4.10102E+17, 4.10102e17, 410102E12.
const EXPONENT = /^[0-9]+(\.[0-9]+)?E\+?[0-9]+$/i;

function base(kind: IdKind, raw: string, normalized: string, normFlags: number, numeric: boolean): ParsedId {
  return {
    kind,
    raw,
    normalized,
    normFlags,
    numeric,
    key: null,
    upgraded: null,
    birth: null,
    birthStatus: 'none',
    sex: null,
    addressCode: -1,
    province: -1,
    region: null,
    checksumOk: true,
    checkExpected: '',
    malformed: null,
  };
}

/** The decimal number written by len ASCII digits of s from start (caller checked they are digits). */
function digits(s: string, start: number, len: number): number {
  let n = 0;
  for (let i = start; i < start + len; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

function malformed(r: ParsedId, reason: MalformedReason, pos: number, char: string, expected = ''): ParsedId {
  r.kind = 'malformed';
  r.malformed = { reason, len: [...r.normalized].length, pos, char, expected };
  return r;
}

/**
 * Birth dates, shared between parses: a roster of 100,000 people has a few thousand distinct ones, and
 * one object per ID, kept for the whole check, was a tenth of what a check allocates. Frozen.
 */
const births = new Map<number, CalDate>();
const BIRTHS_LIMIT = 50_000;

function birthOf(y: number, m: number, d: number): CalDate {
  const k = y * 10000 + m * 100 + d;
  let b = births.get(k);
  if (b === undefined) {
    b = Object.freeze({ y, m, d });
    if (births.size >= BIRTHS_LIMIT) births.clear();
    births.set(k, b);
  }
  return b;
}

function setBirth(r: ParsedId, y: number, m: number, d: number): void {
  if (isRealDate(y, m, d)) {
    r.birth = birthOf(y, m, d);
    r.birthStatus = y < 1900 ? 'before1900' : 'ok';
  } else {
    r.birthStatus = 'invalid';
  }
}

/** Fills in an 18-character ID whose first 17 are digits, given its check character code (checkCharCode). */
function fill18(r: ParsedId, s: string, expected: number): ParsedId {
  const address = digits(s, 0, 6);
  r.addressCode = address;
  if (s.charCodeAt(0) === 57) {
    r.kind = 'foreign';
    r.province = digits(s, 1, 2);
    r.region = foreignRegionStatus(r.province);
  } else {
    const province = (address / 10000) | 0;
    r.province = province;
    r.kind = province >= 81 && province <= 83 ? 'permit' : 'citizen';
    r.region = regionStatus(address);
  }
  setBirth(r, digits(s, 6, 4), digits(s, 10, 2), digits(s, 12, 2));
  r.sex = (s.charCodeAt(16) & 1) === 1 ? 'M' : 'F';
  r.checksumOk = expected === s.charCodeAt(17);
  r.checkExpected = String.fromCharCode(expected);
  r.key = s;
  return r;
}

/** Fills in a normalised ID that is 15 or 18 chars of digits (18: last may be X). */
function fillStructure(r: ParsedId, s: string): ParsedId {
  if (s.length === 18) return fill18(r, s, checkCharCode(s));
  r.kind = 'legacy15';
  r.addressCode = digits(s, 0, 6);
  r.province = (r.addressCode / 10000) | 0;
  r.region = regionStatus(r.addressCode);
  setBirth(r, 1900 + digits(s, 6, 2), digits(s, 8, 2), digits(s, 10, 2));
  r.sex = (s.charCodeAt(14) & 1) === 1 ? 'M' : 'F';
  r.upgraded = upgrade15(s);
  r.key = r.upgraded;
  return r;
}

/** Checks the shape of a normalised string and fills in the result. */
function parseText(r: ParsedId, s: string): ParsedId {
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 88 && i === len - 1 && len === 18) continue;
    // a stray character: report a look-alike first, wherever it is
    let pos = 0;
    for (const ch of s) {
      pos++;
      const meant = lookalikeOf(ch);
      if (meant !== undefined) return malformed(r, 'lookalike', pos, ch, meant);
    }
    const ch = String.fromCodePoint(s.codePointAt(i) ?? c);
    const cpPos = [...s.slice(0, i)].length + 1;
    return malformed(r, c === 88 ? 'x-position' : 'char', cpPos, ch);
  }
  if (len !== 15 && len !== 18) return malformed(r, 'length', 0, '');
  return fillStructure(r, s);
}

/**
 * Parses an ID cell. value is the cell value; text and format, when the host gives them, are the
 * displayed text and the number format (they reveal an ID that Excel turned into 4.10102E+17).
 *
 * Numbers: a 15-digit integer keeps all its digits (a legacy number that should be text, numeric = true);
 * a number of 16 digits or more has lost its last digits (Excel keeps 15) and is 'damaged'; a shorter
 * number is 'malformed'. Text that reads like 4.10102E+17 is 'damaged' too.
 */
export function parseIdCell(value: CellValue | undefined, text?: string, format?: string): ParsedId {
  void format; // the displayed text already tells what the format did
  if (value === null || value === undefined || value === '') return base('empty', text ?? '', '', 0, false);
  if (typeof value === 'boolean') {
    const r = base('malformed', text || (value ? 'TRUE' : 'FALSE'), '', 0, false);
    r.malformed = { reason: 'not-text', len: 0, pos: 0, char: '', expected: '' };
    return r;
  }
  if (typeof value === 'number') {
    const raw = text || String(value);
    if (Number.isInteger(value) && value >= 1e14 && value < 1e15) {
      const s = String(value);
      return fillStructure(base('legacy15', raw, s, 0, true), s);
    }
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15 || EXPONENT.test(raw))
      return base('damaged', raw, '', 0, true);
    const s = String(value);
    return parseText(base('malformed', raw, s, 0, true), s);
  }
  if (value.length === 18) {
    // the common case: 17 ASCII digits and a digit or X, read in one pass
    const last = value.charCodeAt(17);
    if ((last >= 48 && last <= 57) || last === 88) {
      const expected = checkCharCode(value);
      if (expected >= 0) return fill18(base('citizen', value, value, 0, false), value, expected);
    }
  }
  if (plainState(value) === 0) return parseText(base('malformed', value, value, 0, false), value);
  const n = normalizeId(value);
  if (n.value === '') return base('empty', value, '', n.flags, false);
  if (EXPONENT.test(n.value)) return base('damaged', value, '', n.flags, false);
  return parseText(base('malformed', value, n.value, n.flags, false), n.value);
}
