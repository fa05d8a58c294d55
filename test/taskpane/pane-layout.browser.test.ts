// The pane as a clerk first sees it in a narrow Excel task pane (320 and 350 px wide, 600 high), in headless
// Chromium with an en-US browser locale over the Office.js double (Office itself speaks Chinese): the action
// bar stays in view, 开始校验 is within 5 Tab stops, one sample-catalog warning, no raw rule code in the text,
// dates in YYYY-MM-DD whatever the browser locale, and axe-core finds no serious or critical violation in
// any state (open, results, stale, fix preview, claim form). Screenshots go to test-output/screenshots/.
import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ALL_RULES } from '../../src/core';
import { ROOT } from './browser/build';
import { describeWithChromium, openPaneBrowser, type PaneBrowser, SHOTS } from './browser/launch';
import type { Served } from './browser/serve';
import { CLAIM_FORM_TEXT } from '../fixtures/claim-info';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const HEIGHT = 600;
const maybe = describeWithChromium('pane-layout.browser.test.ts');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** serious and critical axe-core violations of the page as it is now */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** the action bar's box lies inside the viewport, at the top of the page and scrolled to the bottom */
async function expectBarInView(page: Page): Promise<void> {
  for (const y of [0, 1e6]) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    const box = (await page.getByTestId('run-bar').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
    const start = (await page.getByTestId('start').boundingBox())!;
    expect(start.y + start.height).toBeLessThanOrEqual(HEIGHT);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const CODES = ALL_RULES.map((r) => r.code);

async function expectNoRawCodes(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  expect(CODES.filter((c) => text.includes(c))).toEqual([]);
}

async function expectOneWarning(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text.split('正在使用内置示例职业目录').length - 1).toBe(1);
  expect(await page.getByTestId('sample-warning').count()).toBe(1);
}

/** every check of a state, then its screenshot scrolled to what the state is about (the bar still on top) */
async function checkState(page: Page, width: number, state: string, focus?: string): Promise<void> {
  await expectBarInView(page);
  await expectNoRawCodes(page);
  await expectOneWarning(page);
  expect(await axeViolations(page)).toEqual([]);
  if (focus) {
    await page.getByTestId(focus).evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const box = (await page.getByTestId('run-bar').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
  }
  await page.screenshot({ path: join(SHOTS, `pane-${width}-${state}.png`) });
}

maybe.each([320, 350])('task pane at %i px, en-US browser locale', (width) => {
  let b: PaneBrowser;
  let served: Served;
  let page: Page;
  let pageErrors: string[] = [];
  const dbl = <T>(fn: string, ...args: unknown[]) => b.dbl<T>(fn, ...args);

  beforeAll(async () => {
    b = await openPaneBrowser({
      profile: 'roster-pane-layout',
      viewport: { width, height: HEIGHT },
      locale: 'en-US',
      timezoneId: 'America/New_York',
      acceptDownloads: true,
      extraArgs: ['--lang=en-US'],
    });
    ({ page, served, pageErrors } = b);
    await page.goto(`${served.origin}/taskpane.html`);
    await page.getByTestId('roster-line').waitFor({ timeout: 30_000 });
  }, 240_000);

  afterAll(async () => {
    await b?.close();
  });

  test('open: the browser speaks en-US; 开始校验 within 5 Tab stops; mapping in one line', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    expect(await page.getByTestId('mapping-summary').textContent()).toMatch(/^已识别 \d+ 列，全部必需列已找到/);
    expect(await page.locator('select[data-field="id"]').count()).toBe(0);
    await page.locator('body').focus();
    let stops = 0;
    for (; stops < 5; stops++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'start') break;
    }
    expect(stops).toBeLessThan(5);
    await checkState(page, width, 'open');
  });

  test('open: what the reader noticed (title rows, merges, near headers) is listed under 读取说明', async () => {
    const notes = page.getByTestId('layout-notes');
    const summary = (await notes.locator('summary').textContent()) ?? '';
    const n = Number(/^读取说明（(\d+) 条）$/.exec(summary)?.[1]);
    expect(n).toBeGreaterThan(0);
    await notes.locator('summary').click();
    expect(await notes.locator('li').count()).toBe(n);
    expect(await notes.locator('li').first().isVisible()).toBe(true);
    await notes.locator('summary').click();
  });

  test('results: findings with Chinese rule titles, codes only in tooltips', async () => {
    await page.getByTestId('start').click();
    await page.getByTestId('totals').waitFor({ timeout: 30_000 });
    await page.getByTestId('start').and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="by-rule"] td[title="id.checksum"]').textContent()).toBe(
      '身份证校验码错误',
    );
    await checkState(page, width, 'results', 'totals');
  });

  test('the findings follow the selection in the sheet', async () => {
    await dbl('click', 'D9');
    await page.locator('[data-testid="finding"][data-current="true"]').first().waitFor({ timeout: 10_000 });
    const current = await page
      .locator('[data-testid="finding"][data-current="true"]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-row')}:${e.getAttribute('data-col')}`));
    expect(current).toEqual(['9:4']);
  });

  test('stale: an edit is checked again by itself (a small roster); a setting change waits for 重新校验', async () => {
    // an edit on a 40-trainee roster: the pane checks it again at once and row 13's new finding appears
    await dbl('edit', 'N13', [[1234]]);
    await page.getByTestId('filter-rule').selectOption('rate.mismatch');
    await page.locator('[data-testid="finding"][data-row="13"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('filter-rule').selectOption('all');
    expect(await page.getByTestId('stale').count()).toBe(0);
    // a policy change (and back): the result says it may be out of date until 重新校验
    const policy = page.getByTestId('policy-select');
    const current = await policy.inputValue();
    const other = await policy
      .locator('option')
      .evaluateAll((els, cur) => els.map((e) => (e as HTMLOptionElement).value).find((v) => v !== cur), current);
    await policy.selectOption(other!);
    await policy.selectOption(current);
    await page.getByTestId('stale').waitFor();
    expect(await page.getByTestId('stale').textContent()).toContain('结果可能已过期');
    await checkState(page, width, 'stale');
    await page.getByTestId('recheck').click();
    await page.getByTestId('stale').waitFor({ state: 'detached', timeout: 30_000 });
  });

  test('fix preview: 将修改 N 个单元格 and the undo note, nothing written until 确认修改', async () => {
    const before = await dbl<{ value: unknown }>('cell', 'N17');
    await page.getByTestId('fix-amounts').click();
    await page.getByTestId('fix-preview').waitFor();
    expect(await page.getByTestId('fix-count').textContent()).toBe('将修改 3 个单元格');
    expect(await page.getByTestId('fix-preview').textContent()).toContain('撤消');
    expect(await dbl<{ value: unknown }>('cell', 'N17')).toEqual(before);
    await checkState(page, width, 'fix-preview', 'fix-preview');
    await page.getByTestId('fix-cancel').click();
  });

  test('claim form: dates in YYYY-MM-DD or 2021年7月1日 under an en-US browser', async () => {
    const input = page.getByTestId('info-assessmentDate');
    expect(await input.getAttribute('type')).toBe('text');
    expect(await input.getAttribute('placeholder')).toContain('YYYY-MM-DD');
    await input.fill('2021年7月1日');
    await input.blur();
    expect(await input.inputValue()).toBe('2021-07-01');
    await page.getByTestId('info-noticeStart').fill('2021-07-05');
    await checkState(page, width, 'claim', 'info-assessmentDate');
  });

  test('填入应发金额 on one finding: preview of 1 cell, applied on 确认修改, then checked again', async () => {
    const item = page.locator('li').filter({ has: page.locator('[data-testid="finding"][data-row="17"]') });
    await item.getByTestId('fix-amount-one').click();
    expect(await page.getByTestId('fix-count').textContent()).toBe('将修改 1 个单元格');
    const before = await dbl<{ value: unknown }>('cell', 'N17');
    await page.getByTestId('fix-apply').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已核验'),
      null,
      { timeout: 30_000 },
    );
    const after = await dbl<{ value: unknown }>('cell', 'N17');
    expect(after.value).not.toEqual(before.value);
    expect(await page.locator('[data-testid="finding"][data-row="17"]').count()).toBe(0);
  });

  test('导出问题清单 .csv and 只生成公示名单 (.xlsx with the notice alone) arrive as downloads', async () => {
    const csv = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const csvFile = await (await csv).path();
    const text = readFileSync(csvFile, 'utf8');
    expect(text.startsWith('\uFEFF行,列,单元格')).toBe(true);
    expect(text).toContain('id.checksum');
    // 公示名单 alone needs neither the assessment date nor the notice start
    const form = Object.entries(CLAIM_FORM_TEXT).filter(([k]) => k !== 'assessmentDate' && k !== 'noticeStart');
    for (const [k, v] of form) await page.getByTestId(`info-${k}`).fill(v);
    await page.getByTestId('info-agreementOnFile').check();
    const xlsx = page.waitForEvent('download');
    await page.getByTestId('notice-only').click();
    const download = await xlsx;
    expect(download.suggestedFilename()).toBe('公示名单.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['公示名单']);
    expect((await dbl<string[]>('sheetNames')).includes('公示名单')).toBe(false);
  });

  test('the page threw nothing', () => {
    expect(pageErrors).toEqual([]);
  });
});
