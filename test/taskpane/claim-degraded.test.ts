// 生成申报材料 in an Excel without Worksheet.pageLayout (ExcelApi below 1.9, e.g. Excel 2019): the host
// reports print: false and the pane says the print setup was skipped (降级), in the pane language.
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import type { InfoDraft } from '../../src/taskpane/state/info';
import { setup } from './helpers';

const FORM: InfoDraft = {
  institution: '郑州市金水区示范职业培训学校',
  contact: '王丽',
  phone: '0371-65551234',
  bankName: '中国工商银行郑州金水路支行',
  bankAccount: '1702 0201 0920 0123 456',
  batch: '2021年第3期',
  trainingMode: '委托培训',
  assessmentDate: '2021-07-01',
  noticeStart: '2021-07-05',
  fundSource: '职业技能提升行动资金',
  plannedPersons: '40',
  supervisingDept: '金水区人力资源和社会保障局',
  agreementOnFile: true,
};

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
