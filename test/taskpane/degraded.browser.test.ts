// The built pane in headless Chromium over the Office.js double playing an older Excel (?excelApi=…, the
// version modes of test/office-double/versions.ts): Excel 2019 (ExcelApi 1.7: no RangeAreas, no notes or
// comments) and Excel 2021 (1.14: threaded comments, no notes). The check marks the faulty cells, the pane
// says what this Excel could not do (降级), and 清除标记 puts the clerk's fills and notes back. Screenshots:
// test-output/screenshots/pane-excel-2019.png and pane-excel-2021.png.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildTestBundle, ROOT, TEST_DIST } from './browser/build';
import { serveDir, type Served } from './browser/serve';
import { FAULTS } from './fixture/roster';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(`SKIPPED degraded.browser.test.ts: ${CHROMIUM} is missing (apt-get install -y chromium)`);
const maybe = haveChromium ? describe : describe.skip;

type Marks = Record<string, string>;
interface Cell {
  fill: string | null;
  note: string | null;
  comment: string | null;
}

maybe('the pane in older Excel versions (headless Chromium, Office.js double)', () => {
  let served: Served;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  const dbl = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(
      ([f, a]) =>
        (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).__rosterDouble[f as string](
          ...(a as unknown[]),
        ),
      [fn, args] as const,
    ) as Promise<T>;

  beforeAll(async () => {
    buildTestBundle();
    mkdirSync(SHOTS, { recursive: true });
    served = await serveDir(TEST_DIST);
    profile = mkdtempSync(join(tmpdir(), 'roster-degraded-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      viewport: { width: 380, height: 900 },
      locale: 'zh-CN',
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await served?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
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
