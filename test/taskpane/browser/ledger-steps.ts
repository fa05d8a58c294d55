// The 补贴台账 steps of the browser test (registered by pane.browser.test.ts inside its describe, in
// order): on a fresh page, check the fixture roster and 登记入账 it twice (the double's 补贴台账 sheet
// gets the claimed rows once), then open a later roster repeating two of those people for the same
// occupation and level, check it with 对照补贴台账核验 switched on with the keyboard, and see
// ledger.same-occupation-level listed, titled and marked; import a roster CSV; screenshot pane-ledger.png.
import { join } from 'path';
import type { Page } from 'playwright-core';
import { LEDGER_SHEET } from '../../../src/core/ledger';
import { importCsv, IMPORT_FILE, LATER_SHEET, laterRoster, REPEATS } from '../fixture/ledger';
import { FAULTS, TRAINEES } from '../fixture/roster';

export interface LedgerStepsContext {
  page(): Page;
  origin(): string;
  dbl<T>(fn: string, ...args: unknown[]): Promise<T>;
  shots: string;
}

/** rows of the fixture with error findings: left out of the claim, so not recorded */
const LEFT_OUT = [
  FAULTS.checksum.row,
  FAULTS.duplicate.row,
  FAULTS.duplicate.of,
  FAULTS.oldRate.row,
  FAULTS.noUplift.row,
];
const RECORDED = TRAINEES - LEFT_OUT.length;

async function waitText(page: Page, testId: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, t]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes(t) ?? false,
    [testId, text] as const,
    { timeout: 30_000 },
  );
}

export function ledgerSteps(c: LedgerStepsContext): void {
  test('补贴台账: 登记入账 once writes the claimed rows, twice adds nothing and says so', async () => {
    const page = c.page();
    await page.goto(`${c.origin()}/taskpane.html`);
    await page.getByTestId('roster-line').waitFor({ timeout: 30_000 });
    await waitText(page, 'ledger-status', '未建立补贴台账');
    expect(await page.getByTestId('ledger-record').isDisabled()).toBe(true);
    await page.getByTestId('start').click();
    await waitText(page, 'notice', `已核验 ${TRAINEES} 名学员`);
    // the institution of the records comes from the 申报信息 form
    await page.getByTestId('info-institution').fill('郑州市金水区示范职业培训学校');
    await page.getByTestId('ledger-record').click();
    await waitText(page, 'ledger-notice', `已登记入账 ${RECORDED} 条`);
    expect(await c.dbl<string[]>('sheetNames')).toContain(LEDGER_SHEET);
    expect(await c.dbl<number>('lastRow', LEDGER_SHEET)).toBe(1 + RECORDED);
    expect(await c.dbl<{ value: unknown }>('cell', 'A1', LEDGER_SHEET)).toMatchObject({ value: '身份证号码' });
    expect(await c.dbl<{ value: unknown }>('cell', 'J2', LEDGER_SHEET)).toMatchObject({
      value: '郑州市金水区示范职业培训学校',
    });
    const id = await c.dbl<{ value: unknown; numberFormat: string }>('cell', 'A2', LEDGER_SHEET);
    expect(typeof id.value).toBe('string');
    expect(id.numberFormat).toBe('@');
    await waitText(page, 'ledger-status', `${RECORDED} 条记录，${RECORDED} 人，1 家培训机构`);

    await page.getByTestId('ledger-record').click();
    await waitText(page, 'ledger-notice', '本次未重复登记');
    expect(await c.dbl<number>('lastRow', LEDGER_SHEET)).toBe(1 + RECORDED);
  });

  test('补贴台账: a later roster repeating the ledger gets ledger.same-occupation-level, listed, titled and marked', async () => {
    const page = c.page();
    const later = laterRoster();
    await c.dbl('addRoster', LATER_SHEET, later.rows, later.formats);
    // the toggle with the keyboard alone
    await page.getByTestId('ledger-check').focus();
    await page.keyboard.press('Space');
    expect(await page.getByTestId('ledger-check').isChecked()).toBe(true);
    await page.getByTestId('start').click();
    await waitText(page, 'notice', '已核验 3 名学员');
    const found = await page
      .locator('[data-testid="finding"][data-code="ledger.same-occupation-level"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row'))));
    expect(found.sort()).toEqual(REPEATS);
    expect(await page.getByTestId('results').textContent()).toContain('同一职业同一等级重复补贴');
    await page.getByTestId('filter-rule').selectOption('ledger.same-occupation-level');
    expect(await page.getByTestId('finding').count()).toBe(REPEATS.length);
    expect(await page.getByTestId('finding').first().textContent()).toContain(LEDGER_SHEET);
    // marked in place: the finding's cell (the occupation column) is filled and carries the reason
    const col = Number(await page.getByTestId('finding').first().getAttribute('data-col'));
    const cell = await c.dbl<{ fill: string | null; note: string | null }>(
      'cell',
      `${String.fromCharCode(64 + col)}${REPEATS[0]}`,
      LATER_SHEET,
    );
    expect(cell.fill).not.toBeNull();
    expect(cell.note).toContain('同一职业');
    await waitText(page, 'ledger-checked', `对照台账 ${RECORDED} 条记录`);
  });

  test('补贴台账: 导入花名册到台账 reads a roster CSV in the pane and shows what it added and what it could not read', async () => {
    const page = c.page();
    await page
      .getByTestId('ledger-import')
      .setInputFiles({ name: IMPORT_FILE, mimeType: 'text/csv', buffer: Buffer.from(importCsv(), 'utf8') });
    await waitText(page, 'ledger-import-report', '新增 2 条');
    expect(await page.getByTestId('ledger-unreadable').textContent()).toContain('4.10102E+17');
    expect(await c.dbl<number>('lastRow', LEDGER_SHEET)).toBe(1 + RECORDED + 2);
    await waitText(page, 'ledger-status', `${RECORDED + 2} 条记录`);
    await page.getByTestId('ledger').scrollIntoViewIfNeeded();
    await page.getByTestId('ledger').screenshot({ path: join(c.shots, 'pane-ledger.png') });
    await page.getByTestId('results').screenshot({ path: join(c.shots, 'pane-ledger-findings.png') });
  });
}
