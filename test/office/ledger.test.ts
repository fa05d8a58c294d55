// The 补贴台账 sheet through the Office adapter over the test double: reading a sheet that may be
// missing, creating the ledger with its header, IDs kept as text, appending twice without double
// entry, and the sync count and request size of a long append.
import { buildWorkbook, cellState, installOfficeDouble, type OfficeDouble } from '../office-double';
import { createOfficeHost, lastStats, type AdapterLimits } from '../../src/office';
import { DEFAULT_LIMITS } from '../../src/office/session';
import {
  LEDGER_COLUMNS,
  LEDGER_SHEET,
  parseLedgerGrid,
  planLedgerAppend,
  type LedgerRecord,
} from '../../src/core/ledger';
import type { CalDate } from '../../src/core/types';
import { ledgerRecords as records } from './ledger-records';

let double: OfficeDouble;
afterEach(() => double.uninstall());

const TODAY: CalDate = { y: 2021, m: 6, d: 1 };

function setup(limits: Partial<AdapterLimits> = {}, config: Parameters<typeof installOfficeDouble>[0] = {}) {
  double = installOfficeDouble(config);
  buildWorkbook(double.model, [{ name: '花名册', rows: [['姓名'], ['张三']] }]);
  return createOfficeHost({ ...DEFAULT_LIMITS, ...limits });
}

/** reads the ledger sheet back through the adapter and plans an append of recs against it */
async function planAgainstSheet(host: ReturnType<typeof createOfficeHost>, recs: LedgerRecord[]) {
  const grid = await host.readSheetGrid(LEDGER_SHEET);
  const parse = grid ? parseLedgerGrid(grid, LEDGER_SHEET) : null;
  return { parse, plan: planLedgerAppend(parse, recs, TODAY) };
}

describe('reading a sheet that may be missing', () => {
  it('readSheetValues gives [] and readSheetGrid gives null when the sheet does not exist', async () => {
    const host = setup();
    expect(await host.readSheetValues(LEDGER_SHEET)).toEqual([]);
    expect(await host.readSheetGrid(LEDGER_SHEET)).toBeNull();
  });

  it('readSheetGrid of an existing sheet keeps its origin, text and number formats', async () => {
    const host = setup();
    buildWorkbook(double.model, [
      {
        name: LEDGER_SHEET,
        origin: 'B3',
        rows: [
          ['身份证号码', '姓名'],
          // eslint-disable-next-line no-loss-of-precision -- an ID typed as a number, as Excel holds it
          [410102199003071007, '张三'],
        ],
      },
    ]);
    const grid = (await host.readSheetGrid(LEDGER_SHEET))!;
    expect([grid.originRow, grid.originCol]).toEqual([3, 2]);
    // eslint-disable-next-line no-loss-of-precision -- an ID typed as a number, as Excel holds it
    expect(grid.values[1]).toEqual([410102199003071007, '张三']);
    expect(grid.texts![1][0]).toBe('4.10102E+17');
    expect(grid.formats![1][0]).toBe('General');
    const parse = parseLedgerGrid(grid, LEDGER_SHEET);
    // an ID Excel already rounded cannot be compared: listed, not indexed
    expect(parse.records).toHaveLength(0);
    expect(parse.rejected).toEqual([{ row: 4, value: '4.10102E+17' }]);
  });

  it('an empty 补贴台账 sheet reads as an empty grid', async () => {
    const host = setup();
    buildWorkbook(double.model, [{ name: LEDGER_SHEET }]);
    expect(await host.readSheetGrid(LEDGER_SHEET)).toMatchObject({ values: [] });
  });
});

