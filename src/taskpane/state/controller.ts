// The pane's behaviour: every host call and every state change it causes, without React or a DOM,
// so it is tested against a fake host. The hook (useRosterCheck) binds it to a reducer.
import {
  type Catalog,
  detectLayout,
  type DocSettings,
  type Field,
  type Finding,
  getBuiltinPolicy,
  type Grid,
  loadPolicyJson,
  parseCatalogRows,
  type Policy,
  type PaneTools,
  type Progress,
  resultsSheetFor,
  type RosterHost,
  SAMPLE_CATALOG,
  type SheetModel,
} from '../../core';
import type { ReadXlsxSheets } from '../files/roster';
import { stringsFor } from '../i18n';
import { isAbort, type CheckRunner } from '../worker/runner';
import { ClaimActions } from './claim';
import { targetCell } from './findings';
import { draftOf } from './info';
import { LedgerController } from './ledgerController';
import { findRosterSheets, holdsNoRoster } from './rosterSheets';
import { catalogChoiceOf, customPolicyOf, toDocSettings } from './settings';
import { catalogOf, policyOf, readCatalogFile } from './sources';
import { ToolsController } from './tools';
import { CUSTOM_POLICY_ID, type Action, type CatalogRows, type Filters, type PaneState } from './types';

export interface PaneDeps {
  host: RosterHost;
  runner: CheckRunner;
  /** reads an .xlsx file's first catalog sheet (lazily loads ExcelJS in the browser) */
  readXlsx?: (data: ArrayBuffer) => Promise<CatalogRows>;
  /** reads every sheet of an .xlsx roster (导入花名册到台账) */
  readXlsxSheets?: ReadXlsxSheets;
  /** change and selection events, fixes, selecting cells (absent: those tools are not offered) */
  tools?: PaneTools;
  /** rosters up to this many trainees are checked again by themselves after an edit */
  autoRecheckTrainees?: number;
  /** hands the notice-only workbook to the clerk (a download in the browser); gives the file name */
  saveNotice?: (sheet: SheetModel) => Promise<string>;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class PaneController {
  private abort?: AbortController;
  /** 申报信息 and 生成申报材料 */
  readonly claim: ClaimActions;

  constructor(
    private readonly deps: PaneDeps,
    private readonly dispatch: (a: Action) => void,
    private readonly getState: () => PaneState,
  ) {
    this.claim = new ClaimActions({
      host: deps.host,
      dispatch,
      getState,
      resolvePolicy: () => this.resolvePolicy(),
      resolveCatalog: () => this.resolveCatalog(),
      save: () => this.save(),
      saveNotice: deps.saveNotice,
    });
  }

  private get t() {
    return stringsFor(this.getState().locale);
  }

  private ledgerActions?: LedgerController;
  private toolActions?: ToolsController;

  /** staleness, the findings that follow the selection, fixes, selecting flagged cells */
  get tools(): ToolsController {
    this.toolActions ??= new ToolsController({
      tools: this.deps.tools,
      dispatch: this.dispatch,
      getState: this.getState,
      runCheck: () => this.runCheck(),
      autoRecheckTrainees: this.deps.autoRecheckTrainees,
    });
    return this.toolActions;
  }

  get hasTools(): boolean {
    return !!this.deps.tools;
  }

  get canSaveNotice(): boolean {
    return !!this.deps.saveNotice;
  }

  /** the 补贴台账 section: status, the ledger checks, import and 登记入账 */
  get ledger(): LedgerController {
    this.ledgerActions ??= new LedgerController(
      {
        host: this.deps.host,
        readXlsxSheets: this.deps.readXlsxSheets,
        policy: () => this.resolvePolicy(),
        catalog: () => this.resolveCatalog(),
      },
      this.dispatch,
      this.getState,
    );
    return this.ledgerActions;
  }

  /** On open: restore the saved choices, list the sheets, find the roster. */
  async open(): Promise<void> {
    this.dispatch({ type: 'loading' });
    let saved: DocSettings = {};
    try {
      saved = await this.deps.host.loadSettings();
    } catch {
      saved = {};
    }
    await this.restore(saved);
    this.deps.host.listSheets().then(
      (sheets) => this.dispatch({ type: 'sheetsListed', sheets }),
      () => undefined,
    );
    await this.readRoster();
    await this.ledger.refresh();
  }

  private async restore(s: DocSettings): Promise<void> {
    if (s.mapping) this.dispatch({ type: 'restoreMapping', mapping: s.mapping });
    if (s.info) this.dispatch({ type: 'restoreInfo', info: draftOf(s.info) });
    try {
      const custom = customPolicyOf(s);
      if (custom && s.policyId === CUSTOM_POLICY_ID) this.dispatch({ type: 'customPolicyLoaded', custom });
      else if (s.policyId && getBuiltinPolicy(s.policyId)) this.dispatch({ type: 'setPolicy', id: s.policyId });
    } catch (e) {
      this.dispatch({ type: 'policyError', message: message(e) });
    }
    const choice = catalogChoiceOf(s);
    if (choice?.kind === 'file') {
      try {
        this.dispatch({
          type: 'setCatalog',
          choice,
          entries: parseCatalogRows(choice.rows, choice.name).entries.length,
        });
      } catch (e) {
        this.dispatch({ type: 'setCatalog', choice });
        this.dispatch({ type: 'catalogError', message: message(e) });
      }
    } else if (choice) {
      this.dispatch({ type: 'setCatalog', choice });
    }
  }

  private detect(grid: Grid) {
    try {
      return { layout: detectLayout(grid, this.getState().mapping), layoutError: undefined };
    } catch (e) {
      return { layout: undefined, layoutError: message(e) };
    }
  }

  async readRoster(signal?: AbortSignal, onProgress?: (p: Progress) => void) {
    const { useSelection } = this.getState();
    try {
      const read = await this.deps.host.readRoster({ useSelection, signal, onProgress });
      this.dispatch({
        type: 'rosterRead',
        sheetName: read.sheetName,
        fromSelection: read.fromSelection,
        grid: read.grid,
        mergesRead: read.mergesRead,
        ...this.detect(read.grid),
      });
      if (!read.fromSelection && holdsNoRoster(this.getState().layout)) void this.offerRosterSheets(read.sheetName);
      return read;
    } catch (e) {
      if (isAbort(e) || signal?.aborted) throw e;
      this.dispatch({
        type: 'rosterRead',
        sheetName: '',
        fromSelection: useSelection,
        grid: { originRow: 1, originCol: 1, values: [] },
        layoutError: message(e),
      });
      return undefined;
    }
  }

  /** The active sheet holds no roster: look for the sheets that do, to offer them. */
  private async offerRosterSheets(active: string): Promise<void> {
    try {
      const sheets = await findRosterSheets(this.deps.host, active, this.getState().mapping);
      if (sheets.length) this.dispatch({ type: 'rosterSheets', sheets });
    } catch {
      // nothing to offer
    }
  }

  /** Goes to a sheet the pane offered and reads its roster. */
  async openRosterSheet(name: string): Promise<void> {
    await this.deps.host.selectCell(name, 1, 1);
    await this.readRoster();
  }

  async setUseSelection(value: boolean): Promise<void> {
    this.dispatch({ type: 'setUseSelection', value });
    await this.readRoster();
  }

  setMapping(field: Field, col: number): void {
    this.dispatch({ type: 'setMapping', field, col });
    this.tools.settingChanged();
    const grid = this.getState().grid;
    if (grid) this.dispatch({ type: 'layoutChanged', ...this.detect(grid) });
    void this.save();
  }

  setPolicy(id: string): void {
    this.dispatch({ type: 'setPolicy', id });
    this.tools.settingChanged();
    void this.save();
  }

  loadPolicyFile(name: string, text: string): void {
    try {
      const policy = loadPolicyJson(text, name);
      const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      this.dispatch({ type: 'customPolicyLoaded', custom: { source: name, policy, json } });
      this.tools.settingChanged();
      this.dispatch({ type: 'notice', notice: { intent: 'success', text: this.t.policyLoaded(name) } });
      void this.save();
    } catch (e) {
      this.dispatch({ type: 'policyError', message: message(e) });
    }
  }

  chooseSampleCatalog(): void {
    this.dispatch({ type: 'setCatalog', choice: { kind: 'sample' }, entries: SAMPLE_CATALOG.entries.length });
    this.tools.settingChanged();
    void this.save();
  }

  async chooseCatalogSheet(sheet: string): Promise<void> {
    this.dispatch({ type: 'setCatalog', choice: { kind: 'sheet', sheet } });
    this.tools.settingChanged();
    if (!sheet) return;
    void this.save();
    try {
      const rows = await this.deps.host.readSheetValues(sheet);
      this.dispatch({
        type: 'setCatalog',
        choice: { kind: 'sheet', sheet },
        entries: parseCatalogRows(rows, sheet).entries.length,
      });
    } catch (e) {
      this.dispatch({ type: 'catalogError', message: message(e) });
    }
  }

  /** A catalog file chosen from disk: CSV (UTF-8 or GBK) or .xlsx; parsed here to show errors at once. */
  async loadCatalogFile(name: string, data: ArrayBuffer): Promise<void> {
    try {
      const { rows, catalog } = await readCatalogFile(name, data, this.deps.readXlsx);
      this.dispatch({ type: 'setCatalog', choice: { kind: 'file', name, rows }, entries: catalog.entries.length });
      this.tools.settingChanged();
      void this.save();
    } catch (e) {
      this.dispatch({ type: 'catalogError', message: message(e) });
    }
  }

  resolvePolicy(): Policy {
    return policyOf(this.getState());
  }

  resolveCatalog(): Promise<Catalog> {
    return catalogOf(this.getState().catalog, this.deps.host);
  }

  /** 开始校验: read the sheet again, check it (in the worker), write the marks. Cancel aborts each stage. */
  async runCheck(): Promise<void> {
    if (this.getState().phase !== 'idle') return;
    const ac = new AbortController();
    this.abort = ac;
    const onProgress = (progress: Progress) => this.dispatch({ type: 'progress', progress });
    this.dispatch({ type: 'runStarted' });
    const t = this.t;
    try {
      const read = await this.readRoster(ac.signal, onProgress);
      if (!read)
        return this.dispatch({
          type: 'runEnded',
          notice: { intent: 'error', text: t.errorPrefix + (this.getState().layoutError ?? '') },
        });
      const { layout, mapping, locale } = this.getState();
      if (!layout || layout.missing.length)
        return this.dispatch({ type: 'runEnded', notice: { intent: 'warning', text: t.blockedMissing } });
      const policy = this.resolvePolicy();
      const catalog = await this.resolveCatalog();
      if (ac.signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      onProgress({ stage: 'check', done: 0, total: 0 });
      const checked = await this.deps.runner.run(
        { grid: read.grid, options: { policy, catalog, mapping, locale } },
        ac.signal,
      );
      // 对照补贴台账核验: the findings against the 补贴台账 sheet, marked and listed with the others
      const result = await this.ledger.checkResult(checked, read.sheetName, read.grid);
      this.dispatch({ type: 'checked', result, sheetName: read.sheetName, usedSample: catalog.sample });
      onProgress({ stage: 'mark', done: 0, total: result.findings.length });
      const stats = await this.deps.host.writeMarks(read.sheetName, result, { locale, onProgress, signal: ac.signal });
      this.dispatch({ type: 'marked', stats });
      await this.tools.afterMarks(read.sheetName);
      void this.tools.watchSheet(read.sheetName);
      const degraded = t.degradedLine(stats.fills ?? 'areas', stats.annotation ?? 'note');
      const text = `${t.checkedLine(result.trainees.length, result.findings.length)} ${t.marksLine(stats.cellsMarked, stats.notes, resultsSheetFor(read.sheetName))}${degraded ? ` ${degraded}` : ''}`;
      this.dispatch({ type: 'runEnded', notice: { intent: result.findings.length ? 'warning' : 'success', text } });
    } catch (e) {
      const aborted = isAbort(e) || ac.signal.aborted;
      this.dispatch({
        type: 'runEnded',
        notice: aborted ? { intent: 'info', text: t.cancelled } : { intent: 'error', text: t.errorPrefix + message(e) },
      });
    } finally {
      if (this.abort === ac) this.abort = undefined;
    }
  }

  setFilters(filters: Partial<Filters>): void {
    this.dispatch({ type: 'setFilters', filters });
  }

  setPage(page: number): void {
    this.dispatch({ type: 'setPage', page });
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** 清除标记: the host restores the fills and notes the cells had before. */
  async clearMarks(): Promise<void> {
    const s = this.getState();
    const sheet = s.resultSheet ?? s.sheetName;
    if (s.phase !== 'idle' || !sheet) return;
    this.dispatch({ type: 'clearStarted' });
    try {
      const r = await this.deps.host.clearMarks(sheet, {
        onProgress: (progress) => this.dispatch({ type: 'progress', progress }),
      });
      this.dispatch({ type: 'runEnded', notice: { intent: 'success', text: this.t.cleared(r.cellsRestored) } });
    } catch (e) {
      this.dispatch({ type: 'runEnded', notice: { intent: 'error', text: this.t.errorPrefix + message(e) } });
    }
  }

  async selectFinding(f: Finding): Promise<void> {
    const s = this.getState();
    const sheet = s.resultSheet ?? s.sheetName;
    if (!sheet) return;
    const { row, col } = targetCell(f, s.result?.layout ?? s.layout);
    try {
      await this.deps.host.selectCell(sheet, row, col);
    } catch (e) {
      this.dispatch({ type: 'notice', notice: { intent: 'error', text: this.t.errorPrefix + message(e) } });
    }
  }

  async save(): Promise<void> {
    try {
      await this.deps.host.saveSettings(toDocSettings(this.getState()));
    } catch {
      // settings are a convenience: a failed save must not disturb the check
    }
  }
}
