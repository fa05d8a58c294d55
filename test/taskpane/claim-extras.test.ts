// Issue 12's pane controls: 纳入政策无补贴标准的行 (as assemble --include-unrated) and 只生成公示名单 (the notice
// sheet alone, as assemble --notice-out), over the fake host.
import { SHEET_NAMES } from '../../src/core/claim';
import type { SheetModel } from '../../src/core/sheet';
import { BUILTIN_POLICIES } from '../../src/core/policy/profiles';
import { PaneController } from '../../src/taskpane/state/controller';
import { initialState } from '../../src/taskpane/state/reducer';
import { createStore } from '../../src/taskpane/state/store';
import type { InfoDraft } from '../../src/taskpane/state/info';
import { inlineRunner } from '../../src/taskpane/worker/runner';
import { gridOf } from '../helpers/grid';
import { FakeHost } from './fakeHost';
import { CATALOG_SHEET, catalogSheetRows, rosterSheet } from './fixture/roster';
import { CLAIM_FORM } from '../fixtures/claim-info';

/** the date as a clerk writes it (2021年7月1日), the account without spaces */
const FORM: InfoDraft = { ...CLAIM_FORM, bankAccount: '1702020109200123456', assessmentDate: '2021年7月1日' };

/** the fixture with row 5 holding a 专项职业能力证书, which the Zhengzhou profile has no rate for */
const UNRATED_ROW = 5;

function setup() {
  const roster = rosterSheet();
  const rows = roster.rows.map((r) => [...r]);
  rows[UNRATED_ROW - 1][7] = '专项职业能力证书';
  rows[UNRATED_ROW - 1][8] = '';
  const host = new FakeHost({
    grid: gridOf(rows, { shown: true, formats: roster.formats }),
    sheets: { [CATALOG_SHEET]: catalogSheetRows() },
  });
  const store = createStore(initialState('zh-CN', BUILTIN_POLICIES[0].id));
  const saved: SheetModel[] = [];
  const saveNotice = async (sheet: SheetModel) => {
    saved.push(sheet);
    return `${sheet.name}.xlsx`;
  };
  const ctl = new PaneController({ host, runner: inlineRunner, saveNotice }, store.dispatch, store.getState);
  return { host, ctl, state: store.getState, saved };
}

async function ready() {
  const env = setup();
  await env.ctl.open();
  await env.ctl.runCheck();
  for (const [k, v] of Object.entries(FORM)) env.ctl.claim.setInfo(k as keyof InfoDraft, v as string | boolean);
  return env;
}

test('纳入政策无补贴标准的行 claims the row with no policy rate, as --include-unrated', async () => {
  const { ctl, state } = await ready();
  await ctl.claim.generate();
  const without = state().claim!;
  ctl.claim.setIncludeUnrated(true);
  await ctl.claim.generate();
  const withUnrated = state().claim!;
  expect(withUnrated.persons).toBe(without.persons + 1);
  expect(withUnrated.excluded).toBe(without.excluded - 1);
});

test('只生成公示名单 hands over the notice sheet alone and writes nothing into the workbook', async () => {
  const { ctl, state, host, saved } = await ready();
  await ctl.claim.noticeOnly();
  expect(saved.map((s) => s.name)).toEqual([SHEET_NAMES.notice]);
  expect(host.written.size).toBe(0);
  expect(state().notice?.text).toContain('已生成公示名单');
  // the same sheet 生成申报材料 writes
  await ctl.claim.generate();
  expect(JSON.stringify(host.written.get(SHEET_NAMES.notice)!.cells)).toBe(JSON.stringify(saved[0].cells));
});

test('只生成公示名单 refuses a stale result', async () => {
  const { ctl, state, saved } = await ready();
  ctl.tools.settingChanged();
  await ctl.claim.noticeOnly();
  expect(saved).toEqual([]);
  expect(state().notice?.text).toContain('请先重新校验');
});
