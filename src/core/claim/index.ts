// The claim papers from a checked roster: 拨付资金汇总表, 资金审批表, 公示名单, 归档清单 as sheet models.
import type { Catalog } from '../catalog/types';
import type { CheckResult } from '../engine';
import type { Policy } from '../policy/schema';
import type { SheetModel } from '../sheet';
import type { CalDate } from '../types';
import { buildApproval } from './approval';
import { buildArchive } from './archive';
import type { ClaimContext, ClaimTotals } from './context';
import { rosterFingerprint } from './fingerprint';
import type { ClaimInfo } from './info';
import { applyClaimLedger, type ClaimLedger } from './ledger';
import { claimInfoWarnings, type InfoWarning } from './info-checks';
import { buildNotice } from './notice';
import { noticePeriod, type NoticePeriod } from './notice-period';
import { selectRows, type ClaimRow, type ExcludedRow } from './rows';
import { buildSummary, totalsOf } from './summary';

export interface ClaimOptions {
  policy: Policy;
  catalog: Catalog;
  info: ClaimInfo;
  /** claim rows with error findings too (default false: they are listed under 未纳入) */
  includeErrorRows?: boolean;
  /** claim rows whose certificate has no rate in the policy, at the roster's amount (default false: left out) */
  includeUnrated?: boolean;
  /** the date printed as 填报日期 */
  today: CalDate;
  /** the roster's sheet name in the workbook, for the archive checklist's link */
  rosterSheet?: string;
  /** the subsidy ledger to consult: the people it shows as paid go to 未纳入 with the rule's message */
  ledger?: ClaimLedger;
  /** the notice end given by hand (--notice-end), used only where the holiday calendar lacks the year */
  noticeEnd?: CalDate;
}

export interface Claim {
  sheets: SheetModel[];
  totals: ClaimTotals;
  included: ClaimRow[];
  excluded: ExcludedRow[];
  fingerprint: string;
  notice: NoticePeriod;
  /** cross-checks of the 申报信息 against the roster and itself (warnings, not errors) */
  warnings: InfoWarning[];
}

export function buildClaim(checked: CheckResult, opts: ClaimOptions): Claim {
  const result = opts.ledger
    ? applyClaimLedger(checked, { institution: opts.info.institution, ...opts.ledger }, opts.policy)
    : checked;
  const { included, excluded } = selectRows(result, opts);
  const totals = totalsOf(included);
  const fingerprint = rosterFingerprint(included);
  const notice = noticePeriod(
    opts.info.noticeStart,
    opts.policy.noticeWorkingDays,
    opts.noticeEnd ?? opts.info.noticeEnd,
  );
  const ctx: ClaimContext = {
    info: opts.info,
    policy: opts.policy,
    included,
    excluded,
    totals,
    notice,
    today: opts.today,
    fingerprint,
    rosterSheet: opts.rosterSheet,
    rosterPersons: result.trainees.length,
    catalog: opts.catalog,
    ledger: opts.ledger ? { name: opts.ledger.name, records: opts.ledger.records } : null,
    includeErrorRows: opts.includeErrorRows ?? false,
  };
  const sheets = [buildSummary(ctx), buildApproval(ctx), buildNotice(ctx), buildArchive(ctx)];
  const warnings = claimInfoWarnings(opts.info, { included, excluded, today: opts.today });
  return { sheets, totals, included, excluded, fingerprint, notice, warnings };
}

export { SHEET_NAMES } from './context';
export {
  claimInfoSchema,
  ClaimInfoError,
  claimInfoIssues,
  INFO_LABELS,
  parseClaimInfo,
  type InfoIssue,
  type ClaimInfo,
  type ClaimInfoInput,
  type InfoField,
} from './info';
export { maskId, maskName } from './mask';
export { fingerprintLine, rosterFingerprint, FINGERPRINT_VERSION } from './fingerprint';
export { claimInfoWarnings, type InfoWarning } from './info-checks';
export { noticePeriod, type NoticePeriod } from './notice-period';
export { archiveItems, type ArchiveItem, type ArchiveStatus } from './archive';
export type { ClaimRow, ExcludedRow } from './rows';
export { applyClaimLedger, isLedgerFinding, type ClaimLedger } from './ledger';
export type { ClaimTotals } from './context';
