// Shared setup for the pane's node tests: a store, a controller and a fake host over the fixture roster.
import { BUILTIN_POLICIES } from '../../src/core/policy/profiles';
import { pickLocale } from '../../src/taskpane/i18n';
import { PaneController } from '../../src/taskpane/state/controller';
import { initialState } from '../../src/taskpane/state/reducer';
import { createStore } from '../../src/taskpane/state/store';
import { inlineRunner, type CheckRunner } from '../../src/taskpane/worker/runner';
import { gridOf } from '../helpers/grid';
import { FakeHost, type FakeHostInit } from './fakeHost';
import { CATALOG_SHEET, catalogSheetRows, rosterSheet } from './fixture/roster';

export function setup(init: Partial<FakeHostInit> = {}, runner: CheckRunner = inlineRunner) {
  const roster = rosterSheet();
  const grid = gridOf(roster.rows, { shown: true, formats: roster.formats });
  const host = new FakeHost({ grid, sheets: { [CATALOG_SHEET]: catalogSheetRows() }, ...init });
  const store = createStore(initialState(pickLocale(host.displayLanguage()), BUILTIN_POLICIES[0].id));
  const ctl = new PaneController({ host, runner }, store.dispatch, store.getState);
  return { host, store, ctl, state: store.getState };
}

/** Waits for pending promise callbacks and timers. */
export const flush = () => new Promise((r) => setTimeout(r, 5));
