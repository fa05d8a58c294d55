// The roster fingerprint: SHA-256 over the normalised rows of a claim, so the same roster recorded
// twice is recognised whatever its layout, row order, spacing or date spelling. The canonical text is
// built here (pure); the hash is supplied by the host: fingerprint-sha256.ts (@noble/hashes, for the
// add-in) or node:crypto in the CLI — the same SHA-256, the same hex.
import { normalizeOccupationName } from '../catalog/normalize';
import { normalizeCertType, normalizeLevel } from '../cert';
import { normalizeId, parseIdCell } from '../id';
import type { CalDate, Trainee } from '../types';
import { formatDate } from '../values';
import { nameKey } from './entry';

/** Version tag of the canonical text: changing the normalisation changes it. */
export const FINGERPRINT_VERSION = 'roster-check/fingerprint/v1';

function iso(d: CalDate | null): string {
  return d ? formatDate(d) : '';
}

/** One row of the canonical text: ID key, name, occupation, certificate type, level, dates, fen. */
export function fingerprintLine(t: Trainee): string {
  const c = t.cells.id;
  const p = parseIdCell(c?.value, c?.text, c?.format);
  const id = p.key ?? normalizeId(c?.text || String(c?.value ?? '')).value;
  const cert = normalizeCertType(t.certType) ?? t.certType.normalize('NFKC').trim();
  const level = normalizeLevel(t.level);
  const amount = t.amountFen === null || Number.isNaN(t.amountFen) ? '' : String(t.amountFen);
  return [id, nameKey(t.name), normalizeOccupationName(t.occupation), cert, level ?? t.level.normalize('NFKC').trim(),
    t.start.date ? iso(t.start.date) : t.start.raw, t.end.date ? iso(t.end.date) : t.end.raw, amount].join('\t');
}

/** The canonical text hashed for the fingerprint: the version line, then the row lines sorted. */
export function fingerprintText(trainees: readonly Trainee[]): string {
  const lines = trainees.map(fingerprintLine).sort();
  return `${FINGERPRINT_VERSION}\n${lines.join('\n')}\n`;
}

/** The fingerprint with a given SHA-256 (UTF-8 text in, lowercase hex out). */
export function fingerprintWith(trainees: readonly Trainee[], sha256Hex: (text: string) => string): string {
  return sha256Hex(fingerprintText(trainees)).toLowerCase();
}
