// The claim papers and the ledger in Excel without RangeAreas (Excel 2019 mode), and both writers backing
// off to smaller batches when the host refuses a request as too large (RequestPayloadSizeLimitExceeded).
import { buildClaim, parseClaimInfo } from '../../src/core/claim';
import { SAMPLE_CATALOG } from '../../src/core/catalog';
import { checkGrid } from '../../src/core/engine';
import { getBuiltinPolicy } from '../../src/core/policy/profiles';
import { LEDGER_SHEET, parseLedgerGrid, planLedgerAppend } from '../../src/core/ledger';
import { createOfficeHost, lastStats } from '../../src/office';
import { buildWorkbook, installOfficeDouble, type InstallOptions, type OfficeDouble } from '../office-double';
import { versionConfig } from '../office-double/versions';
import { rosterSheet, SHEET } from '../taskpane/fixture/roster';
import { ledgerRecords as records } from './ledger-records';
import { CLAIM_INFO as INFO } from '../fixtures/claim-info';

let double: OfficeDouble;
afterEach(() => double.uninstall());

function setup(opts: InstallOptions = {}): void {
  double = installOfficeDouble(opts);
  const roster = rosterSheet();
  buildWorkbook(double.model, [{ name: SHEET, rows: roster.rows, formats: roster.formats }]);
}

async function claimSheets() {
  const read = await createOfficeHost().readRoster({ useSelection: false });
  const policy = getBuiltinPolicy('zhengzhou-2021')!;
  const today = { y: 2021, m: 7, d: 5 };
  const result = checkGrid(read.grid, { policy, catalog: SAMPLE_CATALOG, locale: 'zh-CN', today });
  const info = parseClaimInfo(INFO, 'test');
  return buildClaim(result, {
    policy,
    catalog: SAMPLE_CATALOG,
    info,
    includeErrorRows: false,
    today,
    rosterSheet: read.sheetName,
  }).sheets;
}

/** every cell (value and formats), merge and column width of the written sheets */
function snapshot(names: string[]): string {
  return JSON.stringify(
    names.map((name) => {
      const sheet = double.model.sheet(name)!;
      const cells = [...sheet.cells].sort((a, b) => a[0] - b[0]);
      return { name, cells, merges: sheet.merges };
    }),
  );
}

async function renderIn(opts: InstallOptions): Promise<{ snap: string; backoffs: number; syncs: number }> {
  setup(opts);
  const sheets = await claimSheets();
  double.resetStats();
  const stats = await createOfficeHost().writeSheets(sheets);
  const snap = snapshot(sheets.map((s) => s.name));
  const backoffs = lastStats()!.backoffs;
  double.uninstall();
  return { snap, backoffs, syncs: stats.syncs };
}

describe('claim papers', () => {
  it('in Excel 2019 (no RangeAreas) carry the same values and cell formats as in Microsoft 365, range by range', async () => {
    const full = await renderIn({});
    setup(versionConfig('excel-2019'));
    const sheets = await claimSheets();
    const stats = await createOfficeHost().writeSheets(sheets);
    expect(stats).toMatchObject({ hyperlinks: true, print: false });
    const formatCalls = lastStats()!.formatCalls;
    // print setup needs ExcelApi 1.9 and is skipped; everything else on the cells is the same
    expect(snapshot(sheets.map((s) => s.name))).toBe(full.snap);
    expect(formatCalls).toBeGreaterThan(0);
  });

  it('back off to smaller batches when the host refuses a request as too large, with the same result', async () => {
    const full = await renderIn({});
    // the adapter's budget (2.5 MB) is above what this host takes: the first large batch is refused
    const small = await renderIn({ requestLimitBytes: 300_000 });
    expect(small.backoffs).toBeGreaterThan(0);
    expect(small.syncs).toBeGreaterThan(full.syncs);
    expect(small.snap).toBe(full.snap);
  });
});

describe('ledger writes', () => {
  it('back off to smaller batches when the host refuses a request as too large; every record arrives once', async () => {
    setup({ requestLimitBytes: 150_000 });
    const host = createOfficeHost();
    const plan = planLedgerAppend(null, records(3000), { y: 2021, m: 6, d: 1 });
    const stats = await host.writeLedgerPlan(plan);
    expect(stats.rows).toBe(3000);
    expect(lastStats()!.backoffs).toBeGreaterThan(0);
    expect(double.stats.log.some((l) => l.failed === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    const grid = await host.readSheetGrid(LEDGER_SHEET);
    const parsed = parseLedgerGrid(grid!, LEDGER_SHEET);
    expect(parsed.records).toHaveLength(3000);
    expect(new Set(parsed.records.map((r) => r.id)).size).toBe(new Set(records(3000).map((r) => r.id)).size);
  });
});
