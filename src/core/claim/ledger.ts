// The ledger consulted by a claim: every claimed person is looked up in the subsidy ledger (补贴台账), and
// the ledger rules' error findings move the row to 未纳入 with the rule's message (see rows.ts). Unlike a
// check (`validate`), a claim counts the roster's own recorded entries: recorded means already paid.
import { countFindings, type CheckResult } from '../engine';
// (not through ../ledger/index: its records.ts reads claim rows, and rows.ts reads this file)
import { checkAgainstLedger, runKeys, withLedgerFindings } from '../ledger/check';
import { ledgerRuleByCode } from '../ledger/rules';
import type { LedgerIndex } from '../ledger/types';
import type { Policy } from '../policy/schema';

export interface ClaimLedger {
  /** how the papers name the ledger: its file, folder or database, or the workbook's 补贴台账 sheet */
  name: string;
  /** the ledger's records held (for the papers) */
  records: number;
  /** the records of these people (one batched lookup) */
  lookup(keys: Iterable<string>): LedgerIndex;
  /** how ledger messages name this roster (file or sheet name) */
  source: string;
  /** the roster's training institution, when known */
  institution?: string;
}

/** Whether a finding comes from a ledger rule (those always keep a row out of the claim). */
export function isLedgerFinding(code: string): boolean {
  return ledgerRuleByCode(code) !== undefined;
}

/** The result with its ledger findings (if any, from an earlier check) replaced by the claim's. */
export function applyClaimLedger(result: CheckResult, ledger: ClaimLedger, policy: Policy): CheckResult {
  const kept = result.findings.filter((f) => !isLedgerFinding(f.code));
  const base = kept.length === result.findings.length ? result : { ...result, findings: kept, ...countFindings(kept) };
  if (base.layout.missing.length) return base;
  const roster = { source: ledger.source, trainees: base.trainees, institution: ledger.institution ?? '' };
  const index = ledger.lookup(runKeys([roster]));
  const found =
    checkAgainstLedger([roster], index, policy, { locale: 'zh-CN', countOwn: true }).get(ledger.source) ?? [];
  return withLedgerFindings(base, found);
}
