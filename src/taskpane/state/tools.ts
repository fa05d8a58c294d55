// The clerk tools of the pane, beside the check itself: staleness (the sheet's onChanged and setting
// changes), the findings that follow the selection, fixes with a preview, selecting flagged cells.
import {
  type Finding,
  type FixKind,
  type FixPlan,
  type PaneTools,
  planExpectedAmounts,
  planIdNormalize,
  planIdTextFormat,
  type SheetWatch,
} from '../../core';
import { stringsFor } from '../i18n';
import { filterFindings, PAGE_SIZE, targetCell } from './findings';
import type { Action, PaneState } from './types';

/** a roster with no more trainees than this is checked again by itself after an edit */
export const AUTO_RECHECK_TRAINEES = 300;

export interface ToolsDeps {
  tools?: PaneTools;
  dispatch: (a: Action) => void;
  getState: () => PaneState;
  runCheck: () => Promise<void>;
  autoRecheckTrainees?: number;
}

/** rows an A1 address covers: D9, D9:F12, 9:12, A:A (whole columns: none known, the caller re-checks all) */
export function rowsOf(address: string): number[] | null {
  const rows: number[] = [];
  for (const part of address.split(',')) {
    const m = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(part.trim());
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (Math.abs(b - a) > 100_000) return null;
    for (let r = Math.min(a, b); r <= Math.max(a, b); r++) rows.push(r);
  }
  return rows;
}

