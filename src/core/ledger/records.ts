// Ledger records from a roster: the rows of an approved claim (or of an older roster imported from
// disk) as they are entered in the ledger.
import type { ClaimRow } from '../claim/rows';
import { LEVEL_ZH } from '../cert';
import { parseTraineeId } from '../facts';
import { parseIdCell } from '../id';
import type { CalDate, Grid, Trainee } from '../types';
import { cellText } from '../values';
import type { LedgerRecord } from './types';

export interface RosterMeta {
  /** the roster's file name (or sheet name) */
  source: string;
  institution?: string;
  fingerprint?: string;
  /** the day the subsidy was paid, when known */
  paidOn?: CalDate | null;
  /** the ledger the records will be kept in (for their where-abouts) */
  ledgerFile?: string;
}

export interface SkippedRow {
  row: number;
  reason: 'excluded' | 'no-id';
  /** the ID cell as shown (for no-id) */
  value: string;
}

export interface RosterRecords {
  records: LedgerRecord[];
  skipped: SkippedRow[];
}

/**
 * One record per included roster row with a usable ID (empty, damaged or malformed IDs are skipped and
 * listed: they cannot be found again). include decides which rows the claim pays (default: all).
 */
export function recordsFromTrainees(
  trainees: readonly Trainee[],
  meta: RosterMeta,
  include: (t: Trainee) => boolean = () => true,
): RosterRecords {
  const records: LedgerRecord[] = [];
  const skipped: SkippedRow[] = [];
  for (const t of trainees) {
    if (!include(t)) {
      skipped.push({ row: t.row, reason: 'excluded', value: '' });
      continue;
    }
    const p = parseTraineeId(t);
    if (!p.key) {
      const c = t.cells.id;
      skipped.push({ row: t.row, reason: 'no-id', value: c?.text || cellText(c?.value) });
      continue;
    }
    records.push({
      idKey: p.key,
      id: p.normalized || p.key,
      name: t.name,
      occupation: t.occupation,
      level: t.level,
      certType: t.certType,
      start: t.start.date,
      end: t.end.date,
      amountFen: t.amountFen === null || Number.isNaN(t.amountFen) ? null : t.amountFen,
      paidOn: meta.paidOn ?? null,
      source: meta.source,
      sourceRow: t.row,
      institution: meta.institution ?? '',
      fingerprint: meta.fingerprint ?? '',
      ledgerFile: meta.ledgerFile ?? '',
      ledgerRow: 0,
    });
  }
  return { records, skipped };
}

/**
 * One record per included row of an approved claim (core/claim selectRows / buildClaim().included),
 * all carrying the claim's fingerprint. Rows whose ID has no canonical key are skipped and listed.
 */
export function recordsFromClaimRows(
  rows: readonly ClaimRow[],
  meta: RosterMeta & { fingerprint: string },
): RosterRecords {
  const records: LedgerRecord[] = [];
  const skipped: SkippedRow[] = [];
  for (const r of rows) {
    const key = parseIdCell(r.id).key;
    if (!key) {
      skipped.push({ row: r.row, reason: 'no-id', value: r.id });
      continue;
    }
    records.push({
      idKey: key,
      id: key,
      name: r.name,
      occupation: r.occupation,
      level: r.level === null ? '' : LEVEL_ZH[r.level],
      certType: String(r.cert),
      start: r.start,
      end: r.end,
      amountFen: r.amountFen,
      paidOn: meta.paidOn ?? null,
      source: meta.source,
      sourceRow: r.row,
      institution: meta.institution ?? '',
      fingerprint: meta.fingerprint,
      ledgerFile: meta.ledgerFile ?? '',
      ledgerRow: 0,
    });
  }
  return { records, skipped };
}

/** e.g. 培训机构：…, 培训机构（盖章）：…, 培训单位(盖章):… (the text is NFKC-normalised first) */
const INSTITUTION_LABEL =
  /(培训机构|机构名称|培训单位|承训机构|申报单位|填报单位)(名称)?(?:\((?:盖章|公章)\))?[:：]\s*(.+)$/;
const SCAN_ROWS = 12;

/**
 * The institution a roster names above its header ("培训机构：某某职业培训学校（盖章）"), or ''.
 * Only the top rows are searched; a trailing 盖章/公章 note and the date after it are dropped.
 */
export function findInstitution(grid: Grid): string {
  const n = Math.min(grid.values.length, SCAN_ROWS);
  for (let r = 0; r < n; r++) {
    for (const v of grid.values[r] ?? []) {
      if (typeof v !== 'string') continue;
      const m = INSTITUTION_LABEL.exec(v.normalize('NFKC').trim());
      if (!m) continue;
      const name = m[3]
        .split(/\s{2,}|[（(](盖章|公章|章)[）)]|(填报|申报|制表)?日期[:：]|批次[:：]|班级[:：]/)[0]
        .trim();
      if (name) return name;
    }
  }
  return '';
}
