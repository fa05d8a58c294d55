// End-to-end: the CLI in-process on generated .xlsx fixtures.
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/report-json';
import { writeRosterSample, type SamplePlan } from '../fixtures/sample';
import { writeVariants, type VariantName } from '../fixtures/variants';
import { run, tempDir } from './run';

let dir: string;
let sample: string;
let plan: SamplePlan;
let v: Record<VariantName, string>;

beforeAll(async () => {
  dir = await tempDir('cli');
  sample = path.join(dir, 'roster-sample.xlsx');
  plan = await writeRosterSample(sample);
  v = await writeVariants(dir);
});

async function json(...argv: string[]): Promise<{ code: number; doc: JsonReport; stderr: string }> {
  const r = await run('validate', ...argv, '--format', 'json');
  return { code: r.code, doc: JSON.parse(r.stdout), stderr: r.stderr };
}

const at = (doc: JsonReport, code: string) => doc.findings.filter((f) => f.code === code).map((f) => f.row);

describe('the sample roster', () => {
  test('JSON report: the documented shape, every planted fault at its row, exit 1', async () => {
    const { code, doc } = await json(sample);
    expect(code).toBe(1);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      file: sample,
      sheet: '花名册',
      headerRows: [plan.headerRow],
      firstDataRow: plan.firstDataRow,
      lastDataRow: plan.lastDataRow,
      policy: 'zhengzhou-2021',
      trainees: plan.trainees,
      totalRow: plan.totalRow,
      catalog: { source: 'sample', sample: true },
      missing: [],
    });
    expect(doc.columns).toContainEqual({ field: 'id', header: '身份证号码', column: 'D' });
    expect(doc.columns).toContainEqual({ field: 'amount', header: '补贴金额(元)', column: 'N' });
    for (const f of doc.findings) {
      expect(Object.keys(f).sort()).toEqual(['code', 'column', 'field', 'message', 'related', 'row', 'severity']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(5);
    }
    const rows = plan.rows;
    for (const c of [
      'id.checksum',
      'id.precision-lost',
      'id.legacy-15',
      'id.unnormalized',
      'occ.category-mismatch',
      'occ.unknown',
      'cert.unknown',
      'cert.level-invalid',
      'hours.below-minimum',
      'dates.invalid',
      'total.mismatch',
    ]) {
      expect(at(doc, c)).toContain(rows[c]);
    }
    expect(at(doc, 'dup.id').sort()).toEqual(rows['dup.id']);
    expect(at(doc, 'rate.mismatch')).toEqual(
      expect.arrayContaining([rows['rate.mismatch:700'], rows['rate.mismatch:uplift']]),
    );
    const dup = doc.findings.find((f) => f.code === 'dup.id')!;
    expect(dup.related).toEqual([(rows['dup.id'] as number[])[1]]);
    expect(doc.findings.find((f) => f.code === 'id.checksum')).toMatchObject({
      column: 'D',
      field: 'id',
      severity: 'error',
    });
    expect(doc.findings.find((f) => f.code === 'id.precision-lost')!.message).toMatch(/文本/);
    expect(
      doc.findings.find((f) => f.code === 'rate.mismatch' && f.row === rows['rate.mismatch:uplift'])!.message,
    ).toContain('1500 × 1.2');
    // blank line, total and footer are never trainees
    const flagged = new Set(doc.findings.map((f) => f.row));
    expect(flagged.has(plan.blankRow)).toBe(false);
    expect(flagged.has(plan.footerRow)).toBe(false);
    expect(doc.summary.error).toBe(doc.findings.filter((f) => f.severity === 'error').length);
    expect(doc.byRule['dup.id']).toBe(2);
  });

  test('text report in Chinese: where the roster is, the mapping, counts by rule, findings; the sample catalog is labelled', async () => {
    const r = await run('validate', sample);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`工作表：花名册`);
    expect(r.stdout).toMatch(/表头：第 3 行；数据行：第 4–64 行，共 60 人；合计行：第 65 行/);
    expect(r.stdout).toContain('跳过空行 34');
    expect(r.stdout).toMatch(/身份证号码\s+← D 列「身份证号码」/);
    expect(r.stdout).toMatch(/示例目录/);
    expect(r.stdout).toMatch(/按规则统计：\n\s+dup\.id\s+2/);
    expect(r.stdout).toMatch(/\n\s+6\s+D\s+id\.checksum\s+身份证号码/);
    expect(r.stdout).toMatch(/结论：有 \d+ 个错误/);
  });

  test('--lang en gives English labels and messages', async () => {
    const r = await run('validate', sample, '--lang', 'en');
    expect(r.stdout).toContain('Sheet: 花名册');
    expect(r.stdout).toMatch(/ID number\s+← column D "身份证号码"/);
    expect(r.stdout).toMatch(/Result: \d+ error\(s\)/);
  });
});

