// The built task pane in real headless Chromium (Debian's /usr/bin/chromium via playwright-core),
// with the in-memory Office.js test double served in place of office.js and the real adapter
// (createOfficeHost) between them. Loads the fixture roster, checks it, clicks a finding, clears the
// marks, saves screenshots under test-output/screenshots/, and asserts no request leaves localhost.
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ledgerSteps } from './browser/ledger-steps';
import { describeWithChromium, openPaneBrowser, type PaneBrowser, SHOTS } from './browser/launch';
import type { Served } from './browser/serve';
import { FAULTS, FIRST_DATA_ROW, LAST_DATA_ROW, rosterSheet, TRAINEES } from './fixture/roster';
import { CLAIM_FORM_TEXT } from '../fixtures/claim-info';

const maybe = describeWithChromium('pane.browser.test.ts');

type Marks = Record<string, string>;
interface Sel {
  sheet: string;
  row: number;
  col: number;
}

maybe('task pane in headless Chromium over the Office.js test double', () => {
  let b: PaneBrowser;
  let served: Served;
  let page: Page;
  let outside: string[] = [];
  let requested: string[] = [];
  let pageErrors: string[] = [];

  const dbl = <T>(fn: string, ...args: unknown[]) => b.dbl<T>(fn, ...args);

  async function waitForSelection(row: number, col: number): Promise<Sel> {
    await page.waitForFunction(
      ([r, c]) => {
        const s = (window as unknown as { __rosterDouble: { selection(): Sel | null } }).__rosterDouble.selection();
        return !!s && s.row === r && s.col === c;
      },
      [row, col] as const,
      { timeout: 10_000 },
    );
    return (await dbl<Sel>('selection'))!;
  }

  beforeAll(async () => {
    b = await openPaneBrowser({ profile: 'roster-pane-chromium' });
    ({ page, served, requested, outside, pageErrors } = b);
  }, 240_000);

  afterAll(async () => {
    await b?.close();
  });

  test('finds the roster and shows the column mapping', async () => {
    await page.goto(`${served.origin}/taskpane.html`);
    const line = page.getByTestId('roster-line');
    await line.waitFor({ timeout: 30_000 });
    expect(await line.textContent()).toContain(`第 ${FIRST_DATA_ROW}–${LAST_DATA_ROW} 行，共 ${TRAINEES} 名学员`);
    // every required column found: the mapping is one line until 修改 opens it
    expect(await page.getByTestId('mapping-summary').textContent()).toContain('全部必需列已找到');
    await page.getByTestId('mapping-edit').click();
    expect(await page.locator('select[data-field="id"]').inputValue()).toBe('4');
    expect(await page.locator('select[data-field="name"]').inputValue()).toBe('2');
    expect(await page.locator('select[data-field="amount"]').inputValue()).toBe('14');
    expect(await page.locator('select[data-field="id"] option:checked').textContent()).toBe('D 列 · 身份证号码');
    expect(await page.getByTestId('missing-required').count()).toBe(0);
    expect(await page.getByTestId('sample-warning').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'pane-open.png'), fullPage: true });
  });

  test('a required field set to 未映射 is called out and blocks the check; putting it back unblocks', async () => {
    await page.locator('select[data-field="name"]').selectOption('0');
    await page.getByTestId('missing-required').waitFor();
    expect(await page.getByTestId('missing-required').textContent()).toContain('姓名');
    expect(await page.getByTestId('start').isDisabled()).toBe(true);
    await page.locator('select[data-field="name"]').selectOption('2');
    await page.getByTestId('missing-required').waitFor({ state: 'detached' });
    expect(await page.getByTestId('start').isEnabled()).toBe(true);
  });

  let before: Marks;
  test('开始校验 shows totals and findings and marks the faulty cells', async () => {
    before = await dbl<Marks>('marks');
    const valueD9 = (await dbl<{ value: unknown }>('cell', 'D9')).value;
    await page.getByTestId('start').click();
    await page.getByTestId('totals').waitFor({ timeout: 30_000 });
    await page.getByTestId('start').and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('total-error').textContent()).toMatch(/错误\s*5/);
    const rows = await page
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-row')}`));
    expect(rows).toEqual(
      expect.arrayContaining([
        `id.checksum@${FAULTS.checksum.row}`,
        `dup.id@${FAULTS.duplicate.row}`,
        `rate.mismatch@${FAULTS.oldRate.row}`,
        `rate.mismatch@${FAULTS.noUplift.row}`,
      ]),
    );
    const notice = await page.getByTestId('notice').textContent();
    expect(notice).toContain('已核验 40 名学员');
    const d9 = await dbl<{ value: unknown; fill: string | null; note: string | null }>('cell', 'D9');
    expect(d9.value).toBe(valueD9);
    expect(d9.fill).not.toBeNull();
    // the engine ran in the worker, off the UI thread
    expect(requested.some((u) => u.endsWith('/checkWorker.js'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'pane-results.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'pane.png') });
  });

  test('clicking a finding, or Enter on it, selects its cell in the sheet', async () => {
    await page.locator(`[data-testid="finding"][data-code="id.checksum"][data-row="${FAULTS.checksum.row}"]`).click();
    expect(await waitForSelection(FAULTS.checksum.row, FAULTS.checksum.col)).toMatchObject({ sheet: '花名册' });
    const item = page.locator(
      `[data-testid="finding"][data-row="${FAULTS.oldRate.row}"][data-col="${FAULTS.oldRate.col}"]`,
    );
    await item.focus();
    await page.keyboard.press('Enter');
    await waitForSelection(FAULTS.oldRate.row, FAULTS.oldRate.col);
  });

  test('every control is reachable with Tab', async () => {
    await page.locator('body').focus();
    const seen = new Set<string>();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        if (el instanceof HTMLInputElement) return `input:${el.type}`;
        return (
          el.getAttribute('data-testid') ??
          (el.getAttribute('data-field') ? `field:${el.getAttribute('data-field')}` : el.tagName)
        );
      });
      seen.add(id);
    }
    for (const id of [
      'field:name',
      'field:id',
      'field:amount',
      'policy-select',
      'input:radio',
      'start',
      'clear',
      'filter-rule',
      'filter-severity',
      'finding',
    ]) {
      expect(seen).toContain(id);
    }
  });

  test('filters by severity and rule', async () => {
    await page.getByTestId('filter-rule').selectOption('id.checksum');
    expect(await page.getByTestId('finding').count()).toBe(1);
    await page.getByTestId('filter-rule').selectOption('all');
    await page.getByTestId('filter-severity').selectOption('info');
    expect(await page.getByTestId('finding').count()).toBe(0);
    await page.getByTestId('filter-severity').selectOption('all');
    expect(await page.getByTestId('finding').count()).toBe(5);
  });

  test('清除标记 puts back exactly the fills and notes the cells had before', async () => {
    expect(await dbl<Marks>('marks')).not.toEqual(before);
    await page.getByTestId('clear').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已清除标记'),
      null,
      { timeout: 30_000 },
    );
    expect(await dbl<Marks>('marks')).toEqual(before);
    const d30 = await dbl<{ fill: string | null; note: string | null }>('cell', 'D30');
    expect(d30).toMatchObject({ fill: '#FFFF00', note: '待核实：与第12行疑似同一人' });
    await page.screenshot({ path: join(SHOTS, 'pane-cleared.png'), fullPage: true });
  });

  test('the choices are saved in the document', async () => {
    const saved = await dbl<Record<string, unknown>>('savedSettings');
    expect(JSON.stringify(saved)).toContain('zhengzhou-2021');
  });

  test('申报信息 and 生成申报材料: field errors inline, then the four claim sheets with the right total, twice → one of each', async () => {
    const CLAIM = ['拨付资金汇总表', '资金审批表', '公示名单', '归档清单'];
    // an empty form: the errors show under the fields and nothing is written
    await page.getByTestId('generate-claim').click();
    await page.getByText('此项必填').first().waitFor();
    expect(await page.getByTestId('notice').textContent()).toContain('申报信息有');
    expect((await dbl<string[]>('sheetNames')).filter((n) => CLAIM.includes(n))).toEqual([]);
    for (const [k, v] of Object.entries(CLAIM_FORM_TEXT)) await page.getByTestId(`info-${k}`).fill(v);
    await page.getByTestId('info-agreementOnFile').check();
    expect(await page.getByText('此项必填').count()).toBe(0);
    // the rows with error findings are left out: the expected total from the fixture itself
    const left = new Set([
      FAULTS.checksum.row,
      FAULTS.duplicate.row,
      FAULTS.duplicate.of,
      FAULTS.oldRate.row,
      FAULTS.noUplift.row,
    ]);
    const rows = rosterSheet().rows;
    let yuan = 0;
    for (let r = FIRST_DATA_ROW; r <= LAST_DATA_ROW; r++) if (!left.has(r)) yuan += Number(rows[r - 1][13]);
    const generate = async () => {
      await page.getByTestId('generate-claim').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已生成'),
        null,
        { timeout: 30_000 },
      );
    };
    await generate();
    expect(await page.getByTestId('claim-amount').textContent()).toBe(
      `${yuan.toLocaleString('en-US', { minimumFractionDigits: 2 })} 元`,
    );
    expect(await page.getByTestId('claim-excluded').textContent()).toBe(`未纳入 ${left.size} 人`);
    const capital = (await page.getByTestId('claim-capital').textContent()) ?? '';
    expect(capital).toMatch(/^人民币.+元整$/);
    const summary = new Map(await dbl<[string, unknown][]>('sheetValues', '拨付资金汇总表'));
    expect(summary.get('A1')).toBe('职业技能培训补贴拨付资金汇总表');
    const values = [...summary.values()];
    expect(values).toContain(yuan);
    expect(values).toContain(TRAINEES - left.size);
    expect(values).toContain(capital);
    await generate();
    const names = await dbl<string[]>('sheetNames');
    expect(names.filter((n) => CLAIM.includes(n))).toEqual(CLAIM);
    expect(names.filter((n) => n === '拨付资金汇总表')).toHaveLength(1);
    expect((await dbl<[string, unknown][]>('sheetValues', '公示名单')).map(([, v]) => v)).toContain(yuan);
    // 查看未纳入名单 selects the start of that section on the summary
    await page.getByTestId('show-excluded').click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __rosterDouble: { selection(): Sel | null } }).__rosterDouble.selection()?.sheet ===
        '拨付资金汇总表',
      null,
      { timeout: 10_000 },
    );
    const sel = (await dbl<Sel>('selection'))!;
    expect(String(summary.get(`A${sel.row}`))).toContain('附：未纳入');
    expect(JSON.stringify(await dbl<Record<string, unknown>>('savedSettings'))).toContain(
      '郑州市金水区示范职业培训学校',
    );
    await page.getByTestId('claim-panel').screenshot({ path: join(SHOTS, 'pane-claim.png') });
    // back to the roster (the pane checks the active sheet): click a finding
    await page.locator(`[data-testid="finding"][data-code="id.checksum"][data-row="${FAULTS.checksum.row}"]`).click();
    expect(await waitForSelection(FAULTS.checksum.row, FAULTS.checksum.col)).toMatchObject({ sheet: '花名册' });
  });

  test('a bad POLICY.json chosen from disk shows its error', async () => {
    await page
      .getByTestId('policy-file')
      .setInputFiles({ name: 'POLICY.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": "x",') });
    await page.getByTestId('policy-error').waitFor();
    expect(await page.getByTestId('policy-error').textContent()).toContain('POLICY.json: not valid JSON');
  });

  test('an .xlsx catalog chosen from disk is read in the pane (ExcelJS chunk) and used', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('职业目录');
    ws.addRows([
      ['职业（工种）名称', '类别'],
      ['电工', 'A'],
      ['中式烹调师', 'B'],
      ['养老护理员', 'A'],
      ['保洁员', 'C'],
    ]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    await page.getByRole('radio', { name: '从文件加载（CSV 或 .xlsx）' }).check();
    await page
      .getByTestId('catalog-file')
      .setInputFiles({ name: '本区目录.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByText('本区目录.xlsx：4 个职业').waitFor({ timeout: 20_000 });
    expect(requested.some((u) => /\/exceljs\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    await page.getByTestId('start').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已核验'),
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('sample-warning').count()).toBe(0);
    expect(await page.getByTestId('results').textContent()).not.toContain('示例职业目录');
    const saved = await dbl<Record<string, unknown>>('savedSettings');
    expect(JSON.stringify(saved)).toContain('file:本区目录.xlsx');
    await page.getByTestId('clear').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已清除标记'),
      null,
      { timeout: 30_000 },
    );
  });

  ledgerSteps({ page: () => page, origin: () => served.origin, dbl, shots: SHOTS });

  test('a long roster: progress bar and cancel, then 12,000+ findings paged and filtered quickly', async () => {
    await page.goto(`${served.origin}/taskpane.html?big=12000`);
    await page.getByTestId('roster-line').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('roster-line').textContent()).toContain('共 12000 名学员');
    await page.getByTestId('start').click();
    await page.getByTestId('progress').waitFor();
    await page.getByTestId('cancel').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已取消'),
      null,
      { timeout: 30_000 },
    );
    expect(await page.getByTestId('progress').count()).toBe(0);
    await page.getByTestId('start').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已核验 12000 名学员'),
      null,
      { timeout: 120_000 },
    );
    const count = (await page.getByTestId('findings-count').textContent()) ?? '';
    const total = Number(/\/ (\d+)/.exec(count)?.[1]);
    expect(total).toBeGreaterThanOrEqual(12000);
    expect(await page.getByTestId('finding').count()).toBe(50);
    await page.getByTestId('filter-rule').selectOption('id.checksum');
    await page.getByTestId('next-page').click();
    await page.getByText(/第 2 \/ \d+ 页/).waitFor();
    await page.getByTestId('finding').first().click();
    const sel = await dbl<Sel>('selection');
    expect(sel.col).toBe(4);
    await page.screenshot({ path: join(SHOTS, 'pane-big.png') });
  }, 240_000);

  test('English when Office speaks English', async () => {
    await page.goto(`${served.origin}/taskpane.html?lang=en-US`);
    await page.getByTestId('roster-line').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('start').textContent()).toBe('Start check');
    await page.screenshot({ path: join(SHOTS, 'pane-en.png'), fullPage: true });
  });

  test('no request left localhost and the page threw nothing', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
