// The built pane in headless Chromium over the Office.js double playing an older Excel (?excelApi=…, the
// version modes of test/office-double/versions.ts): Excel 2019 (ExcelApi 1.7: no RangeAreas, no notes or
// comments) and Excel 2021 (1.14: threaded comments, no notes). The check marks the faulty cells, the pane
// says what this Excel could not do (降级), and 清除标记 puts the clerk's fills and notes back. Screenshots:
// test-output/screenshots/pane-excel-2019.png and pane-excel-2021.png.
import { join } from 'path';
import type { Page } from 'playwright-core';
import { describeWithChromium, openPaneBrowser, type PaneBrowser, SHOTS } from './browser/launch';
import type { Served } from './browser/serve';
import { FAULTS } from './fixture/roster';

const maybe = describeWithChromium('degraded.browser.test.ts');

type Marks = Record<string, string>;
interface Cell {
  fill: string | null;
  note: string | null;
  comment: string | null;
}

maybe('the pane in older Excel versions (headless Chromium, Office.js double)', () => {
  let b: PaneBrowser;
  let served: Served;
  let page: Page;

  const dbl = <T>(fn: string, ...args: unknown[]) => b.dbl<T>(fn, ...args);

  beforeAll(async () => {
    b = await openPaneBrowser({ profile: 'roster-degraded-chromium' });
    ({ page, served } = b);
  }, 240_000);

  afterAll(async () => {
    await b?.close();
  });

  const cases: [string, string, string, (c: Cell) => void][] = [
    ['excel-2019', '1.7', '逐段填色', (c) => expect([c.note, c.comment]).toEqual([null, null])],
    [
      'excel-2021',
      '1.14',
      '原因写在批注中',
      (c) => {
        expect(c.note).toBeNull();
        expect(c.comment).toMatch(/身份证/);
      },
    ],
  ];

  test.each(cases)('%s (ExcelApi %s): marks, says 降级, clears', async (mode, excelApi, word, onCell) => {
    await page.goto(`${served.origin}/taskpane.html?excelApi=${excelApi}`);
    await page.getByTestId('roster-line').waitFor({ timeout: 30_000 });
    const before = await dbl<Marks>('marks');
    await page.getByTestId('start').click();
    await page.getByTestId('totals').waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已标记'),
      null,
      {
        timeout: 30_000,
      },
    );
    const notice = (await page.getByTestId('notice').textContent()) ?? '';
    expect(notice).toContain('降级');
    expect(notice).toContain(word);
    const faulty = await dbl<Cell>('cell', `D${FAULTS.checksum.row}`);
    expect(faulty.fill).toBe('#FFC7CE');
    onCell(faulty);
    await page.screenshot({ path: join(SHOTS, `pane-${mode}.png`), fullPage: true });
    await page.getByTestId('clear').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="notice"]')?.textContent?.includes('已清除标记'),
      null,
      { timeout: 30_000 },
    );
    expect(await dbl<Marks>('marks')).toEqual(before);
  });
});
