// 生成申报材料: validate the 申报信息 form, build the claim papers from the last check (core buildClaim)
// and have the host write them into the workbook, replacing earlier ones.
import {
  buildClaim,
  buildLedgerIndex,
  type CalDate,
  type Catalog,
  type CheckResult,
  type Claim,
  type ClaimInfo,
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
  /** hands the notice-only workbook (公示名单 alone, for publishing) to the clerk; gives the file name */
  saveNotice?: (sheet: SheetModel) => Promise<string>;
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

  /** 纳入政策无补贴标准的行: the same as assemble --include-unrated */
  setIncludeUnrated(value: boolean): void {
    this.d.dispatch({ type: 'setIncludeUnrated', value });
  }

  /** The workbook's 补贴台账 sheet, when it has one: a claim always consults it (recorded means paid). */
  private async ledger(source: string): Promise<ClaimLedger | undefined> {
    const grid = await this.d.host.readSheetGrid(LEDGER_SHEET);
    const parse = grid ? parseLedgerGrid(grid, LEDGER_SHEET) : null;
    if (!parse) return undefined;
    const index = buildLedgerIndex(parse.records);
    return { name: LEDGER_SHEET, records: parse.records.length, lookup: () => index, source };
  }

  /** What both 生成申报材料 and 只生成公示名单 refuse: no result, a stale one, the wrong sheet, a bad form. */
  private ready(): { s: PaneState; info: ClaimInfo } | undefined {
    const s = this.d.getState();
    const t = this.t;
    const notice = (intent: 'warning' | 'error', text: string) =>
      void this.d.dispatch({ type: 'notice', notice: { intent, text } });
    if (s.phase !== 'idle') return undefined;
    if (!s.result || !s.resultSheet) return notice('warning', t.claimNeedsCheck);
    if (s.stale) return notice('warning', t.pane.claimStale);
    if (CLAIM_SHEETS.has(s.resultSheet)) return notice('error', t.claimOnClaimSheet(s.resultSheet));
    const { info, errors } = validateInfo(s.info, s.locale, { required: t.infoRequired, notNumber: t.infoNotNumber });
    this.d.dispatch({ type: 'infoErrors', errors });
    void this.d.save();
    if (!info) return notice('error', t.infoInvalid(Object.keys(errors).length));
    return { s, info };
  }

  /** core buildClaim over the last check, with the pane's choices (the CLI's assemble does the same) */
  private async build(s: PaneState, info: ClaimInfo): Promise<Claim> {
    const policy = this.d.resolvePolicy();
    const catalog = await this.d.resolveCatalog();
    const today = this.d.today?.() ?? todayLocal();
    const ledger = await this.ledger(s.resultSheet!);
    return buildClaim(chineseResult(s.result!), {
      policy,
      catalog,
      info,
      includeErrorRows: s.includeErrorRows,
      includeUnrated: s.includeUnrated,
      today,
      rosterSheet: s.resultSheet!,
      ledger,
    });
  }

  private failed(s: PaneState, e: unknown): void {
    // a field the papers cannot do without (the notice end where the holiday calendar lacks the year): ask on the form
    if (e instanceof ClaimInfoError && e.field)
      this.d.dispatch({ type: 'infoErrors', errors: { [e.field]: s.locale === 'en-US' ? e.en : e.message } });
    this.d.dispatch({
      type: 'runEnded',
      notice: {
        intent: 'error',
        text: this.t.errorPrefix + (e instanceof ClaimInfoError && s.locale === 'en-US' ? e.en : message(e)),
      },
    });
  }

  async generate(): Promise<void> {
    const ok = this.ready();
    if (!ok) return;
    const { s, info } = ok;
    const t = this.t;
    this.d.dispatch({ type: 'claimStarted' });
    try {
      const claim = await this.build(s, info);
      const onProgress = (progress: Progress) => this.d.dispatch({ type: 'progress', progress });
      const written = await this.d.host.writeSheets(claim.sheets, { onProgress });
      const summary = summaryOf(claim, s.includeErrorRows);
      this.d.dispatch({ type: 'claimWritten', claim: summary });
      const warnings = claim.warnings.map((w) => (s.locale === 'en-US' ? w.en : w.zh));
      if (written && written.print === false) warnings.push(t.printSkipped);
      const text = [t.claimWritten(summary.sheets.join('、')), ...warnings].join(s.locale === 'en-US' ? ' ' : '');
      this.d.dispatch({ type: 'runEnded', notice: { intent: warnings.length ? 'warning' : 'success', text } });
    } catch (e) {
      this.failed(s, e);
    }
  }

  /**
   * 只生成公示名单: the 公示名单 alone in a workbook of its own, for publishing (names and IDs masked) — the
   * claim built as for 生成申报材料, its notice sheet only, as assemble --notice-out writes it.
   */
  async noticeOnly(): Promise<void> {
    if (!this.d.saveNotice) return;
    const ok = this.ready();
    if (!ok) return;
    const { s, info } = ok;
    this.d.dispatch({ type: 'claimStarted' });
    try {
      const claim = await this.build(s, info);
      const notice = claim.sheets.find((m) => m.name === SHEET_NAMES.notice);
      if (!notice) throw new Error(SHEET_NAMES.notice);
      const file = await this.d.saveNotice(notice);
      this.d.dispatch({ type: 'runEnded', notice: { intent: 'success', text: this.t.pane.noticeWritten(file) } });
    } catch (e) {
      this.failed(s, e);
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
