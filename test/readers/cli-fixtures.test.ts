// Issue 9 fixtures through the CLI: exact findings (codes and rows) per roster sheet, clean rows clean.
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/report-json';
import { run, tempDir } from '../cli/run';
import {
  writeFormatFixtures,
  writeReaderFixture,
  type ReaderFixture,
  type ReaderFixtureName,
} from '../fixtures/readers';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('readers');
});

type Doc = JsonReport & { rows?: number[] };

async function check(
  name: ReaderFixtureName,
  ...extra: string[]
): Promise<{ code: number; docs: Doc[]; stderr: string; fixture: ReaderFixture }> {
  const { file, fixture } = await writeReaderFixture(dir, name);
  const r = await run('validate', file, '--format', 'json', ...extra);
  // one roster: its document; several (sheets or files): { files: [...], summary }
  const parsed = JSON.parse(r.stdout) as Doc | { files: Doc[] };
  return { code: r.code, docs: 'files' in parsed ? parsed.files : [parsed], stderr: r.stderr, fixture };
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
    const r = await run(
      'assemble',
      file,
      '--info',
      path.join(__dirname, '../../examples/claim-info.json'),
      '--out',
      out,
    );
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

describe('choosing the sheet', () => {
  test('an instruction sheet with an example table before the roster: the roster is checked, and why', async () => {
    const { code, docs, fixture } = await check('instructionsFirst');
    expect(code).toBe(1);
    expect(docs.map((d) => d.sheet)).toEqual(['花名册']);
    expectExact(docs[0], fixture);
    expect(docs[0].sheetReason).toBe('含花名册表头和 6 名学员；未作为花名册：「填表说明」（填表说明）');
  });

  test('a hidden dictionary sheet is passed over', async () => {
    const { code, docs, fixture } = await check('hiddenDictionary');
    expect(code).toBe(0);
    expect(docs.map((d) => d.sheet)).toEqual(['学员名单']);
    expectExact(docs[0], fixture);
    expect(docs[0].sheetReason).toContain('「字典」（隐藏）');
  });

  test('two rosters: one JSON document each (an array), one text section each, the summary passed over', async () => {
    const { code, docs, fixture } = await check('twoRosters');
    expect(code).toBe(1);
    expect(docs.map((d) => d.sheet)).toEqual(fixture.sheets);
    for (const d of docs) expectExact(d, fixture);
    expect(docs[1].sheetReason).toBe(
      '含花名册表头和 4 名学员；工作簿中 2 个花名册之一，逐一核验；未作为花名册：「汇总」（汇总表）',
    );
    const { file } = await writeReaderFixture(dir, 'twoRosters');
    const text = await run('validate', file);
    expect(text.stdout.match(/^文件：.*工作表：(\S+)$/gm)!.map((l) => l.replace(/.*工作表：/, ''))).toEqual([
      '电工班',
      '护理班',
    ]);
    expect(text.stdout).toContain('  · 含花名册表头和 4 名学员；工作簿中 2 个花名册之一');
  });

  test('--sheet still picks one sheet', async () => {
    const { docs } = await check('twoRosters', '--sheet', '电工班');
    expect(docs.map((d) => [d.sheet, d.sheetReason])).toEqual([['电工班', '按 --sheet 指定']]);
  });

  test('a header with no trainee rows: exit 2 未找到学员数据, never 未发现问题', async () => {
    const { file } = await writeReaderFixture(dir, 'headerOnly');
    const r = await run('validate', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未找到学员数据');
    expect(r.stdout).not.toContain('未发现问题');
  });
});

describe('formats: .xls, .et, .ods, .csv (UTF-8 and GBK), encrypted', () => {
  let files: Record<string, string>;
  let fixture: ReaderFixture;
  beforeAll(async () => {
    ({ files, fixture } = await writeFormatFixtures(dir, 'mergedClasses'));
  });

  test.each(['xls', 'et', 'ods'])('.%s: the merged class blocks give the same findings as the .xlsx', async (ext) => {
    const r = await run('validate', files[ext], '--format', 'json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as JsonReport;
    expect(doc.sheet).toBe('花名册');
    expectExact(doc, fixture);
  });

  test.each(['csv', 'csv-gbk'])(
    '%s: read as typed (IDs stay text); a CSV has no merges, so only the top rows hold class values',
    async (ext) => {
      const r = await run('validate', files[ext], '--format', 'json');
      const doc = JSON.parse(r.stdout) as JsonReport;
      expect(doc.trainees).toBe(10);
      expect(doc.findings.filter((f) => f.code.startsWith('id.') && f.code !== 'id.age')).toEqual([]);
      // row 10's start date sat in the merged block: empty in a CSV, so no age is computed there
      expect(doc.findings.some((f) => f.code === 'id.age')).toBe(false);
      // the class rows below each top row are empty in a CSV: field.missing there, none on the clean rows 3 and 12
      const missingRows = [...new Set(doc.findings.filter((f) => f.code === 'field.missing').map((f) => f.row))];
      expect(missingRows).toEqual([5, 6, 7, 9, 10, 11]);
    },
  );

  test('an encrypted workbook: 受密码保护, not the .xls advice', async () => {
    const r = await run('validate', files.encrypted);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('受密码保护：请在 Excel 中取消密码后另存');
    expect(r.stderr).not.toContain('旧的 .xls 格式');
  });

  test('--out on an .xls writes an .xlsx marked copy and says so', async () => {
    const out = path.join(dir, 'marked-from-xls.xlsx');
    const r = await run('validate', files.xls, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('（输入不是 .xlsx，标注副本为 .xlsx 格式）');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('校验结果')).toBeDefined();
    const n8 = wb.getWorksheet('花名册')!.getCell('N8');
    expect((n8.fill as ExcelJS.FillPattern | undefined)?.pattern).toBe('solid');
  });
});

describe('a required column still missing', () => {
  test('exit 2 lists the headers seen and the nearest candidates', async () => {
    const { writeVariants } = await import('../fixtures/variants');
    const v = await writeVariants(dir);
    const r = await run('validate', v.missingId);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找到的表头：A 序号，B 姓名');
    expect(r.stderr).toContain('最接近的列：身份证号码：D 列「证照号」（--map id=D）');
  });
});