describe('writeLedgerPlan', () => {
  it('creates the sheet with its header, writes the IDs as text and reads back the same records', async () => {
    const host = setup();
    const recs = records(5);
    const { plan } = await planAgainstSheet(host, recs);
    expect(plan.headerRow).toBe(1);
    const stats = await host.writeLedgerPlan(plan);
    expect(stats).toMatchObject({ created: true, rows: 5, headers: LEDGER_COLUMNS.length });
    expect(double.model.sheet(LEDGER_SHEET)).toBeDefined();
    LEDGER_COLUMNS.forEach((c, i) =>
      expect(cellState(double.model, LEDGER_SHEET, `${String.fromCharCode(65 + i)}1`).value).toBe(c.header),
    );
    const a2 = cellState(double.model, LEDGER_SHEET, 'A2');
    expect(a2).toMatchObject({ value: recs[0].id, numberFormat: '@', text: recs[0].id });
    expect(typeof a2.value).toBe('string');
    expect(cellState(double.model, LEDGER_SHEET, 'F2')).toMatchObject({
      numberFormat: 'yyyy-mm-dd',
      text: '2021-03-01',
    });
    expect(cellState(double.model, LEDGER_SHEET, 'H2')).toMatchObject({ value: 1800, numberFormat: '0.00' });
    // a fingerprint of digits and one 'e' would become a number without the text format
    expect(cellState(double.model, LEDGER_SHEET, 'M2')).toMatchObject({ value: 'ab12'.repeat(16), numberFormat: '@' });

    const back = (await planAgainstSheet(host, [])).parse!;
    expect(back.records.map((r) => [r.idKey, r.name, r.sourceRow, r.amountFen, r.fingerprint, r.ledgerRow])).toEqual(
      recs.map((r, i) => [r.idKey, r.name, r.sourceRow, r.amountFen, r.fingerprint, i + 2]),
    );
    expect(back.records[0]).toMatchObject({
      start: recs[0].start,
      end: recs[0].end,
      paidOn: recs[0].paidOn,
      institution: recs[0].institution,
    });
  });

  it('writes text that would start a formula as text (formula injection)', async () => {
    const host = setup();
    const recs = records(2);
    recs[0].name = '=HYPERLINK("http://evil.example/","点击")';
    recs[1].institution = '+cmd|x';
    await host.writeLedgerPlan((await planAgainstSheet(host, recs)).plan);
    expect(cellState(double.model, LEDGER_SHEET, 'B2')).toMatchObject({
      value: recs[0].name,
      formula: null,
      numberFormat: '@',
    });
    expect(cellState(double.model, LEDGER_SHEET, 'B3')).toMatchObject({ value: '学员1', numberFormat: 'General' });
    const back = (await planAgainstSheet(host, [])).parse!.records;
    expect(back.map((r) => [r.name, r.institution])).toEqual(recs.map((r) => [r.name, r.institution]));
  });

  it('appending the same claim twice adds nothing the second time', async () => {
    const host = setup();
    const recs = records(8);
    await host.writeLedgerPlan((await planAgainstSheet(host, recs)).plan);
    const second = await planAgainstSheet(host, records(8));
    expect(second.plan.alreadyRecorded).toBe(true);
    expect(second.plan.added).toHaveLength(0);
    const stats = await host.writeLedgerPlan(second.plan, { headerRow: second.parse!.headerRows[0] });
    expect(stats).toMatchObject({ created: false, rows: 0 });
    expect((await planAgainstSheet(host, [])).parse!.records).toHaveLength(8);
    // the same people from an edited roster (another fingerprint): the same trainings are still skipped
    const edited = await planAgainstSheet(host, records(10, 'cd34'.repeat(16)));
    expect([edited.plan.added.length, edited.plan.duplicates.length]).toEqual([2, 8]);
    await host.writeLedgerPlan(edited.plan, { headerRow: edited.parse!.headerRows[0] });
    const all = (await planAgainstSheet(host, [])).parse!;
    expect(all.records.map((r) => r.ledgerRow)).toEqual(Array.from({ length: 10 }, (_, i) => i + 2));
  });

  it('an existing ledger keeps its own columns; the ones it lacks are added to its header row', async () => {
    const host = setup();
    buildWorkbook(double.model, [
      {
        name: LEDGER_SHEET,
        rows: [
          ['2020年补贴台账'],
          ['姓名', '公民身份号码', '培训工种', '等级', '开始', '结束'],
          ['李四', '410102198001010014', '电工', '四级', '2020-01-01', '2020-02-01'],
        ],
        formats: [[], [], [undefined, '@']],
      },
    ]);
    const { parse, plan } = await planAgainstSheet(host, records(2));
    expect(parse!.headerRows).toEqual([2]);
    expect(plan.headerRow).toBe(0);
    await host.writeLedgerPlan(plan, { headerRow: parse!.headerRows[0] });
    expect(cellState(double.model, LEDGER_SHEET, 'G2').value).toBe('证书类型');
    expect(cellState(double.model, LEDGER_SHEET, 'B4')).toMatchObject({ value: records(1)[0].id, numberFormat: '@' });
    expect(cellState(double.model, LEDGER_SHEET, 'A4').value).toBe('学员0');
    expect((await planAgainstSheet(host, [])).parse!.records).toHaveLength(3);
  });

  it('a sheet without a ledger header is left alone', async () => {
    const host = setup();
    buildWorkbook(double.model, [{ name: LEDGER_SHEET, rows: [['备忘'], ['其他内容']] }]);
    const { plan } = await planAgainstSheet(host, records(2));
    expect(plan.noHeader).toBe(true);
    expect(await host.writeLedgerPlan(plan)).toMatchObject({ rows: 0, created: false });
    expect(cellState(double.model, LEDGER_SHEET, 'A3').value).toBeNull();
  });

  it('a long append goes in row chunks under the request limit, with a bounded number of syncs', async () => {
    const limit = 200_000;
    const host = setup({ budgetBytes: 60_000 }, { requestLimitBytes: limit, responseLimitBytes: 5 * 1024 * 1024 });
    const recs = records(3000);
    const { plan } = await planAgainstSheet(host, recs);
    double.resetStats();
    const stats = await host.writeLedgerPlan(plan);
    // the adapter's own estimate of a row (values, formats, separators); a chunk fills at least half the budget
    const rowBytes =
      Buffer.byteLength(JSON.stringify(plan.rows[0])) +
      Buffer.byteLength(JSON.stringify(plan.formats)) +
      8 * plan.formats.length;
    const bound = 2 + Math.ceil((rowBytes * recs.length) / 30_000);
    expect(stats.rows).toBe(3000);
    expect(stats.syncs).toBeGreaterThan(2);
    expect(stats.syncs).toBeLessThanOrEqual(bound);
    expect(double.stats.syncCount).toBe(stats.syncs);
    expect(double.stats.maxRequestBytes).toBeLessThan(limit);
    expect(lastStats()!.maxBatchBytes).toBeLessThanOrEqual(60_000 + DEFAULT_LIMITS.opOverheadBytes);
    expect((await planAgainstSheet(host, [])).parse!.records).toHaveLength(3000);
  });
});
