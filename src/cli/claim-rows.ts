// `ledger add` of a claim workbook: the rows that claim itself included. The approval sheet carries the
// claim's roster fingerprint; the selection (with or without the rows that had errors) whose fingerprint
// is that one is the claim's, whatever --include-errors says now.
import type ExcelJS from 'exceljs';
import {
  type CalDate,
  type Catalog,
  type CheckResult,
  type ClaimSelection,
  type Policy,
  rosterFingerprint,
  selectRows,
  SHEET_NAMES,
} from '../core';

/** The roster fingerprint printed on the workbook's 资金审批表, or null when it has none. */
export function claimFingerprint(wb: ExcelJS.Workbook): string | null {
  const ws = wb.getWorksheet(SHEET_NAMES.approval);
  let found: string | null = null;
  ws?.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.value;
      const m = typeof v === 'string' ? /SHA-256：([0-9a-f]{64})/.exec(v) : null;
      if (m && !found) found = m[1];
    }),
  );
  return found;
}

export interface ClaimRowsOptions {
  policy: Policy;
  catalog: Catalog;
  includeErrorRows: boolean;
  today: CalDate;
}

/**
 * The claimed rows: the selection matching the claim's own fingerprint when the workbook has one (and one
 * matches), else the selection the options ask for. `matched` tells which case it was.
 */
export function claimRows(
  wb: ExcelJS.Workbook,
  result: CheckResult,
  opts: ClaimRowsOptions,
): ClaimSelection & { fingerprint: string; matched: boolean | null } {
  const own = claimFingerprint(wb);
  const asked = selectRows(result, opts);
  const askedFp = rosterFingerprint(asked.included);
  if (!own || own === askedFp) return { ...asked, fingerprint: askedFp, matched: own ? true : null };
  // the claim may have been made with --include-errors and/or --include-unrated
  for (const includeErrorRows of [false, true])
    for (const includeUnrated of [false, true]) {
      const other = selectRows(result, { ...opts, includeErrorRows, includeUnrated });
      const otherFp = rosterFingerprint(other.included);
      if (otherFp === own) return { ...other, fingerprint: otherFp, matched: true };
    }
  return { ...asked, fingerprint: askedFp, matched: false };
}
