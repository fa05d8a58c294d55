// 生成申报材料 in an Excel without Worksheet.pageLayout (ExcelApi below 1.9, e.g. Excel 2019): the host
// reports print: false and the pane says the print setup was skipped (降级), in the pane language.
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import type { InfoDraft } from '../../src/taskpane/state/info';
import { setup } from './helpers';
import { CLAIM_FORM as FORM } from '../fixtures/claim-info';

test.each([true, false])('print setup written: %s — the notice says 降级 only when it was skipped', async (print) => {
  const { ctl, state, host } = setup();
  await ctl.open();
  await ctl.runCheck();
  const write = host.writeSheets.bind(host);
  host.writeSheets = async (sheets, opts) => ({ ...(await write(sheets, opts)), print });
  for (const [k, v] of Object.entries(FORM)) ctl.claim.setInfo(k as keyof InfoDraft, v as string | boolean);
  await ctl.claim.generate();
  const notice = state().notice!;
  expect(notice.text.includes(zhCN.printSkipped)).toBe(!print);
  if (!print) expect(notice.intent).toBe('warning');
});
