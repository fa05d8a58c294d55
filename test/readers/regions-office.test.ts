// Combined columns and near headers through the Office adapter on the test double: the same mapping,
// notes and findings as the CLI (test/readers/regions.test.ts).
import { SAMPLE_CATALOG } from '../../src/core/catalog';
import { checkGrid } from '../../src/core/engine';
import { noteText } from '../../src/core/layout/notes';
import { getBuiltinPolicy } from '../../src/core/policy';
import { createOfficeHost } from '../../src/office';
import { readRosterGrid } from '../../src/xlsx/read';
import { tempDir } from '../cli/run';
import { buildWorkbook, installOfficeDouble, type OfficeDouble } from '../office-double';
import { writeRegionFixture, type RegionFixtureName } from '../fixtures/regions';

let double: OfficeDouble;
let dir: string;
beforeAll(async () => {
  dir = await tempDir('regions-office');
});
afterEach(() => double?.uninstall());

const policy = getBuiltinPolicy('zhengzhou-2021')!;
const today = { y: 2026, m: 11, d: 30 };

test.each<[RegionFixtureName, string]>([
  ['certNameAndLevel', 'H 列「证书名称及等级」一列含两项：拆分读取其中的证书类型和等级'],
  ['occupationAndLevel', 'F 列「职业（工种）及等级」一列含两项：拆分读取其中的职业(工种)和等级'],
  ['nearHeaders', 'D 列「身份正号码」按相近的列名「身份证号码」读作身份证号码（疑似笔误）'],
])('%s: read in the add-in, the findings and the note are those of the CLI', async (name, note) => {
  const { file, fixture } = await writeRegionFixture(dir, name);
  double = installOfficeDouble();
  const { grid } = await readRosterGrid(file, '花名册');
  buildWorkbook(double.model, [{ name: '花名册', rows: grid.values, formats: grid.formats }]);
  double.model.activeSheet = double.model.sheet('花名册')!;
  const read = await createOfficeHost().readRoster({ useSelection: false });
  const result = checkGrid(read.grid, { policy, catalog: SAMPLE_CATALOG, today });
  expect(result.layout.missing).toEqual([]);
  expect(result.findings.map((f) => `${f.code}@${f.row}`).sort()).toEqual([...fixture.expected['花名册']].sort());
  expect(result.layout.notes.map((n) => noteText(n, 'zh-CN')).join('\n')).toContain(note);
});
