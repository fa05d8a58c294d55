// 生成申报材料: validate the 申报信息 form, build the claim papers from the last check (core buildClaim)
// and have the host write them into the workbook, replacing earlier ones.
import {
  buildClaim,
  buildLedgerIndex,
  type CalDate,
  type Catalog,
  type CheckResult,
  type Claim,
  ClaimInfoError,
  type ClaimLedger,
  CLAIM_SHEETS,
  LEDGER_SHEET,
  localize,
  parseLedgerGrid,
  type Policy,
  type Progress,
  type RosterHost,
  SHEET_NAMES,
  type SheetModel,
  shownValue,
  todayLocal,
} from '../../core';
import { stringsFor } from '../i18n';
import { validateInfo, type InfoDraft } from './info';
import type { Action, ClaimSummary, PaneState } from './types';

export const EXCLUDED_MARK = '附：未纳入';

/** The row where the summary's 未纳入 section starts. */
export function excludedRowOf(summary: SheetModel | undefined): number | null {
  const cell = summary?.cells.find((c) => String(shownValue(c.value)).startsWith(EXCLUDED_MARK));
  return cell ? cell.row : null;
}

/** The result with its messages in Chinese: the reasons go onto the Chinese sheets whatever the pane speaks. */
export function chineseResult(result: CheckResult): CheckResult {
  return {
    ...result,
    findings: localize(
      result.findings.map((f) => ({ ...f })),
      'zh-CN',
    ),
  };
}

export function summaryOf(claim: Claim, includeErrorRows: boolean): ClaimSummary {
  const summary = claim.sheets.find((s) => s.name === SHEET_NAMES.summary);
  const row = claim.excluded.length ? excludedRowOf(summary) : null;
  return {
    persons: claim.totals.persons,
    fen: claim.totals.fen,
    excluded: claim.excluded.length,
    sheets: claim.sheets.map((s) => s.name),
    excludedAt: summary && row ? { sheet: summary.name, row } : null,
    includeErrorRows,
  };
}

export interface ClaimDeps {
  host: RosterHost;
  dispatch: (a: Action) => void;
  getState: () => PaneState;
  resolvePolicy: () => Policy;
  resolveCatalog: () => Promise<Catalog>;
  save: () => Promise<void>;
  /** the 填报日期 (default: today in the pane's time zone) */
  today?: () => CalDate;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class ClaimActions {
  constructor(private readonly d: ClaimDeps) {}

  private get t() {
    return stringsFor(this.d.getState().locale);
  }

  setInfo(field: keyof InfoDraft, value: string | boolean): void {
    this.d.dispatch({ type: 'setInfo', field, value });
  }

  /** saves the form in the document (on leaving a field) */
  saveInfo(): void {
    void this.d.save();
  }

  setIncludeErrors(value: boolean): void {
    this.d.dispatch({ type: 'setIncludeErrors', value });
  }

  /** The workbook's 补贴台账 sheet, when it has one: a claim always consults it (recorded means paid). */
  private async ledger(source: string): Promise<ClaimLedger | undefined> {
    const grid = await this.d.host.readSheetGrid(LEDGER_SHEET);
    const parse = grid ? parseLedgerGrid(grid, LEDGER_SHEET) : null;
    if (!parse) return undefined;
    const index = buildLedgerIndex(parse.records);
    return { name: LEDGER_SHEET, records: parse.records.length, lookup: () => index, source };
  }

  async generate(): Promise<void> {
    const s = this.d.getState();
    const t = this.t;
    if (s.phase !== 'idle') return;
    if (!s.result || !s.resultSheet)
      return this.d.dispatch({ type: 'notice', notice: { intent: 'warning', text: t.claimNeedsCheck } });
    if (s.stale)
      return this.d.dispatch({ type: 'notice', notice: { intent: 'warning', text: t.pane.claimStale } });
    if (CLAIM_SHEETS.has(s.resultSheet))
      return this.d.dispatch({ type: 'notice', notice: { intent: 'error', text: t.claimOnClaimSheet(s.resultSheet) } });
    const { info, errors } = validateInfo(s.info, s.locale, { required: t.infoRequired, notNumber: t.infoNotNumber });
    this.d.dispatch({ type: 'infoErrors', errors });
    void this.d.save();
    if (!info)
      return this.d.dispatch({
        type: 'notice',
        notice: { intent: 'error', text: t.infoInvalid(Object.keys(errors).length) },
      });
    this.d.dispatch({ type: 'claimStarted' });
    try {
      const policy = this.d.resolvePolicy();
      const catalog = await this.d.resolveCatalog();
      const today = this.d.today?.() ?? todayLocal();
      const ledger = await this.ledger(s.resultSheet);
      const claim = buildClaim(chineseResult(s.result), {
        policy,
        catalog,
        info,
        includeErrorRows: s.includeErrorRows,
        today,
        rosterSheet: s.resultSheet,
        ledger,
      });
      const onProgress = (progress: Progress) => this.d.dispatch({ type: 'progress', progress });
      await this.d.host.writeSheets(claim.sheets, { onProgress });
      const summary = summaryOf(claim, s.includeErrorRows);
      this.d.dispatch({ type: 'claimWritten', claim: summary });
      const warnings = claim.warnings.map((w) => (s.locale === 'en-US' ? w.en : w.zh));
      const text = [t.claimWritten(summary.sheets.join('、')), ...warnings].join(s.locale === 'en-US' ? ' ' : '');
      this.d.dispatch({ type: 'runEnded', notice: { intent: warnings.length ? 'warning' : 'success', text } });
    } catch (e) {
      // a field the papers cannot do without (the notice end where the holiday calendar lacks the year): ask on the form
      if (e instanceof ClaimInfoError && e.field)
        this.d.dispatch({ type: 'infoErrors', errors: { [e.field]: s.locale === 'en-US' ? e.en : e.message } });
      this.d.dispatch({
        type: 'runEnded',
        notice: {
          intent: 'error',
          text: t.errorPrefix + (e instanceof ClaimInfoError && s.locale === 'en-US' ? e.en : message(e)),
        },
      });
    }
  }

  /** selects the start of the 未纳入 section on the summary sheet */
  async showExcluded(): Promise<void> {
    const at = this.d.getState().claim?.excludedAt;
    if (!at) return;
    try {
      await this.d.host.selectCell(at.sheet, at.row, 1);
    } catch (e) {
      this.d.dispatch({ type: 'notice', notice: { intent: 'error', text: this.t.errorPrefix + message(e) } });
    }
  }
}
