// The built task pane in headless Chromium over the WPS 表格 object-model double (taskpane-wps.html of the
// test build: no office.js; test/wps-double/browser-entry.ts puts the double on window.Application first),
// so the pane detects WPS and runs src/wps. Check → marks, a finding selects its cell, 清除标记 restores.
// Screenshots under test-output/screenshots/wps-*.png.
import { existsSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { TEST_DIST } from '../taskpane/browser/build';
import { describeWithChromium, openPaneBrowser, type PaneBrowser, SHOTS } from '../taskpane/browser/launch';
import type { Served } from '../taskpane/browser/serve';
import { FAULTS, FIRST_DATA_ROW, LAST_DATA_ROW, TRAINEES } from '../taskpane/fixture/roster';

const maybe = describeWithChromium('wps-pane.browser.test.ts');

maybe('task pane in headless Chromium over the WPS 表格 double', () => {
  let b: PaneBrowser;
  let served: Served;
  let page: Page;
  let outside: string[] = [];
  let pageErrors: string[] = [];

  const dbl = <T>(fn: string, ...args: unknown[]) => b.dbl<T>(fn, ...args);

  beforeAll(async () => {
    if (!existsSync(join(TEST_DIST, 'taskpane-wps.html'))) process.env.ROSTER_PANE_REBUILD = '1';
    b = await openPaneBrowser({ profile: 'roster-wps-chromium', doubleGlobal: '__wpsDouble' });
    ({ page, served, outside, pageErrors } = b);
  }, 600_000);

  afterAll(async () => {
    await b?.close();
  });

  test('the pane starts over WPS and finds the roster', async () => {
    await page.goto(`${served.origin}/taskpane-wps.html`);
    const line = page.getByTestId('roster-line');
    await line.waitFor({ timeout: 30_000 });
    expect(await line.textContent()).toContain(`第 ${FIRST_DATA_ROW}–${LAST_DATA_ROW} 行，共 ${TRAINEES} 名学员`);
    // every required column found: the mapping is one line until 修改 opens it
    expect(await page.getByTestId('mapping-summary').textContent()).toContain('全部必需列已找到');
    await page.getByTestId('mapping-edit').click();
    expect(await page.locator('select[data-field="id"]').inputValue()).toBe('4');
    await page.screenshot({ path: join(SHOTS, 'wps-pane-open.png'), fullPage: true });
  }, 60_000);

  let before: Record<string, string>;
  test('开始校验 marks the faulty cells through the WPS object model', async () => {
    before = await dbl<Record<string, string>>('marks');
    await page.getByTestId('start').click();
    await page.getByTestId('totals').waitFor({ timeout: 30_000 });
    await page.getByTestId('start').and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('total-error').textContent()).toMatch(/错误\s*5/);
    const marked = await dbl<{ fill: string | null; note: string | null }>('cell', `D${FAULTS.checksum.row}`);
    expect(marked.fill).toBe('#FFC7CE');
    expect(marked.note).toMatch(/^花名册核验：/);
    const sheets = await dbl<{ name: string; visibility: string }[]>('sheets');
    expect(sheets).toContainEqual({ name: '校验结果-花名册', visibility: 'Visible' });
    expect(sheets).toContainEqual({ name: '_RosterCheckMarks', visibility: 'VeryHidden' });
    expect(await dbl<string>('activeSheet')).toBe('花名册');
    await page.screenshot({ path: join(SHOTS, 'wps-pane-results.png'), fullPage: true });
  }, 90_000);

  test('clicking a finding selects its cell', async () => {
    await page.locator(`[data-testid="finding"][data-code="id.checksum"][data-row="${FAULTS.checksum.row}"]`).click();
    await page.waitForFunction(
      ([r, c]) => {
        const s = (
          window as unknown as { __wpsDouble: { selection(): { row: number; col: number } | null } }
        ).__wpsDouble.selection();
        return !!s && s.row === r && s.col === c;
      },
      [FAULTS.checksum.row, FAULTS.checksum.col] as const,
      { timeout: 10_000 },
    );
  });

  test('清除标记 puts back exactly the fills and notes the cells had', async () => {
    expect(await dbl<Record<string, string>>('marks')).not.toEqual(before);
    await page.getByTestId('clear').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已清除标记'),
      null,
      { timeout: 30_000 },
    );
    expect(await dbl<Record<string, string>>('marks')).toEqual(before);
    expect(await dbl<Record<string, string>>('marks')).toMatchObject({ D30: '#FFFF00|待核实：与第12行疑似同一人' });
    await page.screenshot({ path: join(SHOTS, 'wps-pane-cleared.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);
});