/** whether a finding's cell lies in the selection (an A1 address of one or more blocks) */
export function inSelection(f: Finding, address: string, layout: Parameters<typeof targetCell>[1]): boolean {
  const { row, col } = targetCell(f, layout);
  return address.split(',').some((part) => {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(part.trim());
    if (!m) return false;
    const c0 = colNumber(m[1]);
    const c1 = m[3] ? colNumber(m[3]) : c0;
    const r0 = Number(m[2]);
    const r1 = m[4] ? Number(m[4]) : r0;
    return row >= Math.min(r0, r1) && row <= Math.max(r0, r1) && col >= Math.min(c0, c1) && col <= Math.max(c0, c1);
  });
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class ToolsController {
  private watch?: { sheet: string; handle: SheetWatch | null };
  private recheckQueued = false;
  /** the fixes made on each sheet this session, listed again in its 校验结果 sheet after every check */
  private readonly fixLog = new Map<string, FixPlan[]>();

  constructor(private readonly d: ToolsDeps) {}

  private get t() {
    return stringsFor(this.d.getState().locale);
  }

  /** After a check: listen to the checked sheet (once per sheet). */
  async watchSheet(sheet: string): Promise<void> {
    if (!this.d.tools || this.watch?.sheet === sheet) return;
    const old = this.watch;
    this.watch = { sheet, handle: null };
    await old?.handle?.stop().catch(() => undefined);
    try {
      this.watch.handle = await this.d.tools.watchSheet(sheet, {
        changed: (address) => this.changed(address),
        selected: (address) => this.selected(address),
      });
    } catch {
      // no events on this host: the results simply do not know when they are stale
      this.watch = undefined;
    }
  }

  /** the selection moved: its findings are highlighted, and the list turns to the page of the first one */
  selected(address: string): void {
    this.d.dispatch({ type: 'selection', address });
    const s = this.d.getState();
    if (!s.result) return;
    const shown = filterFindings(s.result.findings, s.filters);
    const i = shown.findIndex((f) => inSelection(f, address, s.result!.layout));
    if (i >= 0 && Math.floor(i / PAGE_SIZE) !== s.page)
      this.d.dispatch({ type: 'setPage', page: Math.floor(i / PAGE_SIZE) });
  }

  /** cells of the checked sheet changed: the result is stale; a small roster is checked again at once */
  changed(address: string): void {
    const s = this.d.getState();
    if (!s.result) return;
    const rows = rowsOf(address);
    this.d.dispatch(rows ? { type: 'stale', rows } : { type: 'stale', setting: true });
    const limit = this.d.autoRecheckTrainees ?? AUTO_RECHECK_TRAINEES;
    if (s.result.trainees.length <= limit) this.queueRecheck();
  }

  /** After a check rewrote the 校验结果 sheet: the fixes made on this sheet are listed there again. */
  async afterMarks(sheet: string): Promise<void> {
    const plans = this.fixLog.get(sheet);
    if (!plans?.length || !this.d.tools) return;
    try {
      await this.d.tools.reportFixes(sheet, plans, { locale: this.d.getState().locale });
    } catch {
      // the cells are fixed; only their listing is missing
    }
  }

  /** a setting the result depends on changed (policy, catalog, mapping) */
  settingChanged(): void {
    this.d.dispatch({ type: 'stale', setting: true });
  }

  private queueRecheck(): void {
    if (this.recheckQueued) return;
    this.recheckQueued = true;
    setTimeout(() => {
      this.recheckQueued = false;
      void this.recheck();
    }, 0);
  }

  /** 重新校验: checks again (the engine is fast; the marks of unchanged rows come back the same) */
  async recheck(): Promise<void> {
    const s = this.d.getState();
    if (s.phase !== 'idle') {
      // a check is running: try again when it has ended
      if (s.stale) setTimeout(() => void this.recheck(), 200);
      return;
    }
    if (!s.stale) return;
    await this.d.runCheck();
  }

  /** 预览: the cells a fix would change, shown before anything is written */
  preview(kind: FixKind, finding?: Finding): FixPlan | undefined {
    const s = this.d.getState();
    const layout = s.result?.layout ?? s.layout;
    if (!s.grid || !layout) return undefined;
    const plan =
      kind === 'id.normalize'
        ? planIdNormalize(s.grid, layout)
        : kind === 'id.textFormat'
          ? planIdTextFormat(s.grid, layout)
          : planExpectedAmounts(s.grid, layout, s.result?.findings ?? [], finding ? [finding] : undefined);
    this.d.dispatch({ type: 'fixPreview', plan });
    return plan;
  }

  cancelFix(): void {
    this.d.dispatch({ type: 'fixPreview', plan: undefined });
  }

  /** 确认修改: writes exactly the previewed cells, then the rows they are in are stale */
  async applyFix(): Promise<void> {
    const s = this.d.getState();
    const plan = s.fixPreview;
    const sheet = s.resultSheet ?? s.sheetName;
    if (!plan || !sheet || !this.d.tools || s.phase !== 'idle') return;
    this.d.dispatch({ type: 'fixPreview', plan: undefined });
    try {
      const r = await this.d.tools.applyFix(sheet, plan, { locale: s.locale });
      if (r.cells) this.fixLog.set(sheet, [...(this.fixLog.get(sheet) ?? []), plan]);
      this.d.dispatch({ type: 'notice', notice: { intent: 'success', text: this.t.pane.fixed(r.cells) } });
      if (plan.kind !== 'id.textFormat' && r.cells) this.changed(plan.cells.map((c) => `A${c.row}`).join(','));
    } catch (e) {
      this.d.dispatch({ type: 'notice', notice: { intent: 'error', text: this.t.errorPrefix + message(e) } });
    }
  }

  /** 选中标记的单元格: the cells of the findings that pass the filters */
  async selectFlagged(): Promise<void> {
    const s = this.d.getState();
    const sheet = s.resultSheet ?? s.sheetName;
    if (!s.result || !sheet || !this.d.tools) return;
    const layout = s.result.layout ?? s.layout;
    const seen = new Set<string>();
    const cells: { row: number; col: number }[] = [];
    for (const f of filterFindings(s.result.findings, s.filters)) {
      const c = targetCell(f, layout);
      const k = `${c.row}:${c.col}`;
      if (!seen.has(k)) {
        seen.add(k);
        cells.push(c);
      }
    }
    try {
      const r = await this.d.tools.selectCells(sheet, cells);
      this.d.dispatch({
        type: 'notice',
        notice: { intent: 'info', text: this.t.pane.selectedCells(r.cells, r.areas) },
      });
    } catch (e) {
      this.d.dispatch({ type: 'notice', notice: { intent: 'error', text: this.t.errorPrefix + message(e) } });
    }
  }
}
