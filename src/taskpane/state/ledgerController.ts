// The 补贴台账 section's behaviour over the host: the ledger sheet's status, the ledger checks of 开始校验,
// 导入花名册到台账 (roster files parsed in the pane) and 登记入账 (the last check's claimed rows).
import {
  buildLedgerIndex,
  type CalDate,
  type Catalog,
  checkAgainstLedger,
  type CheckResult,
  countFindings,
  type Finding,
  findInstitution,
  type Grid,
  LEDGER_SHEET,
  type LedgerParse,
  type LedgerRecord,
  ledgerRuleByCode,
  parseDateText,
  parseLedgerGrid,
  planLedgerAppend,
  type Policy,
  readTrainees,
  recordsFromClaimRows,
  recordsFromTrainees,
  rosterFingerprint,
  type RosterHost,
  selectRows,
  todayLocal,
  withLedgerFindings,
} from '../../core';
import { rosterFileGrids, pickRosterGrid, type ReadXlsxSheets } from '../files/roster';
import { stringsFor } from '../i18n';
import { ledgerStatus, type ImportReport, type LedgerAction } from './ledger';
import type { Action, PaneState } from './types';

export interface LedgerEnv {
  host: RosterHost;
  readXlsxSheets?: ReadXlsxSheets;
  /** the policy and catalog in use (the pane's choices) */
  policy(): Policy;
  catalog(): Promise<Catalog>;
  today?: () => CalDate;
}

export interface RosterFile {
  name: string;
  data: ArrayBuffer;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A check result without its ledger findings (a result checked against the ledger before). */
export function withoutLedgerFindings(result: CheckResult): CheckResult {
  const findings = result.findings.filter((f) => !ledgerRuleByCode(f.code));
  if (findings.length === result.findings.length) return result;
  return { ...result, findings, ...countFindings(findings) };
}

export class LedgerController {
  constructor(
    private readonly env: LedgerEnv,
    private readonly dispatch: (a: Action) => void,
    private readonly getState: () => PaneState,
  ) {}

  private get t() {
    return stringsFor(this.getState().locale).ledger;
  }

  private act(action: LedgerAction): void {
    this.dispatch({ type: 'ledger', action });
  }

  private today(): CalDate {
    return (this.env.today ?? todayLocal)();
  }

  /** Reads the 补贴台账 sheet (null when the workbook has none) and shows its status. */
  async read(): Promise<LedgerParse | null> {
    const grid = await this.env.host.readSheetGrid(LEDGER_SHEET);
    const parse = grid ? parseLedgerGrid(grid, LEDGER_SHEET) : null;
    this.act({ kind: 'status', status: ledgerStatus(parse) });
    return parse;
  }

  /** The status line on open and after changes; a failure only leaves the status unknown. */
  async refresh(): Promise<void> {
    try {
      await this.read();
    } catch (e) {
      this.act({
        kind: 'notice',
        notice: { intent: 'error', text: stringsFor(this.getState().locale).errorPrefix + message(e) },
      });
    }
  }

  setCheck(value: boolean): void {
    this.act({ kind: 'setCheck', value });
  }

  setPaidOn(value: string): void {
    this.act({ kind: 'setPaidOn', value });
  }

  /** The roster's findings against the ledger as parsed (records carrying `fingerprint` are the roster itself). */
  private findingsAgainst(
    result: CheckResult,
    sheet: string,
    grid: Grid | undefined,
    parse: LedgerParse | null,
    fingerprint?: string,
  ): Finding[] {
    if (result.layout.missing.length) return [];
    const roster = {
      source: sheet,
      trainees: result.trainees,
      institution: grid ? findInstitution(grid) : '',
      fingerprint,
    };
    const found = checkAgainstLedger([roster], buildLedgerIndex(parse?.records ?? []), this.env.policy(), {
      locale: this.getState().locale,
    });
    return found.get(sheet) ?? [];
  }

  private ledgerFindings(
    result: CheckResult,
    sheet: string,
    grid: Grid | undefined,
    parse: LedgerParse | null,
  ): CheckResult {
    const base = withoutLedgerFindings(result);
    return withLedgerFindings(base, this.findingsAgainst(base, sheet, grid, parse));
  }

  /** 开始校验 with the toggle on: the roster's result with the findings against the ledger sheet merged in. */
  async checkResult(result: CheckResult, sheet: string, grid: Grid | undefined): Promise<CheckResult> {
    if (!this.getState().ledger.check) {
      this.act({ kind: 'checkedAgainst', records: undefined });
      return result;
    }
    const parse = await this.read();
    const merged = this.ledgerFindings(result, sheet, grid, parse);
    this.act({ kind: 'checkedAgainst', records: parse?.records.length ?? 0 });
    return merged;
  }

  private async busy<T>(body: () => Promise<T>): Promise<T | undefined> {
    if (this.getState().ledger.busy || this.getState().phase !== 'idle') return undefined;
    this.act({ kind: 'busy', value: true });
    try {
      return await body();
    } catch (e) {
      this.act({
        kind: 'notice',
        notice: { intent: 'error', text: stringsFor(this.getState().locale).errorPrefix + message(e) },
      });
      return undefined;
    } finally {
      this.act({ kind: 'busy', value: false });
    }
  }

