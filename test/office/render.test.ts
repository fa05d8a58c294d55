// The Office.js renderer of the sheet model, through the in-memory Excel double: the four claim sheets of
// the realistic pane roster, written next to it, replaced on a second run, in one sync.
import { buildClaim, parseClaimInfo, SHEET_NAMES, type ClaimInfoInput } from '../../src/core/claim';
import { SAMPLE_CATALOG } from '../../src/core/catalog';
import { checkGrid } from '../../src/core/engine';
import { fenToCapital, fenToYuanNumber } from '../../src/core/money';
import { getBuiltinPolicy } from '../../src/core/policy/profiles';
import { shownValue, type SheetModel } from '../../src/core/sheet';
import { createOfficeHost, DEFAULT_LIMITS, lastStats } from '../../src/office';
import { renderSheets } from '../../src/office/render';
import { widthToPoints } from '../../src/office/render-plan';
import { Session } from '../../src/office/session';
import {
  buildWorkbook,
  cellFormat,
  cellState,
  installOfficeDouble,
  markMap,
  sheetLayout,
  sheetNames,
  valueMap,
  type OfficeDouble,
} from '../office-double';
import { bigRosterSheet, rosterSheet, SHEET } from '../taskpane/fixture/roster';
import { CLAIM_INFO as INFO } from '../fixtures/claim-info';

let double: OfficeDouble;
afterEach(() => double.uninstall());

function setup(opts: Parameters<typeof installOfficeDouble>[0] = {}, big = 0): void {
  double = installOfficeDouble(opts);
  const roster = big ? bigRosterSheet(big) : rosterSheet();
  buildWorkbook(double.model, [
    { name: SHEET, rows: roster.rows, formats: roster.formats, fills: { A3: '#D9E1F2' }, notes: { D30: '待核实' } },
  ]);
}

async function claimOf(info: ClaimInfoInput = INFO, includeErrorRows = false) {
  const read = await createOfficeHost().readRoster({ useSelection: false });
  const policy = getBuiltinPolicy('zhengzhou-2021')!;
  const result = checkGrid(read.grid, {
    policy,
    catalog: SAMPLE_CATALOG,
    locale: 'zh-CN',
    today: { y: 2021, m: 7, d: 5 },
  });
  return buildClaim(result, {
    policy,
    catalog: SAMPLE_CATALOG,
    info: parseClaimInfo(info, 'test'),
    includeErrorRows,
    today: { y: 2021, m: 7, d: 5 },
    rosterSheet: read.sheetName,
  });
}

const model = (sheets: SheetModel[], name: string) => sheets.find((s) => s.name === name)!;
const at = (sheet: string, address: string) => cellState(double.model, sheet, address);

/** every model cell's shown value is the double's value (links show their text) */
function expectSameValues(m: SheetModel): void {
  for (const c of m.cells) {
    const want = shownValue(c.value);
    const got = double.model.sheet(m.name)!.get(c.row - 1, c.col - 1)?.value ?? '';
    expect([c.row, c.col, got]).toEqual([c.row, c.col, want === '' ? '' : want]);
  }
}

