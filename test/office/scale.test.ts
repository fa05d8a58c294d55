// Sync count and payload size for 1,000 and 100,000-row rosters with one fault per 10 rows.
import { buildWorkbook, installOfficeDouble, markMap, valueMap, type OfficeDouble } from '../office-double';
import { createOfficeHost, lastStats } from '../../src/office';
import { runsOf } from '../../src/office/runs';
import { faults, resultOf, rosterRows } from './fixtures';

const SHEET = '花名册';
/** rows per read chunk the bound allows for; the measured chunks are larger (about 3,000 rows) */
const ROWS_PER_CHUNK = 1000;
/** syncs for fixed work: probes, record, fills, report header, … */
const CONSTANT = 12;
const LIMIT = 5 * 1024 * 1024;

/** cheap equality for big maps (jest's deep equality is slow on a million entries) */
function same<K, V>(a: Map<K, V>, b: Map<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

let double: OfficeDouble;
afterEach(() => double.uninstall());

function userMarks(n: number): { fills: Record<string, string>; notes: Record<string, string> } {
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  // user fills and notes on some of the cells that will be marked (row 2 + 10k is faulty) and elsewhere
  for (let row = 2; row <= n + 1; row += 100) {
    fills[`D${row}`] = '#00B050';
    fills[`E${row}`] = '#FFFF00';
    notes[`D${row}`] = `user note ${row}`;
    notes[`K${row}`] = `user note K${row}`;
  }
  return { fills, notes };
}

describe.each([1_000, 100_000])('%i rows', (n) => {
  it('reads, marks and clears within a bounded number of syncs and under the payload limit', async () => {
    double = installOfficeDouble({ requestLimitBytes: LIMIT, responseLimitBytes: LIMIT });
    buildWorkbook(double.model, [{ name: SHEET, rows: rosterRows(n), ...userMarks(n) }]);
    const host = createOfficeHost();
    const findings = faults(n, 10);
    const values = valueMap(double.model, SHEET);
    const marksBefore = markMap(double.model, SHEET);
    const bound = CONSTANT + Math.ceil(n / ROWS_PER_CHUNK);

    const read = await host.readRoster({ useSelection: false });
    const readSyncs = lastStats()!.syncs;
    expect(read.grid.values.length).toBe(n + 1);
    if (n <= 1000) expect(readSyncs).toBe(2);
    expect(readSyncs).toBeLessThanOrEqual(bound);
    const readBytes = { request: double.stats.maxRequestBytes, response: double.stats.maxResponseBytes };

    double.resetStats();
    const marked = await host.writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    const markStats = { ...lastStats()!, double: { ...double.stats, log: undefined } };
    const cells = new Set(findings.filter((f) => f.col > 0).map((f) => `${f.row}:${f.col}`)).size;
    const runs = runsOf(findings.filter((f) => f.col > 0)).length;
    expect(marked.cellsMarked).toBe(cells);
    expect(marked.syncs).toBeLessThanOrEqual(bound);
    expect(double.stats.syncCount).toBe(marked.syncs);
    expect(double.stats.maxRequestBytes).toBeLessThan(LIMIT);
    expect(double.stats.maxResponseBytes).toBeLessThan(LIMIT);
    // format commands follow the runs (and address lists), not the cells
    expect(markStats.formatCalls).toBeLessThan(runs / 10 + 10);
    expect(same(valueMap(double.model, SHEET), values)).toBe(true);

    // a second run restores first, then marks again
    double.resetStats();
    const again = await host.writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    expect(again.syncs).toBeLessThanOrEqual(bound + 4);
    expect(double.stats.maxRequestBytes).toBeLessThan(LIMIT);

    double.resetStats();
    const cleared = await host.clearMarks(SHEET);
    expect(cleared.cellsRestored).toBe(cells);
    expect(cleared.syncs).toBeLessThanOrEqual(bound);
    expect(double.stats.maxRequestBytes).toBeLessThan(LIMIT);
    expect(same(markMap(double.model, SHEET), marksBefore)).toBe(true);
    expect(same(valueMap(double.model, SHEET), values)).toBe(true);

    console.log(
      JSON.stringify({
        rows: n,
        findings: findings.length,
        cellsMarked: cells,
        runs,
        read: { syncs: readSyncs, maxRequestBytes: readBytes.request, maxResponseBytes: readBytes.response },
        mark: {
          syncs: marked.syncs,
          formatCalls: markStats.formatCalls,
          noteCalls: markStats.noteCalls,
          maxRequestBytes: markStats.double.maxRequestBytes,
          maxResponseBytes: markStats.double.maxResponseBytes,
        },
        remark: { syncs: again.syncs },
        clear: { syncs: cleared.syncs, maxRequestBytes: double.stats.maxRequestBytes },
      }),
    );
  }, 300_000);
});
