// Public API of the identity-number library (GB 11643-1999). Host-free: used by the rules, the
// ledger and the benchmark.
import type { CalDate, CellValue } from '../types';
import { compareDates } from './date';
import { parseIdCell } from './parse';

export { checkChar, checkCharCode, upgrade15 } from './checksum';
export { ageOn, compareDates, daysInMonth, formatDigits, formatIso, isLeapYear, isRealDate } from './date';
export {
  codePointLabel,
  lookalikeOf,
  normalizeId,
  NORM_FULLWIDTH,
  NORM_INVISIBLE,
  NORM_LOWER_X,
  NORM_SPACE,
  type NormalizedId,
} from './normalize';
export {
  parseIdCell,
  type BirthStatus,
  type IdKind,
  type IdMalformed,
  type MalformedReason,
  type ParsedId,
} from './parse';
export { isKnownRegion, isProvince, PERMIT_CODES, regionStatus, type RegionStatus } from './regions';

export interface ValidOptions {
  /** birth dates after this day are invalid (no future check when absent) */
  today?: CalDate;
  /** accept retired 15-digit numbers (default false) */
  allow15?: boolean;
}

/**
 * True when the text, once normalised, is a valid 18-character ID (citizen, HK/Macao/Taiwan permit
 * or foreigner's permanent residence ID): right shape, known province, real birth date from 1900,
 * right check character. An unknown county under a known province is accepted (old codes).
 */
export function isValidId(id: string, opts: ValidOptions = {}): boolean {
  const p = parseIdCell(id);
  if (p.kind === 'legacy15') {
    if (!opts.allow15) return false;
  } else if (p.kind !== 'citizen' && p.kind !== 'permit' && p.kind !== 'foreign') {
    return false;
  }
  if (!p.checksumOk || p.birthStatus !== 'ok') return false;
  if (p.region !== 'ok' && p.region !== 'county-unknown') return false;
  if (opts.today && p.birth && compareDates(p.birth, opts.today) > 0) return false;
  return true;
}

/**
 * The canonical 18-character key of an ID cell for repeat detection: the normalised ID, a legacy
 * 15-digit number upgraded. null when the cell is empty, damaged by Excel or malformed.
 */
export function idKey(value: CellValue | undefined, text?: string): string | null {
  return parseIdCell(value, text).key;
}