  /** 导入花名册到台账: each file's roster rows become ledger records; one plan, one write, counts per file. */
  importFiles(files: readonly RosterFile[]): Promise<void> {
    return this.busy(async () => {
      const t = this.t;
      const reports: ImportReport[] = [];
      const owner = new Map<LedgerRecord, ImportReport>();
      const all: LedgerRecord[] = [];
      for (const f of files) {
        const report: ImportReport = { file: f.name, rows: 0, added: 0, duplicates: 0, unreadable: [] };
        reports.push(report);
        try {
          const picked = pickRosterGrid(await rosterFileGrids(f.name, f.data, this.env.readXlsxSheets));
          if (!picked) throw new Error(t.noRosterHeader);
          const trainees = readTrainees(picked.grid, picked.layout);
          const { records, skipped } = recordsFromTrainees(trainees, {
            source: f.name,
            institution: findInstitution(picked.grid),
            ledgerFile: LEDGER_SHEET,
          });
          report.rows = trainees.length;
          report.unreadable = skipped.filter((x) => x.reason === 'no-id').map((x) => ({ row: x.row, value: x.value }));
          for (const r of records) owner.set(r, report);
          all.push(...records);
        } catch (e) {
          report.error = message(e) === 'xlsx' ? t.xlsxUnsupported : message(e);
        }
      }
      const parse = await this.read();
      const plan = planLedgerAppend(parse, all, this.today());
      if (plan.noHeader) throw new Error(t.noHeader(LEDGER_SHEET));
      for (const r of plan.added) owner.get(r)!.added++;
      for (const r of plan.duplicates) owner.get(r)!.duplicates++;
      if (plan.added.length) await this.env.host.writeLedgerPlan(plan, { headerRow: parse?.headerRows[0] });
      this.act({ kind: 'status', status: ledgerStatus(parse, plan.added) });
      this.act({ kind: 'imported', reports });
      const failed = reports.some((r) => r.error);
      this.act({
        kind: 'notice',
        notice: { intent: failed ? 'warning' : 'success', text: t.imported(plan.added.length, files.length) },
      });
    });
  }

  /** The training institution for 登记入账: the 申报信息 form's, else the line above the roster's header. */
  private institution(s: PaneState): string {
    const typed = s.info.institution;
    if (typeof typed === 'string' && typed.trim()) return typed.trim();
    return s.grid ? findInstitution(s.grid) : '';
  }

  /**
   * 登记入账: the last check's claimed rows, selected as the claim papers select them (core/claim, the same
   * 包含有错误的行 choice, so the fingerprint is the one on 资金审批表), appended with that fingerprint.
   * Refused when a claimed row repeats the ledger as it stands now (check with 对照补贴台账核验 first: those
   * rows then have errors and are left out). Pressing it again adds nothing: the fingerprint is there.
   */
  record(): Promise<void> {
    return this.busy(async () => {
      const s = this.getState();
      const t = this.t;
      const sheet = s.resultSheet;
      if (!s.result || !sheet)
        return this.act({ kind: 'notice', notice: { intent: 'warning', text: t.recordNeedsCheck } });
      const paidOn = s.ledger.paidOn.trim() ? parseDateText(s.ledger.paidOn.trim()) : null;
      if (s.ledger.paidOn.trim() && !paidOn)
        return this.act({ kind: 'notice', notice: { intent: 'error', text: t.badPaidOn } });
      const policy = this.env.policy();
      const catalog = await this.env.catalog();
      const today = this.today();
      const parse = await this.read();
      if (parse && parse.noIdColumn && parse.lastRow > 0) throw new Error(t.noHeader(LEDGER_SHEET));
      const { included, excluded } = selectRows(s.result, {
        policy,
        catalog,
        includeErrorRows: s.includeErrorRows,
        today,
      });
      if (!included.length) return this.act({ kind: 'notice', notice: { intent: 'warning', text: t.nothingToRecord } });
      const fingerprint = rosterFingerprint(included);
      const claimed = new Set(included.map((r) => r.row));
      const repeats = this.findingsAgainst(withoutLedgerFindings(s.result), sheet, s.grid, parse, fingerprint).filter(
        (f) => f.severity === 'error' && claimed.has(f.row),
      );
      if (repeats.length) {
        const rows = [...new Set(repeats.map((f) => f.row))].sort((a, b) => a - b);
        return this.act({
          kind: 'notice',
          notice: { intent: 'error', text: t.refusedRepeats(repeats.length, t.rowList(rows)) },
        });
      }
      const institution = this.institution(s);
      const { records, skipped } = recordsFromClaimRows(included, {
        source: sheet,
        institution,
        fingerprint,
        paidOn,
        ledgerFile: LEDGER_SHEET,
      });
      const plan = planLedgerAppend(parse, records, today);
      if (plan.added.length) await this.env.host.writeLedgerPlan(plan, { headerRow: parse?.headerRows[0] });
      this.act({ kind: 'status', status: ledgerStatus(parse, plan.added) });
      const report = {
        sheet,
        added: plan.added.length,
        duplicates: plan.duplicates.length,
        alreadyRecorded: plan.alreadyRecorded,
        firstRow: plan.firstRow,
        fingerprint,
        excluded: excluded.map((x) => x.row),
        unreadable: skipped.map((x) => x.row),
      };
      this.act({ kind: 'recorded', report });
      const fp = fingerprint.slice(0, 12);
      const lines = [
        plan.alreadyRecorded || !plan.added.length
          ? t.alreadyRecorded(sheet, fp)
          : t.recorded(plan.added.length, sheet, plan.firstRow, fp),
      ];
      if (plan.duplicates.length && !plan.alreadyRecorded && plan.added.length)
        lines.push(t.skippedDuplicates(plan.duplicates.length));
      if (!plan.alreadyRecorded && report.excluded.length)
        lines.push(t.notRecordedExcluded(t.rowList(report.excluded)));
      if (report.unreadable.length) lines.push(t.notRecordedUnreadable(t.rowList(report.unreadable)));
      this.act({ kind: 'notice', notice: { intent: plan.added.length ? 'success' : 'info', text: lines.join(' ') } });
    });
  }
}
