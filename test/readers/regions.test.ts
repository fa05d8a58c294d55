// Issue 9 point 3: other regions' header rows (each from a published source, docs/templates.md), combined
// columns split into two fields, near headers mapped with a note, exit 2 when a required column is missing.
import type { JsonReport } from '../../src/cli/report-json';
import { run, tempDir } from '../cli/run';
import { writeRegionFixture, type RegionFixture, type RegionFixtureName } from '../fixtures/regions';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('regions');
});

async function check(name: RegionFixtureName): Promise<{ code: number; doc: JsonReport; fixture: RegionFixture }> {
  const { file, fixture } = await writeRegionFixture(dir, name);
  const r = await run('validate', file, '--format', 'json');
  return { code: r.code, doc: JSON.parse(r.stdout) as JsonReport, fixture };
}

function expectMapping(doc: JsonReport, fixture: RegionFixture): void {
  const got = Object.fromEntries(doc.columns.map((c) => [c.field, c.column]));
  for (const [field, col] of Object.entries(fixture.mapping)) expect([field, got[field]]).toEqual([field, col]);
}

function expectExact(doc: JsonReport, fixture: RegionFixture): void {
  const keys = doc.findings.map((f) => `${f.code}@${f.row}`).sort();
  expect(keys).toEqual([...fixture.expected['花名册']].sort());
  const touched = new Set(doc.findings.map((f) => f.row));
  for (const row of fixture.clean['花名册']) expect([row, touched.has(row)]).toEqual([row, false]);
}

describe('combined columns', () => {
  test('证书名称及等级: one column read as certificate type and level; exact findings', async () => {
    const { code, doc, fixture } = await check('certNameAndLevel');
    expect(fixture.headers).toContain('证书名称及等级');
    expect(code).toBe(1);
    expect(doc.missing).toEqual([]);
    expectMapping(doc, fixture);
    expectExact(doc, fixture);
    expect(doc.notes).toContain('H 列「证书名称及等级」一列含两项：拆分读取其中的证书类型和等级');
  });

  test('职业（工种）及等级 (the national certificate field): occupation and level from one cell', async () => {
    const { code, doc, fixture } = await check('occupationAndLevel');
    expect(code).toBe(1);
    expectMapping(doc, fixture);
    expectExact(doc, fixture);
    expect(doc.notes).toContain('F 列「职业（工种）及等级」一列含两项：拆分读取其中的职业(工种)和等级');
  });
});

describe('headers only close to known ones', () => {
  test('培训职业名称 and the typo 身份正号码 are mapped, each with a note naming the known heading', async () => {
    const { code, doc, fixture } = await check('nearHeaders');
    expect(code).toBe(1);
    expectMapping(doc, fixture);
    expectExact(doc, fixture);
    const notes = doc.notes.join('\n');
    expect(notes).toContain('D 列「身份正号码」按相近的列名「身份证号码」读作身份证号码（疑似笔误）');
    expect(notes).toContain('F 列「培训职业名称」按相近的列名「职业名称」读作职业(工种)（含其他字词）');
  });
});

describe('regional header rows from published sources', () => {
  test('Baise, Guangxi 2024: every column mapped; no certificate-type column, so exit 2 naming it', async () => {
    const { file, fixture } = await writeRegionFixture(dir, 'baiseGuangxi2024');
    expect(fixture.headers).toEqual([
      '序号',
      '姓名',
      '培训工种',
      '身份证号码',
      '学校名称',
      '培训时间',
      '结业证书编号',
      '职业培训补贴标准(元)',
    ]);
    const r = await run('validate', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到必需的列：证书类型(certType)');
    expect(r.stderr).toContain(
      '找到的表头：A 序号，B 姓名，C 培训工种，D 身份证号码，E 学校名称，F 培训时间，G 结业证书编号，H 职业培训补贴标准(元)',
    );
    // 学校名称 shares only the generic 名称 with 证书名称: not offered as a candidate, nor as the example
    expect(r.stderr).not.toContain('最接近的列');
    expect(r.stderr).toContain('没有相近的列：证书类型（这份表可能没有这一列）');
    expect(r.stderr).toContain('例如 --map certType=列字母');
    const json = await run('validate', file, '--format', 'json');
    const doc = JSON.parse(json.stdout) as JsonReport;
    expect(doc.missing).toEqual(['certType']);
    expectMapping(doc, fixture);
  });

  test('Guxian, Shanxi: among eight occupation columns 培训工种 is taken; no amount column, so exit 2', async () => {
    const { file, fixture } = await writeRegionFixture(dir, 'guxianShanxi');
    expect(fixture.headers).toHaveLength(100);
    const json = await run('validate', file, '--format', 'json');
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout) as JsonReport;
    expect(doc.missing).toEqual(['amount']);
    expectMapping(doc, fixture);
    const text = await run('validate', file);
    expect(text.stderr).toContain('找不到必需的列：补贴金额(amount)');
    expect(text.stderr).not.toContain('最接近的列');
    expect(text.stderr).toContain('没有相近的列：补贴金额');
  });
});