describe('messy layouts', () => {
  test('two-row header with 培训时间 merged over 开始/结束', async () => {
    const { code, doc } = await json(v.twoRowHeader);
    expect(code).toBe(0);
    expect(doc.headerRows).toEqual([2, 3]);
    expect(doc.firstDataRow).toBe(4);
    expect(doc.columns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'start', column: 'J', header: expect.stringContaining('开始') }),
        expect.objectContaining({ field: 'end', column: 'K', header: expect.stringContaining('结束') }),
        { field: 'id', header: '公民身份号码', column: 'D' },
        { field: 'amount', header: '补贴标准（元）', column: 'N' },
      ]),
    );
    expect(doc.findings).toEqual([]);
  });

  test('one 培训起止时间 column', async () => {
    const { code, doc } = await json(v.periodColumn);
    expect(code).toBe(0);
    expect(doc.headerRows).toEqual([2]);
    expect(doc.columns).toContainEqual({ field: 'period', header: '培训起止时间', column: 'J' });
    expect(doc.trainees).toBe(8);
  });

  test('header at row 1, formula total, rich text and hyperlink cells', async () => {
    const { code, doc } = await json(v.headerRow1);
    expect(code).toBe(0);
    expect(doc).toMatchObject({ headerRows: [1], firstDataRow: 2, lastDataRow: 9, totalRow: 10, trainees: 8 });
    expect(at(doc, 'total.mismatch')).toEqual([]);
  });

  test('dates typed as text in several spellings; only the unreadable one is flagged', async () => {
    const { code, doc } = await json(v.textDates);
    expect(code).toBe(1);
    expect(doc.findings.map((f) => [f.code, f.row, f.column])).toEqual([['dates.invalid', 9, 'K']]);
  });

  test('full-width brackets and other spellings in headers', async () => {
    const { code, doc } = await json(v.fullWidthHeaders);
    expect(code).toBe(0);
    expect(doc.columns).toEqual(
      expect.arrayContaining([
        { field: 'occupation', header: '职业（工种）', column: 'F' },
        { field: 'id', header: '身份证号', column: 'D' },
        { field: 'level', header: '级别', column: 'I' },
        { field: 'amount', header: '申请补贴标准（元）', column: 'N' },
      ]),
    );
  });

  test('a missing ID column: exit 2 naming the field, the headers found and the --map hint; --map fixes it', async () => {
    const r = await run('validate', v.missingId);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('找不到必需的列：身份证号码(id)');
    expect(r.stderr).toContain('D 证照号');
    expect(r.stderr).toContain('--map id=D');
    const j = await json(v.missingId);
    expect(j.code).toBe(2);
    expect(j.doc.missing).toEqual(['id']);
    const fixed = await json(v.missingId, '--map', 'id=D');
    expect(fixed.code).toBe(0);
    expect(fixed.doc.columns).toContainEqual({ field: 'id', header: '证照号', column: 'D' });
  });
});

