// DEVELOPMENT ONLY (webpack --env test --env stubhost): stands in for src/office until the Office.js
// adapter lands: a FakeHost over the fixture roster. The real browser test never uses it.
import type { RosterHost } from '../../../src/office/host';
import { FakeHost, gridOf } from '../fakeHost';
import { CATALOG_SHEET, catalogSheetRows, rosterSheet } from '../fixture/roster';

export function createOfficeHost(): RosterHost {
  const r = rosterSheet();
  const lang = new URLSearchParams(location.search).get('lang') ?? 'zh-CN';
  return new FakeHost({ grid: gridOf(r.rows, r.formats), sheets: { [CATALOG_SHEET]: catalogSheetRows() }, language: lang, delay: 50 });
}
