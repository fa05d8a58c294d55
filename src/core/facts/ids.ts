// The ID facts of a check: one parse of every trainee's ID (canonical key, birth date, sex), and the
// ID helpers that rules, claim rows and the ledger check share.
import { checkCharCode, compareDates, isRealDate, parseIdCell, regionStatus, type ParsedId } from '../id';
import { cellShownText, cellValue } from '../layout/read';
import type { CalDate, CellValue, Trainee } from '../types';

/**
 * Every trainee's ID, read once per check (index i is trainees[i]).
 *
 * Most IDs of a roster are plain valid citizen numbers, and for those the rules only need the repeat
 * key (the ID itself), the birth date and the sex. A ParsedId per row (16 fields, kept alive for the
 * whole check) was most of the shared parse's time and a large share of the young-generation GC, so
 * plain IDs are kept in typed arrays alone and their ParsedId is built only when asked (Facts.idAt):
 * for a finding, or for a caller of Facts.parsedIds. See docs/performance.md.
 */
export interface IdTable {
  /** per trainee: the ParsedId; built up front for every ID but a plain one, on demand for those */
  parsed: (ParsedId | undefined)[];
  /** per trainee: the canonical key for repeat detection and the ledger (idKey) */
  keys: (string | null)[];
  /** per trainee: the usable birth date (usableBirth) as y * 10000 + m * 100 + d; 0 when none */
  births: Int32Array;
  /** per trainee: the sex by the sequence digit (ParsedId.sex): SEX_M, SEX_F or 0 when unknown */
  sexes: Uint8Array;
  /** indexes of the trainees whose ID is anything but a plain valid citizen number, in trainee order */
  unusual: number[];
}

export const SEX_M = 1;
export const SEX_F = 2;

/**
 * The birth date (y * 10000 + m * 100 + d) of a plain, valid citizen number: text of 17 ASCII digits
 * and the right check character, not a residence permit or a foreigner's ID, a known region, a real
 * birth date from 1900 up to today. 0 for anything else. This is exactly the case where parseIdCell
 * takes its common path and the ID counts as plain; every other ID goes through parseIdCell.
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
  const y = (ymd / 10000) | 0,
    m = ((ymd / 100) | 0) % 100,
    d = ymd % 100;
  if (y < 1900 || !isRealDate(y, m, d) || ymd > today.y * 10000 + today.m * 100 + today.d) return 0;
  return ymd;
}

/** The trainee's ID cell parsed (a fresh ParsedId). */
export function parseTraineeId(t: Trainee): ParsedId {
  return parseIdCell(cellValue(t, 'id'), cellShownText(t, 'id'));
}

/**
 * The canonical key of a trainee's ID (ParsedId.key: the 18 characters, a 15-digit number upgraded;
 * null when empty, damaged or malformed). The one definition of "the same person": the check's
 * IdTable, claim rows, ledger records and the ledger check all take it from here.
 */
export function idKey(t: Trainee): string | null {
  const value = cellValue(t, 'id');
  // parseIdCell's common path (17 digits and a digit or X) keys the ID by itself: no ParsedId needed
  if (typeof value === 'string' && value.length === 18) {
    const last = value.charCodeAt(17);
    if (((last >= 48 && last <= 57) || last === 88) && checkCharCode(value) >= 0) return value;
  }
  return parseTraineeId(t).key;
}

export function buildIdTable(trainees: readonly Trainee[], today: CalDate): IdTable {
  const n = trainees.length;
  const table: IdTable = {
    parsed: new Array<ParsedId | undefined>(n),
    keys: new Array<string | null>(n),
    births: new Int32Array(n),
    sexes: new Uint8Array(n),
    unusual: [],
  };
  for (let i = 0; i < n; i++) {
    const t = trainees[i];
    const value = cellValue(t, 'id');
    const birth = plainIdBirth(value, today);
    if (birth !== 0) {
      // a plain ID is its own key (idKey's common path)
      const id = value as string;
      table.keys[i] = id;
      table.births[i] = birth;
      table.sexes[i] = (id.charCodeAt(16) & 1) === 1 ? SEX_M : SEX_F;
      continue;
    }
    const p = parseIdCell(value, cellShownText(t, 'id'));
    table.parsed[i] = p;
    table.keys[i] = p.key;
    const b = usableBirth(p, today);
    table.births[i] = b ? b.y * 10000 + b.m * 100 + b.d : 0;
    table.sexes[i] = p.sex === 'M' ? SEX_M : p.sex === 'F' ? SEX_F : 0;
    table.unusual.push(i);
  }
  return table;
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