describe('policies and catalogs', () => {
  test('ningxia-2019 and a POLICY.json file are accepted', async () => {
    expect((await json(v.headerRow1, '--policy', 'ningxia-2019')).doc.policy).toBe('ningxia-2019');
    const own = path.join(dir, 'own-policy.json');
    const text = await fs.readFile(path.join(__dirname, '../../src/core/policy/profiles/zhengzhou-2021.json'), 'utf8');
    await fs.writeFile(own, text.replace('"id": "zhengzhou-2021"', '"id": "my-district"'));
    const { code, doc } = await json(v.headerRow1, '--policy', own);
    expect(doc.policy).toBe('my-district');
    expect(code).toBe(0);
  });

  test('a GBK-encoded CSV catalog and an .xlsx catalog', async () => {
    const csv = path.join(dir, '目录.csv');
    await fs.writeFile(csv, Buffer.from('d6b0d2b52cc0e0b1f00d0ab5e7b9a42c410d0abab8b9a42c420d0a', 'hex')); // 职业,类别 / 电工,A / 焊工,B
    const { doc } = await json(v.headerRow1, '--catalog', csv);
    expect(doc.catalog).toEqual({ source: csv, sample: false });
    const unknown = doc.findings.filter((f) => f.code === 'occ.unknown');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((f) => !/^(电工|焊工)$/.test(f.message))).toBe(true);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('目录');
    ws.addRows([
      ['职业（工种）名称', '目录类别'],
      ['电工', 'A'],
      ['焊工', 'A'],
    ]);
    const xlsx = path.join(dir, 'catalog.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const x = await json(v.headerRow1, '--catalog', xlsx);
    expect(x.doc.catalog.sample).toBe(false);
    expect(x.doc.findings.filter((f) => f.code === 'occ.unknown').length).toBe(unknown.length);
  });
});

describe('bad input: exit 2 with one line naming the file, no stack trace', () => {
  const oneLine = (s: string) => {
    expect(s.trim().split('\n')).toHaveLength(1);
    expect(s).not.toMatch(/\bat .+:\d+:\d+/);
  };
  test('missing file', async () => {
    const r = await run('validate', path.join(dir, 'nope.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.xlsx：文件不存在');
    oneLine(r.stderr);
  });
  test('not an xlsx', async () => {
    const f = path.join(dir, 'notes.xlsx');
    await fs.writeFile(f, '这不是表格');
    const r = await run('validate', f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes.xlsx：不是 .xlsx 文件');
    oneLine(r.stderr);
  });
  test('unknown sheet lists the sheets', async () => {
    const r = await run('validate', sample, '--sheet', '汇总表');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有名为「汇总表」的工作表；现有工作表：「花名册」');
    oneLine(r.stderr);
  });
  test('bad policy: unknown id, invalid JSON, invalid field', async () => {
    const a = await run('validate', sample, '--policy', 'beijing-2022');
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/没有这个内置政策（可用：zhengzhou-2021、ningxia-2019/);
    oneLine(a.stderr);
    const broken = path.join(dir, 'broken.json');
    await fs.writeFile(broken, '{ "id": "x", ');
    const b = await run('validate', sample, '--policy', broken);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('broken.json');
    oneLine(b.stderr);
    const bad = path.join(dir, 'bad.json');
    await fs.writeFile(
      bad,
      JSON.stringify({
        id: 'bad',
        name: 'x',
        region: 'x',
        rates: [{ certType: '结业证', amount: { kind: 'fixed', yuan: 1 } }],
      }),
    );
    const c = await run('validate', sample, '--policy', bad);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/bad\.json.*rates\[0\]\.certType/);
    oneLine(c.stderr);
  });
  test('bad catalog and bad usage', async () => {
    const r = await run('validate', sample, '--catalog', path.join(dir, 'none.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('none.csv');
    oneLine(r.stderr);
    expect((await run('validate')).code).toBe(2);
    expect((await run('check', sample)).stderr).toContain('未知命令 check');
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('roster-check validate');
  });
});

test('several files: one report each, the worst exit status, a JSON document with files and summary', async () => {
  const r = await run('validate', v.twoRowHeader, v.textDates, '--format', 'json');
  expect(r.code).toBe(1);
  const docs = (JSON.parse(r.stdout) as { files: JsonReport[] }).files;
  expect(docs.map((d) => d.summary.error)).toEqual([0, 1]);
  const t = await run('validate', v.twoRowHeader, path.join(dir, 'gone.xlsx'));
  expect(t.code).toBe(2);
  expect(t.stdout).toContain('twoRowHeader.xlsx');
  expect(t.stderr).toContain('gone.xlsx：文件不存在');
});
