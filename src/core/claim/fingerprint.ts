// The roster fingerprint printed on the approval sheet: SHA-256 of the claimed rows in a canonical text
// form, so a reviewer can recompute it later and see whether the roster changed after approval.
// The format is documented in docs/claim.md ("The roster fingerprint"); change it only with a new version.
import type { CalDate } from '../types';
import { formatDate } from '../values';
import type { ClaimRow } from './rows';

export const FINGERPRINT_VERSION = 'v2';

/** Text as it enters the fingerprint: NFKC, no white space or invisible format characters, no tabs. */
function canon(s: string): string {
  return s.normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '');
}

function date(d: CalDate | null): string {
  return d ? formatDate(d, '-') : '';
}

/**
 * One row's canonical line, tab separated: ID, name, occupation, certificate, level, start, end, hours,
 * amount in fen, then the roster's text of 性别, 联系电话, 目录类别, 证书编号, 人员类别 and 备注 (v2).
 */
export function fingerprintLine(r: ClaimRow): string {
  return [
    canon(r.id),
    canon(r.name),
    canon(r.occupation),
    canon(String(r.cert)),
    r.level === null ? '' : String(r.level),
    date(r.start),
    date(r.end),
    r.hours === null ? '' : String(r.hours),
    String(r.amountFen),
    ...(r.extra ?? []).map(canon),
  ].join('\t');
}

/** SHA-256 (lowercase hex) of the rows' canonical lines, sorted, joined by '\n', UTF-8 encoded. */
export function rosterFingerprint(rows: readonly ClaimRow[]): string {
  const lines = rows.map(fingerprintLine).sort();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sha256Hex } = require('./sha256') as typeof import('./sha256');
  return sha256Hex(lines.join('\n'));
}
