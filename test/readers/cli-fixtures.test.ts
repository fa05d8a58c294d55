// Issue 9 fixtures through the CLI: exact findings (codes and rows) per roster sheet, clean rows clean.
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/report-json';
import { run, tempDir } from '../cli/run';
import { writeReaderFixture, type ReaderFixture, type ReaderFixtureName } from '../fixtures/readers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('readers');
});

type Doc = JsonReport & { rows?: number[] };

async function check(name: ReaderFixtureName, ...extra: string[]): Promise<{ code: number; docs: Doc[]; stderr: string; fixture: ReaderFixture }> {
  const { file, fixture } = await writeReaderFixture(dir, name);
  const r = await run('validate', file, '--format', 'json', ...extra);
  const parsed = JSON.parse(r.stdout) as Doc | Doc[];
  return { code: r.code, docs: Array.isArray(parsed) ? parsed : [parsed], stderr: r.stderr, fixture };
}

function expectExact(doc: JsonReport, fixture: ReaderFixture): void {
  const keys = doc.findings.map((f) => `${f.code}@${f.row}`).sort();
  expect(keys).toEqual([...fixture.expected[doc.sheet]].sort());
  const touched = new Set<number>();
  for (const f of doc.findings) for (const r of (f as { rows?: number[] }).rows ?? [f.row]) touched.add(r);
  for (const row of fixture.clean[doc.sheet]) expect(touched.has(row)).toBe(false);
  for (const [key, rows] of Object.entries(fixture.mergedRows ?? {})) {
    const f = doc.findings.find((x) => `${x.code}@${x.row}` === key) as { rows?: number[] } | undefined;
    expect(f?.rows).toEqual(rows);
  }
}

describe('merged cells', () => {
  test('a class block: merged values read on every row, faults inside found once on the top cell', async () => {
    const { code, docs, fixture } = await check('mergedClasses');
    expect(code).toBe(1);
    expect(docs).toHaveLength(1);
    expectExact(docs[0], fixture);
    expect(docs[0].findings.some((f) => f.code === 'field.missing')).toBe(false);
    const rate = docs[0].findings.find((f) => f.code === 'rate.mismatch')!;
    expect(rate.column).toBe('N');
    expect(rate.message).toContain('合并单元格 N8:N11，涉及第 8–11 行');
    expect(docs[0].notes.join('\n')).toMatch(/合并单元格的值按其覆盖的每一学员行读取/);
  });

  test('merges across the header and horizontal merges are reported, not spread', async () => {
    const { code, docs, fixture } = await check('awkwardMerges');
    expect(code).toBe(0);
    expectExact(docs[0], fixture);
    const notes = docs[0].notes.join('\n');
    expect(notes).toContain('合并单元格 O1:O2 跨越表头与数据行');
    expect(notes).toContain('横向合并单元格 O4:P4');
  });
});

describe('unreadable values', () => {
  test('#REF!/abc amounts, #N/A hours and a #VALUE! date: value.unreadable quoting the cell', async () => {
    const { code, docs, fixture } = await check('unreadableValues');
    expect(code).toBe(1);
    expectExact(docs[0], fixture);
    const msgs = docs[0].findings.map((f) => `${f.column} ${f.message}`);
    expect(msgs).toEqual([
      'N 补贴金额显示“#REF!”（Excel 错误值），无法读取：请改正公式或直接填写数字',
      'N 补贴金额“abc”无法识别为数字',
      'L 课时显示“#N/A”（Excel 错误值），无法读取：请改正公式或直接填写数字',
      'J 培训开始日期显示“#VALUE!”（Excel 错误值），无法读取：请改正公式或直接填写日期',
    ]);
  });

  test('assemble lists those rows under 未纳入 with the reason', async () => {
    const { file } = await writeReaderFixture(dir, 'unreadableValues');
    const out = path.join(dir, 'claim-unreadable.xlsx');
    const r = await run('assemble', file, '--info', path.join(__dirname, '../../examples/claim-info.json'), '--out', out);
    expect(r.code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts: string[] = [];
    wb.getWorksheet('拨付资金汇总表')!.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    const all = texts.join('\n');
    expect(all).toContain('未纳入');
    expect(all).toContain('补贴金额显示“#REF!”（Excel 错误值）');
    expect(all).toContain('补贴金额“abc”无法识别为数字');
  });
});
