import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAssemble } from '../../src/cli/assemble';

const ROOT = path.join(__dirname, '../..');
const ROSTER = path.join(ROOT, 'examples/roster-sample.xlsx');
const INFO = path.join(ROOT, 'examples/claim-info.json');
const CATALOG = path.join(ROOT, 'examples/catalog-sample.csv');
const TITLES = [
  '职业技能培训补贴拨付资金汇总表',
  '职业技能提升培训补贴资金审批表',
  '职业技能培训补贴人员公示名单',
  '职业技能培训补贴申领归档材料清单',
];
const SHEETS = ['拨付资金汇总表', '资金审批表', '公示名单', '归档清单'];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assemble-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAssemble(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function fenOf(v: ExcelJS.CellValue): number {
  return Math.round(Number(v) * 100);
}

/** The notice's amount column (H) from the first data row to the row before 合计, and the 合计 amount. */
function noticeAmounts(ws: ExcelJS.Worksheet): { rows: number[]; total: number } {
  const rows: number[] = [];
  let total = NaN;
  for (let r = 5; r <= ws.rowCount; r++) {
    const a = ws.getCell(r, 1).value;
    if (typeof a === 'string' && a.startsWith('合计')) {
      total = fenOf(ws.getCell(r, 8).value);
      break;
    }
    rows.push(fenOf(ws.getCell(r, 8).value));
  }
  return { rows, total };
}

describe('roster-check assemble', () => {
  const out = () => path.join(dir, 'CLAIM.xlsx');

  test('writes a copy of the roster workbook with the four sheets; totals agree to the fen', async () => {
    const r = await run([ROSTER, '--info', INFO, '--catalog', CATALOG, '--date', '2021-04-26', '--out', out()]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('公示期 2021-04-29 – 2021-05-06（3 个工作日）'); // 劳动节 2021-05-01…05 skipped
    const wb = await open(out());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['花名册', ...SHEETS]);
    const notice = noticeAmounts(wb.getWorksheet('公示名单')!);
    const sum = notice.rows.reduce((s, x) => s + x, 0);
    expect(notice.total).toBe(sum);
    const m = /合计 ([\d,]+\.\d\d) 元/.exec(r.out);
    expect(m && Math.round(Number(m[1].replace(/,/g, '')) * 100)).toBe(sum);
    const summary = wb.getWorksheet('拨付资金汇总表')!;
    let summaryTotal = NaN;
    summary.eachRow((row) => {
      if (row.getCell(1).value === '合计') summaryTotal = fenOf(row.getCell(8).value);
    });
    expect(summaryTotal).toBe(sum);
    // the input is untouched
    expect((await open(ROSTER)).worksheets.map((w) => w.name)).toEqual(['花名册']);
  });

  test('running it on its own output replaces the sheets instead of adding more', async () => {
    const again = path.join(dir, 'CLAIM2.xlsx');
    const r = await run([
      out(),
      '--sheet',
      '花名册',
      '--info',
      INFO,
      '--catalog',
      CATALOG,
      '--date',
      '2021-04-27',
      '--out',
      again,
    ]);
    expect(r.code).toBe(0);
    const wb = await open(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['花名册', ...SHEETS]);
    const r2 = await run([out(), '--info', INFO, '--catalog', CATALOG, '--out', path.join(dir, 'CLAIM3.xlsx')]);
    expect(r2.code).toBe(0); // the roster is still found first without --sheet
  });

  test('--include-errors claims more rows', async () => {
    const file = path.join(dir, 'ALL.xlsx');
    const r = await run([ROSTER, '--info', INFO, '--catalog', CATALOG, '--include-errors', '--out', file]);
    expect(r.code).toBe(0);
    const base = noticeAmounts((await open(out())).getWorksheet('公示名单')!).rows.length;
    expect(noticeAmounts((await open(file)).getWorksheet('公示名单')!).rows.length).toBeGreaterThan(base);
  });

  test.each([
    [{ bankAccount: undefined }, 'bankAccount'],
    [{ noticeStart: '2021年4月29日' }, 'noticeStart'],
    [{ plannedPersons: '六十' }, 'plannedPersons'],
  ])('bad INFO.json %j: exit 2, one line naming the file and the field', async (patch, field) => {
    const info = { ...JSON.parse(fs.readFileSync(INFO, 'utf8')), ...patch };
    const file = path.join(dir, `info-${field}.json`);
    fs.writeFileSync(file, JSON.stringify(info));
    const r = await run([ROSTER, '--info', file, '--out', path.join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(file);
    expect(r.err).toContain(field);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  test('INFO.json that is not JSON, a missing --info, an unknown option: exit 2', async () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{ "institution": ');
    expect((await run([ROSTER, '--info', bad, '--out', path.join(dir, 'x.xlsx')])).err).toMatch(
      /bad\.json：申报信息不是有效的 JSON/,
    );
    expect((await run([ROSTER, '--out', path.join(dir, 'x.xlsx')])).code).toBe(2);
    const en = await run([ROSTER, '--info', INFO, '--out', 'x.xlsx', '--bogus', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('unknown option --bogus');
    expect((await run(['--help'])).out).toContain('roster-check assemble');
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
  (soffice ? test : test.skip)(
    'the output opens in LibreOffice; its PDF holds the titles and the total',
    async () => {
      const pdfDir = path.join(dir, 'pdf');
      const profile = path.join(dir, 'lo-profile');
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, out()],
        { stdio: 'ignore', timeout: 180000 },
      );
      const pdf = path.join(pdfDir, 'CLAIM.pdf');
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      if (spawnSync('pdftotext', ['-v']).status !== 0) return; // no poppler: the PDF exists, its text is not checked
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const t of TITLES) expect(text).toContain(t);
      const total = noticeAmounts((await open(out())).getWorksheet('公示名单')!).total;
      const shown = (total / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      expect(text).toContain(shown);
    },
    240000,
  );
});
