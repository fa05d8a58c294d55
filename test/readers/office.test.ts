// Issue 9 fixtures through the Office adapter on the test double: the merged class blocks read with
// Range.getMergedAreasOrNullObject give the same findings as the CLI; without ExcelApi 1.13 the read
// says merged cells were not read.
import { SAMPLE_CATALOG } from '../../src/core/catalog';
import { checkGrid } from '../../src/core/engine';
import { getBuiltinPolicy } from '../../src/core/policy';
import type { Grid } from '../../src/core/types';
import { createOfficeHost } from '../../src/office';
import { readRosterGrid } from '../../src/xlsx/read';
import { tempDir } from '../cli/run';
import { buildWorkbook, cellState, installOfficeDouble, type OfficeDouble } from '../office-double';
import { findRosterSheets, holdsNoRoster } from '../../src/taskpane/state/rosterSheets';
import { detectLayout } from '../../src/core/layout/detect';
import { writeReaderFixture, type ReaderFixture, type ReaderFixtureName } from '../fixtures/readers';

let double: OfficeDouble;
let dir: string;
beforeAll(async () => {
  dir = await tempDir('readers-office');
});
afterEach(() => double?.uninstall());

const policy = getBuiltinPolicy('zhengzhou-2021')!;
const today = { y: 2026, m: 11, d: 30 };

/** Loads the fixture's sheets into the double as values, number formats and merged areas. */
async function load(
  name: ReaderFixtureName,
  opts: Parameters<typeof installOfficeDouble>[0] = {},
): Promise<ReaderFixture> {
  const { file, fixture } = await writeReaderFixture(dir, name);
  double = installOfficeDouble(opts);
  const grids: { name: string; grid: Grid; hidden: boolean }[] = [];
  for (const ws of fixture.workbook.worksheets) {
    const { grid } = await readRosterGrid(file, ws.name);
    grids.push({ name: ws.name, grid, hidden: ws.state !== 'visible' });
  }
  buildWorkbook(
    double.model,
    grids.map((g) => ({
      name: g.name,
      rows: g.grid.values,
      formats: g.grid.formats,
      visibility: g.hidden ? ('Hidden' as const) : ('Visible' as const),
    })),
  );
  grids.forEach((g, i) => {
    double.model.sheets[i].merges = (g.grid.merges ?? []).map((m) => ({
      row: m.row - 1,
      col: m.col - 1,
      rows: m.rows,
      cols: m.cols,
    }));
  });
  return fixture;
}

describe('merged class blocks in the add-in', () => {
  test('merged areas are read; the findings are those of the CLI; the top cell is marked once', async () => {
    const fixture = await load('mergedClasses');
    double.model.activeSheet = double.model.sheet('花名册')!;
    const host = createOfficeHost();
    const read = await host.readRoster({ useSelection: false });
    expect(read.mergesRead).toBe(true);
    expect(read.grid.merges).toContainEqual({ row: 8, col: 14, rows: 4, cols: 1 });
    const result = checkGrid(read.grid, { policy, catalog: SAMPLE_CATALOG, today });
    expect(result.findings.map((f) => `${f.code}@${f.row}`).sort()).toEqual([...fixture.expected['花名册']].sort());
    expect(result.findings.find((f) => f.code === 'rate.mismatch')!.rows).toEqual([8, 9, 10, 11]);
    await host.writeMarks('花名册', result, { locale: 'zh-CN' });
    expect(cellState(double.model, '花名册', 'N8').fill).not.toBeNull();
    for (const a of ['N9', 'N10', 'N11', 'F9', 'B4']) expect(cellState(double.model, '花名册', a).fill).toBeNull();
  });

  test('without ExcelApi 1.13 the read says merged cells were not read', async () => {
    await load('mergedClasses', { requirementSets: { ExcelApi: '1.12' } });
    double.model.activeSheet = double.model.sheet('花名册')!;
    const read = await createOfficeHost().readRoster({ useSelection: false });
    expect(read.mergesRead).toBe(false);
    expect(read.grid.merges).toBeUndefined();
  });
});

describe('several sheets in the add-in', () => {
  test('the active 汇总 sheet holds no roster: the two rosters are offered, and each gives its findings', async () => {
    const fixture = await load('twoRosters');
    double.model.activeSheet = double.model.sheet('汇总')!;
    const host = createOfficeHost();
    const read = await host.readRoster({ useSelection: false });
    expect(holdsNoRoster(detectLayout(read.grid))).toBe(true);
    expect(await findRosterSheets(host, read.sheetName)).toEqual(['电工班', '护理班']);
    for (const name of fixture.sheets) {
      await host.selectCell(name, 1, 1);
      const sheet = await host.readRoster({ useSelection: false });
      expect(sheet.sheetName).toBe(name);
      const result = checkGrid(sheet.grid, { policy, catalog: SAMPLE_CATALOG, today });
      expect(result.findings.map((f) => `${f.code}@${f.row}`).sort()).toEqual([...fixture.expected[name]].sort());
    }
  });

  test('an instruction sheet first and a hidden dictionary: only the roster is offered', async () => {
    await load('instructionsFirst');
    double.model.activeSheet = double.model.sheet('填表说明')!;
    expect(await findRosterSheets(createOfficeHost(), '填表说明')).toEqual(['花名册']);
    await load('hiddenDictionary');
    expect(await findRosterSheets(createOfficeHost(), '')).toEqual(['学员名单']);
  });
});
