// One subsidised training of a person, from the ledger or from a roster of the run, in the form the
// cross-checks compare: day numbers, the occupation-and-level key, the normalised name, and where it is.
import { normalizeOccupationName } from '../catalog/normalize';
import { certHasLevel, LEVEL_EN, LEVEL_ZH, normalizeCertType, normalizeLevel } from '../cert';
import type { CalDate, Trainee } from '../types';
import { daysFromCivil } from '../values';
import type { LedgerRecord } from './types';

/** Where another claim is: a ledger row or a row of another roster in the run. */
export interface ClaimRef {
  kind: 'ledger' | 'roster';
  /** ledger file (or sheet) for kind 'ledger', roster file for kind 'roster' */
  file: string;
  /** 1-based row in that file (0 when unknown) */
  row: number;
  institution: string;
  start: CalDate | null;
  end: CalDate | null;
  paidOn: CalDate | null;
  /** for ledger records: the roster the record came from */
  source: string;
  sourceRow: number | null;
  name: string;
  occupation: string;
  level: string;
  certType: string;
}

export interface ClaimEntry {
  idKey: string;
  /** the name normalised for comparison ('' when empty) */
  nameKey: string;
  /** occupation + level (or certificate type for types without levels); null when it cannot be told */
  occKey: string | null;
  startDay: number | null;
  endDay: number | null;
  /** the calendar year of the training end (of the start when the end is unknown) */
  year: number | null;
  ref: ClaimRef;
}

const STRIP = /[\s\p{Cf}]+/gu;
const DOTS = /[·•・‧﹒．.]/g;

/** A name for comparison: NFKC, no spaces, every middle-dot look-alike as '·'. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(STRIP, '').replace(DOTS, '·');
}

/**
 * The key of "the same occupation and level": the normalised occupation name with the skill level
 * (国家职业资格证书 and 职业技能等级证书 levels are the same grades), or with the certificate type for
 * types without levels. null when the occupation is empty or the level cannot be read.
 */
export function occupationLevelKey(occupation: string, certType: string, level: string): string | null {
  const occ = normalizeOccupationName(occupation);
  if (!occ) return null;
  const type = normalizeCertType(certType);
  const lv = normalizeLevel(level);
  if (type && certHasLevel(type)) return lv ? `${occ}|L${lv}` : null;
  if (type) return `${occ}|${type}`;
  return lv ? `${occ}|L${lv}` : null;
}

/** "电工 五级/初级工" / "电工 level 5 (junior)": the occupation and level as a message shows them. */
export function occupationLevelLabel(occupation: string, certType: string, level: string, en: boolean): string {
  const type = normalizeCertType(certType);
  const lv = normalizeLevel(level);
  const occ = occupation.trim();
  if (type && certHasLevel(type) && lv) return `${occ} ${en ? LEVEL_EN[lv] : LEVEL_ZH[lv]}`;
  if (type) return `${occ} ${type}`;
  return lv ? `${occ} ${en ? LEVEL_EN[lv] : LEVEL_ZH[lv]}` : occ;
}

function day(d: CalDate | null): number | null {
  return d ? daysFromCivil(d) : null;
}

function makeEntry(idKey: string, ref: ClaimRef): ClaimEntry {
  const startDay = day(ref.start);
  const endDay = day(ref.end);
  return {
    idKey,
    nameKey: nameKey(ref.name),
    occKey: occupationLevelKey(ref.occupation, ref.certType, ref.level),
    startDay,
    endDay,
    year: ref.end ? ref.end.y : ref.start ? ref.start.y : null,
    ref,
  };
}

export function entryFromRecord(r: LedgerRecord): ClaimEntry {
  return makeEntry(r.idKey, {
    kind: 'ledger',
    file: r.ledgerFile,
    row: r.ledgerRow,
    institution: r.institution,
    start: r.start,
    end: r.end,
    paidOn: r.paidOn,
    source: r.source,
    sourceRow: r.sourceRow,
    name: r.name,
    occupation: r.occupation,
    level: r.level,
    certType: r.certType,
  });
}

export function entryFromTrainee(t: Trainee, idKey: string, file: string, institution: string): ClaimEntry {
  return makeEntry(idKey, {
    kind: 'roster',
    file,
    row: t.row,
    institution,
    start: t.start.date,
    end: t.end.date,
    paidOn: null,
    source: file,
    sourceRow: t.row,
    name: t.name,
    occupation: t.occupation,
    level: t.level,
    certType: t.certType,
  });
}

/** True when both periods are known and share at least one day (a shared end/start day overlaps). */
export function periodsOverlap(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.startDay === null || a.endDay === null || b.startDay === null || b.endDay === null) return false;
  if (a.startDay > a.endDay || b.startDay > b.endDay) return false;
  return a.startDay <= b.endDay && b.startDay <= a.endDay;
}

/** The same training: same occupation and level (or same occupation text when that cannot be told), same dates. */
export function sameTraining(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.startDay !== b.startDay || a.endDay !== b.endDay) return false;
  if (a.occKey !== null || b.occKey !== null) return a.occKey === b.occKey;
  return a.ref.occupation.trim() === b.ref.occupation.trim();
}
