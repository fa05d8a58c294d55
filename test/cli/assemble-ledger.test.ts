// assemble --ledger: the people a ledger shows as paid go to 未纳入 with the ledger rule's message.
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { run, tempDir } from './run';

const ROOT = path.join(__dirname, '../..');
const ROSTER = path.join(ROOT, 'examples/roster-sample.xlsx');
const INFO = path.join(ROOT, 'examples/claim-info.json');
const CATALOG = path.join(ROOT, 'examples/catalog-sample.csv');

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The summary's 未纳入 lines (column I of the rows after the 附：未纳入 line). */
function leftOut(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  let on = false;
  ws.eachRow((row) => {
    const a = String(row.getCell(1).value ?? '');
    if (a.startsWith('附：未纳入')) on = true;
    else if (on) out.push(String(row.getCell(9).value ?? ''));
  });
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('assemble-ledger');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('assemble --ledger', () => {
  test('after ledger add, assembling the roster again claims nobody: every paid person is left out with the reason', async () => {
    const claim = path.join(dir, 'claim.xlsx');
    const ledger = path.join(dir, '补贴台账.xlsx');
    const base = ['--info', INFO, '--catalog', CATALOG, '--date', '2021-04-26'];
    const first = await run('assemble', ROSTER, ...base, '--out', claim);
    expect(first.code).toBe(0);
    const claimed = Number(/申领 (\d+) 人/.exec(first.stdout)?.[1]);
    expect(claimed).toBeGreaterThan(0);
    const add = await run('ledger', 'add', claim, '--ledger', ledger, '--catalog', CATALOG, '--date', '2021-04-26');
    expect(add.code).toBe(0);
    // the ledger file, and a folder holding it (the same loader as validate --ledger)
    const folder = path.join(dir, 'ledgers');
    fs.mkdirSync(folder);
    fs.copyFileSync(ledger, path.join(folder, '补贴台账.xlsx'));
    for (const spec of [ledger, folder]) {
      const again = path.join(dir, `again-${claimed}.xlsx`);
      const r = await run('assemble', ROSTER, ...base, '--ledger', spec, '--out', again);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('申领 0 人，合计 0.00 元');
      const wb = await open(again);
      const reasons = leftOut(wb.getWorksheet('拨付资金汇总表')!);
      const paid = reasons.filter((x) => x.includes('同一职业（工种）同一等级不得重复申领'));
      expect(paid).toHaveLength(claimed);
      fs.rmSync(again);
    }
  });

  test('--include-errors never claims a person the ledger shows as paid', async () => {
    const ledger = path.join(dir, '补贴台账.xlsx');
    const persons = (r: { stdout: string }): number => Number(/申领 (\d+) 人/.exec(r.stdout)?.[1]);
    const base = ['--info', INFO, '--catalog', CATALOG, '--include-errors'];
    const all = await run('assemble', ROSTER, ...base, '--out', path.join(dir, 'all.xlsx'));
    const paid = await run(
      'assemble',
      ROSTER,
      '--info',
      INFO,
      '--catalog',
      CATALOG,
      '--out',
      path.join(dir, 'paid.xlsx'),
    );
    const r = await run('assemble', ROSTER, ...base, '--ledger', ledger, '--out', path.join(dir, 'rest.xlsx'));
    expect(r.code).toBe(0);
    expect(persons(paid)).toBeGreaterThan(0);
    expect(persons(r)).toBe(persons(all) - persons(paid));
  });

  test('a ledger that does not exist: exit 2, one line naming it', async () => {
    const r = await run(
      'assemble',
      ROSTER,
      '--info',
      INFO,
      '--ledger',
      path.join(dir, 'none.xlsx'),
      '--out',
      path.join(dir, 'x.xlsx'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('none.xlsx');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('assemble: the notice end where the holiday calendar lacks the year', () => {
  test('a notice from 2026-12-31 without --notice-end is refused (exit 2, nothing written); with it the notice says so', async () => {
    const info = { ...JSON.parse(fs.readFileSync(INFO, 'utf8')), noticeStart: '2026-12-31' };
    const file = path.join(dir, 'info-2026.json');
    fs.writeFileSync(file, JSON.stringify(info));
    const out = path.join(dir, 'notice-2026.xlsx');
    const refused = await run('assemble', ROSTER, '--info', file, '--catalog', CATALOG, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--notice-end');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
    const ok = await run(
      'assemble',
      ROSTER,
      '--info',
      file,
      '--catalog',
      CATALOG,
      '--notice-end',
      '2027-01-06',
      '--out',
      out,
    );
    expect(ok.code).toBe(0);
    const notice = (await open(out)).getWorksheet('公示名单')!;
    const intro = String(notice.getCell(2, 1).value);
    expect(intro).toContain('2027年1月6日');
    expect(intro).toContain('截止日期系手工填写');
  });
});

describe('assemble: printing', () => {
  test('every claim sheet has the page-number footer and print titles (repeated header rows)', async () => {
    const out = path.join(dir, 'print.xlsx');
    expect((await run('assemble', ROSTER, '--info', INFO, '--catalog', CATALOG, '--out', out)).code).toBe(0);
    const wb = await open(out);
    for (const name of ['拨付资金汇总表', '资金审批表', '公示名单', '归档清单']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
      expect(ws.pageSetup.paperSize).toBe(9);
    }
  });
});

describe('assemble --notice-out', () => {
  test('a workbook holding only the 公示名单: no 18- or 15-digit number and no full name in any cell', async () => {
    const out = path.join(dir, 'with-notice.xlsx');
    const notice = path.join(dir, 'NOTICE.xlsx');
    const r = await run(
      'assemble',
      ROSTER,
      '--info',
      INFO,
      '--catalog',
      CATALOG,
      '--include-errors',
      '--out',
      out,
      '--notice-out',
      notice,
    );
    expect(r.code).toBe(0);
    const wb = await open(notice);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['公示名单']);
    // the full names, from the roster itself
    const roster = (await open(ROSTER)).worksheets[0];
    let nameCol = 0;
    let headerRow = 0;
    roster.eachRow((row, n) =>
      row.eachCell((c, col) => {
        if (!nameCol && c.value === '姓名') {
          nameCol = col;
          headerRow = n;
        }
      }),
    );
    const names = new Set<string>();
    roster.eachRow((row, n) => {
      const v = row.getCell(nameCol).value;
      if (n > headerRow && typeof v === 'string' && /^[\u4e00-\u9fa5·]{2,5}$/.test(v.trim()) && !/合计|小计/.test(v))
        names.add(v.trim());
    });
    expect(names.size).toBeGreaterThan(20);
    let cells = 0;
    const leaks: string[] = [];
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((c) => {
        cells++;
        const text = String(c.text ?? c.value ?? '');
        if (/\d{15}/.test(text)) leaks.push(`${c.address} ${text}`);
        for (const name of names) if (text.includes(name)) leaks.push(`${c.address} ${name}`);
      }),
    );
    expect(leaks).toEqual([]);
    expect(cells).toBeGreaterThan(100);
    expect(await run('assemble', ROSTER, '--info', INFO, '--out', out, '--notice-out', out).then((x) => x.code)).toBe(
      2,
    );
  });
});

describe('ledger add of a claim made with --include-errors', () => {
  test("records the claim's own rows (found by its fingerprint), without the flag", async () => {
    const claim = path.join(dir, 'claim-all.xlsx');
    const a = await run('assemble', ROSTER, '--info', INFO, '--catalog', CATALOG, '--include-errors', '--out', claim);
    expect(a.code).toBe(0);
    const persons = Number(/申领 (\d+) 人/.exec(a.stdout)?.[1]);
    const fp = /花名册指纹（SHA-256）：([0-9a-f]{64})/.exec(a.stdout)![1];
    const ledger = path.join(dir, 'ledger-all.xlsx');
    const add = await run('ledger', 'add', claim, '--ledger', ledger, '--catalog', CATALOG, '--force');
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain(`已登记入账 ${persons} 条`);
    expect(add.stdout).toContain(fp.slice(0, 12));
  });
});