describe('writeSheets: the claim papers through Office.js', () => {
  test('four sheets with titles, totals, 大写, merges, widths, borders and print setup, in one sync; the roster untouched', async () => {
    setup();
    const claim = await claimOf();
    const values = valueMap(double.model, SHEET);
    const marks = markMap(double.model, SHEET);
    const syncsBefore = double.stats.syncCount;
    const stats = await createOfficeHost().writeSheets(claim.sheets);

    expect(stats).toEqual({ syncs: 1, sheets: Object.values(SHEET_NAMES), hyperlinks: true, print: true });
    console.log(
      `claim of the 40-row roster: ${stats.syncs} sync, request ${double.stats.log.at(-1)!.requestBytes} bytes, ${double.stats.log.at(-1)!.ops} commands (${double.stats.log.at(-1)!.formatCalls} format)`,
    );
    expect(double.stats.syncCount - syncsBefore).toBe(1);
    expect(lastStats()).toMatchObject({ operation: 'writeSheets', syncs: 1 });
    expect(sheetNames(double.model).map((s) => s.name)).toEqual([SHEET, ...Object.values(SHEET_NAMES)]);
    expect(double.model.activeSheet!.name).toBe(SHEET_NAMES.summary);
    // the roster's values, fills and notes are exactly as before
    expect(valueMap(double.model, SHEET)).toEqual(values);
    expect(markMap(double.model, SHEET)).toEqual(marks);

    for (const m of claim.sheets) expectSameValues(m);
    const S = SHEET_NAMES.summary;
    expect(at(S, 'A1').value).toBe('职业技能培训补贴拨付资金汇总表');
    expect(at(SHEET_NAMES.approval, 'A1').value).toBe(
      shownValue(model(claim.sheets, SHEET_NAMES.approval).cells[0].value),
    );
    expect(at(SHEET_NAMES.notice, 'A1').value).toBe('职业技能培训补贴人员公示名单');
    expect(at(SHEET_NAMES.archive, 'A1').value).toBe('职业技能培训补贴申领归档材料清单');
    // the total: persons and yuan on the 合计 row, 大写 below it; the claim leaves out the 5 error rows
    expect(claim.totals.persons).toBe(35);
    expect(claim.totals.fen).toBe(claim.included.reduce((sum, r) => sum + r.amountFen, 0));
    const summary = valueMap(double.model, S);
    const sumRow = [...summary.entries()].find(([, v]) => v === '合计')![0];
    const rowOf = (k: number) => Math.floor(k / 16384) + 1;
    expect(at(S, `F${rowOf(sumRow)}`).value).toBe(claim.totals.persons);
    expect(at(S, `H${rowOf(sumRow)}`).value).toBe(fenToYuanNumber(claim.totals.fen));
    expect(at(S, `H${rowOf(sumRow)}`).text).toBe('58,600.00');
    expect(at(S, `F${rowOf(sumRow) + 2}`).value).toBe('人民币伍万捌仟陆佰元整');
    expect(fenToCapital(claim.totals.fen)).toBe('人民币伍万捌仟陆佰元整');
    // text stays text: the account number is not turned into a number
    expect([...summary.values()]).toContain('1702020109200123456');
    expect(at(S, 'A4')).toMatchObject({ value: '序号', numberFormat: '@' });

    const layout = sheetLayout(double.model, S);
    expect(layout.merges).toEqual(
      model(claim.sheets, S).merges.map(
        (m) =>
          `${String.fromCharCode(64 + m.left)}${m.top}${m.top === m.bottom && m.left === m.right ? '' : `:${String.fromCharCode(64 + m.right)}${m.bottom}`}`,
      ),
    );
    expect(layout.merges[0]).toBe('A1:I1');
    expect(layout.columnWidths.B).toBe(widthToPoints(16));
    expect(layout.rowHeights[1]).toBe(36);
    expect(layout.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 43.2,
      bottomMargin: 43.2,
      headerMargin: 21.6,
      footerMargin: 21.6,
      centerHorizontally: true,
      printTitleRows: { row: 3, rows: 1 },
    });
    expect(sheetLayout(double.model, SHEET_NAMES.approval).pageLayout).toMatchObject({
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { row: 0, rows: 2 },
    });
    expect(sheetLayout(double.model, SHEET_NAMES.notice).freeze).toEqual({ rows: 4, cols: 0 });
    const box = { style: 'Continuous', weight: 'Thin', color: '#000000' };
    expect(cellFormat(double.model, S, 'B4')).toMatchObject({
      fontName: '黑体',
      fontSize: 11,
      bold: true,
      hAlign: 'Center',
      vAlign: 'Center',
      wrap: true,
      borders: { top: box, bottom: box, left: box, right: box },
    });
    expect(cellFormat(double.model, S, 'A1')).toMatchObject({
      fontName: '黑体',
      fontSize: 18,
      bold: true,
      hAlign: 'Center',
    });
    expect(cellFormat(double.model, S, 'A1').borders).toBeUndefined();
    expect(at(S, 'H5').numberFormat).toBe('#,##0.00');
    // the checklist links to the sheets: Range.hyperlink with the sheet as text
    const A = SHEET_NAMES.archive;
    const links = model(claim.sheets, A).cells.filter((c) => c.link);
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const c of links) {
      const f = cellFormat(double.model, A, `D${c.row}`);
      expect(f.hyperlink).toEqual({
        documentReference: `'${c.link!.sheet}'!${c.link!.cell}`,
        screenTip: `${c.link!.sheet}!${c.link!.cell}`,
      });
      expect(f.fontColor).toBe('#0563C1');
    }
    expect(links.map((c) => c.link!.sheet)).toContain(SHEET);
  });

  test('running again replaces the sheets: one of each name, the new values, the roster still untouched', async () => {
    setup();
    const host = createOfficeHost();
    await host.writeSheets((await claimOf()).sheets);
    const values = valueMap(double.model, SHEET);
    const second = await claimOf({ ...INFO, batch: '2021年第4期' });
    const stats = await host.writeSheets(second.sheets);
    expect(stats.syncs).toBe(1);
    const names = sheetNames(double.model).map((s) => s.name);
    expect(names).toEqual([SHEET, ...Object.values(SHEET_NAMES)]);
    expect(new Set(names).size).toBe(names.length);
    expect(double.model.sheets.filter((s) => !s.deleted && s.name === SHEET_NAMES.summary)).toHaveLength(1);
    expect(at(SHEET_NAMES.summary, 'F2').value).toBe('开班批次：2021年第4期');
    for (const m of second.sheets) expectSameValues(m);
    expect(valueMap(double.model, SHEET)).toEqual(values);
  });

  test('a small payload budget splits the work into more syncs, every request under the limit, same result', async () => {
    setup({ requestLimitBytes: 40_000 });
    const claim = await claimOf();
    const before = double.stats.syncCount;
    const stats = await createOfficeHost({ ...DEFAULT_LIMITS, budgetBytes: 16_000 }).writeSheets(claim.sheets);
    const log = double.stats.log.slice(before);
    console.log(
      `claim with a 16 KB budget: ${stats.syncs} syncs, largest request ${Math.max(...log.map((l) => l.requestBytes))} bytes`,
    );
    expect(stats.syncs).toBe(log.length);
    expect(stats.syncs).toBeGreaterThan(1);
    // bounded by a constant per sheet; since issue 10 the double counts the object path of every command
    // (each format command carries its whole address list), so a 16 KB budget holds fewer commands
    expect(stats.syncs).toBeLessThanOrEqual(16 * claim.sheets.length);
    expect(Math.max(...log.map((l) => l.requestBytes))).toBeLessThan(40_000);
    expect(log.every((l) => !l.failed)).toBe(true);
    for (const m of claim.sheets) expectSameValues(m);
    expect(sheetLayout(double.model, SHEET_NAMES.summary).pageLayout.printTitleRows).toEqual({ row: 3, rows: 1 });
  });

  test('a long roster (6,000 rows, all with errors): 未纳入 and 公示名单 of 6,000 rows each, a few syncs, every request under 5 MB', async () => {
    const LIMIT = 5 * 1024 * 1024;
    setup({ requestLimitBytes: LIMIT }, 6000);
    const left = await claimOf();
    expect(left.excluded).toHaveLength(6000);
    const before = double.stats.syncCount;
    const stats = await createOfficeHost().writeSheets(left.sheets);
    const all = await claimOf(INFO, true);
    const stats2 = await createOfficeHost().writeSheets(all.sheets);
    const log = double.stats.log.slice(before);
    console.log(
      `claim of 6,000 rows: ${stats.syncs} sync(s) with 6,000 rows left out, ${stats2.syncs} with 6,000 claimed; largest request ${Math.max(...log.map((l) => l.requestBytes))} bytes`,
    );
    expect(stats.syncs + stats2.syncs).toBeLessThanOrEqual(2 * 4);
    expect(Math.max(...log.map((l) => l.requestBytes))).toBeLessThan(LIMIT);
    expect(log.every((l) => !l.failed)).toBe(true);
    for (const m of all.sheets) expectSameValues(m);
  });

  test('without Range.hyperlink the links are HYPERLINK formulas; without a page layout API print setup is skipped', async () => {
    setup();
    const claim = await claimOf();
    await Excel.run(async (ctx) => {
      const s = new Session(ctx, DEFAULT_LIMITS);
      const r = await renderSheets(s, claim.sheets, { hyperlinks: false, pageLayout: false });
      expect(r).toMatchObject({ hyperlinks: false, print: false });
      expect(s.stats.syncs).toBe(1);
    });
    const A = SHEET_NAMES.archive;
    const c = model(claim.sheets, A).cells.find((x) => x.link?.sheet === SHEET_NAMES.summary)!;
    expect(at(A, `D${c.row}`)).toMatchObject({
      value: SHEET_NAMES.summary,
      formula: `=HYPERLINK("#'${SHEET_NAMES.summary}'!A1","${SHEET_NAMES.summary}")`,
    });
    expect(sheetLayout(double.model, SHEET_NAMES.summary).pageLayout).toMatchObject({
      paperSize: 'Letter',
      printTitleRows: null,
    });
  });

  test('refuses to overwrite the add-in’s own sheets', async () => {
    setup();
    const claim = await claimOf();
    await expect(createOfficeHost().writeSheets([{ ...claim.sheets[0], name: '校验结果' }])).rejects.toThrow(
      /own sheet/,
    );
  });
});
