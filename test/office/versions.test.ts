// Each Excel version mode of the double (test/office-double/versions.ts) marks and clears a 1,000-row
// roster through the adapter: what each one writes on the cells, and that clearing puts back exactly the
// clerk's own fills, notes and threaded comments.
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildWorkbook, cellState, installOfficeDouble, markMap, valueMap, type OfficeDouble } from '../office-double';
import { EXCEL_VERSIONS, excelVersion, versionConfig } from '../office-double/versions';
import { createOfficeHost, lastStats } from '../../src/office';
import { hostFeatures } from '../../src/office/features';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { faults, resultOf, rosterRows } from './fixtures';

const SHEET = '花名册';
const REPORT = '校验结果-花名册';
const N = 1000;
/** the manifest's minimum ExcelApi: Excel versions below it never offer the add-in */
const MANIFEST_MIN = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(
  readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8'),
)![1];

let double: OfficeDouble;
afterEach(() => double?.uninstall());

function atLeast(have: string, want: string): boolean {
  const [a, b] = have.split('.').map(Number);
  const [c, d] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

/** what each mode is expected to do, from the requirement sets of the APIs the adapter uses */
function expectedBehaviour(excelApi: string): { fills: 'areas' | 'runs'; annotation: string } | null {
  if (!atLeast(excelApi, MANIFEST_MIN)) return null;
  return {
    fills: atLeast(excelApi, '1.9') ? 'areas' : 'runs',
    annotation: atLeast(excelApi, '1.18') ? 'note' : atLeast(excelApi, '1.10') ? 'comment' : 'none',
  };
}

function install(mode: string): void {
  double = installOfficeDouble(versionConfig(mode));
  // the clerk's own fills, notes and threaded comments, some on cells that will be marked (D2, D102, …)
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const comments: Record<string, string> = {};
  for (let row = 2; row <= N + 1; row += 100) {
    fills[`D${row}`] = '#00B050';
    notes[`K${row}`] = `用户的批注 ${row}`;
    comments[`E${row + 10}`] = `用户的讨论 ${row + 10}`;
  }
  buildWorkbook(double.model, [{ name: SHEET, rows: rosterRows(N), fills, notes, comments }]);
}

describe.each(EXCEL_VERSIONS.map((v) => [v.key, v.excelApi] as const))('%s (ExcelApi %s)', (mode, excelApi) => {
  const expected = expectedBehaviour(excelApi);

  if (!expected) {
    it('is below the manifest minimum: Excel does not offer the add-in', () => {
      expect(atLeast(excelApi, MANIFEST_MIN)).toBe(false);
    });
    return;
  }

  it(`marks and clears a ${N}-row roster: fills ${expected.fills}, reasons as ${expected.annotation}`, async () => {
    install(mode);
    expect(hostFeatures()).toEqual({ rangeAreas: expected.fills === 'areas', annotation: expected.annotation });
    const findings = faults(N, 10);
    const values = valueMap(double.model, SHEET);
    const before = markMap(double.model, SHEET);
    const host = createOfficeHost();

    const read = await host.readRoster({ useSelection: false });
    expect(read.grid.values.length).toBe(N + 1);
    const stats = await host.writeMarks(SHEET, resultOf(findings), { locale: 'zh-CN' });
    const cells = new Set(findings.filter((f) => f.col > 0).map((f) => `${f.row}:${f.col}`)).size;
    expect(stats).toMatchObject({ cellsMarked: cells, fills: expected.fills, annotation: expected.annotation });
    expect(stats.notes).toBe(expected.annotation !== 'none');
    // the pane's word for what this Excel could not do
    const word = zhCN.degradedLine(stats.fills!, stats.annotation!);
    expect(word.includes('逐段填色')).toBe(expected.fills === 'runs');
    expect(word.includes('原因写在批注中')).toBe(expected.annotation === 'comment');
    expect(double.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);

    // faulty rows 2, 12, 22, … rotate over columns D, E, K
    const d2 = cellState(double.model, SHEET, 'D2'); // the clerk's green fill and no note; faulty (error)
    expect(d2.fill).toBe('#FFC7CE');
    const k22 = cellState(double.model, SHEET, 'K22'); // faulty, no note of the clerk's
    const e12 = cellState(double.model, SHEET, 'E12'); // faulty and carrying the clerk's comment
    expect(e12.comment).toBe('用户的讨论 12');
    if (expected.annotation === 'note') {
      expect(d2.note).toContain('第2行的问题 0');
      expect(k22.note).toContain('第22行的问题 2');
      expect(k22.comment).toBeNull();
    } else if (expected.annotation === 'comment') {
      expect(d2.note).toBeNull();
      expect(d2.comment).toContain('第2行的问题 0');
      expect(k22.comment).toContain('第22行的问题 2');
    } else {
      expect([d2.note, d2.comment, k22.note, k22.comment]).toEqual([null, null, null, null]);
    }
    // the reasons are in the roster's results sheet in every mode
    expect(cellState(double.model, REPORT, 'G2').value).toBeTruthy();
    expect(valueMap(double.model, SHEET)).toEqual(values);

    const marked = markMap(double.model, SHEET);
    expect(marked).not.toEqual(before);
    const cleared = await host.clearMarks(SHEET);
    expect(cleared.cellsRestored).toBe(cells);
    expect(markMap(double.model, SHEET)).toEqual(before);
    expect(valueMap(double.model, SHEET)).toEqual(values);
    expect(lastStats()!.syncs).toBeGreaterThan(0);
  });
});

it('the modes cover versions without RangeAreas, with comments only, and with notes', () => {
  const kinds = EXCEL_VERSIONS.map((v) => expectedBehaviour(v.excelApi));
  expect(kinds).toContainEqual({ fills: 'runs', annotation: 'none' });
  expect(kinds).toContainEqual({ fills: 'areas', annotation: 'comment' });
  expect(kinds).toContainEqual({ fills: 'areas', annotation: 'note' });
  expect(kinds).toContain(null);
  expect(excelVersion('excel-2019').excelApi).toBe('1.7');
});

describe('docs/sideload.md: the table of Excel versions', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'sideload.md'), 'utf8');
  const rows = doc
    .split('\n')
    .filter((l) => /^\| (Excel \d|Excel on|Microsoft 365)/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  const FILLS: Record<string, string> = { 'run by run': 'runs', RangeAreas: 'areas' };
  const REASONS: Record<string, string> = {
    note: 'note',
    'threaded comment': 'comment',
    'none (results sheet only)': 'none',
  };

  it('has one row per version mode, in the same order', () => {
    expect(rows.map((r) => r[1])).toEqual(EXCEL_VERSIONS.map((v) => v.key));
  });

  it.each(EXCEL_VERSIONS.map((v) => [v.key] as const))('the %s row says what that mode does', (key) => {
    const [label, , excelApi, offered, fills, reasons, print] = rows.find((r) => r[1] === key)!;
    const v = excelVersion(key);
    expect([label, excelApi]).toEqual([v.label, v.excelApi]);
    const expected = expectedBehaviour(v.excelApi);
    expect(offered).toBe(expected ? 'yes' : 'no');
    if (!expected) return;
    expect(FILLS[fills]).toBe(expected.fills);
    expect(REASONS[reasons]).toBe(expected.annotation);
    expect(print).toBe(expected.fills === 'areas' ? 'yes' : 'skipped');
  });
});
