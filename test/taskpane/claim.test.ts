// 申报信息 and 生成申报材料 in the pane controller, over the fake host.
import { SHEET_NAMES } from '../../src/core/claim';
import { shownValue } from '../../src/core/sheet';
import { draftOf, infoInput, validateInfo, type InfoDraft } from '../../src/taskpane/state/info';
import { enUS } from '../../src/taskpane/i18n/en-US';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { flush, setup } from './helpers';
import { CLAIM_FORM as FORM } from '../fixtures/claim-info';

async function checked(init: Parameters<typeof setup>[0] = {}) {
  const env = setup(init);
  await env.ctl.open();
  await env.ctl.runCheck();
  return env;
}

function fill(ctl: Awaited<ReturnType<typeof checked>>['ctl'], form: InfoDraft): void {
  for (const [k, v] of Object.entries(form)) ctl.claim.setInfo(k as keyof InfoDraft, v as string | boolean);
}

const texts = (host: Awaited<ReturnType<typeof checked>>['host'], sheet: string) =>
  host.written.get(sheet)!.cells.map((c) => String(shownValue(c.value)));

describe('the 申报信息 form', () => {
  test('the draft becomes the schema input: blanks left out, the count a number, unknown saved keys dropped', () => {
    expect(infoInput({ institution: ' 学校 ', remark: '  ', plannedPersons: '40', agreementOnFile: false })).toEqual({
      institution: '学校',
      plannedPersons: 40,
      agreementOnFile: false,
    });
    expect(draftOf({ institution: '学校', plannedPersons: 40, bogus: 'x', contact: { a: 1 } })).toEqual({
      institution: '学校',
      plannedPersons: '40',
    });
    expect(draftOf('junk')).toEqual({});
  });

  test('every bad field gets its own message, in the pane language', () => {
    const zh = validateInfo(
      { ...FORM, phone: 'abc', bankAccount: '12', institution: '', plannedPersons: 'forty', noticeStart: '2021-02-30' },
      'zh-CN',
      { required: zhCN.infoRequired, notNumber: zhCN.infoNotNumber },
    );
    expect(zh.info).toBeUndefined();
    expect(zh.errors).toEqual({
      institution: '此项必填',
      phone: '电话号码格式不对',
      bankAccount: '银行帐号应为 8–32 位数字',
      plannedPersons: '请输入整数',
      noticeStart: '2021-02-30 不是有效日期',
    });
    const en = validateInfo({ ...FORM, phone: 'abc' }, 'en-US', {
      required: enUS.infoRequired,
      notNumber: enUS.infoNotNumber,
    });
    expect(en.errors).toEqual({ phone: 'not a phone number' });
    const ok = validateInfo(FORM, 'zh-CN', { required: '', notNumber: '' });
    expect(ok.info).toMatchObject({
      bankAccount: '1702020109200123456',
      plannedPersons: 40,
      noticeStart: { y: 2021, m: 7, d: 5 },
      hrDept: '人力资源和社会保障局',
    });
  });
});

describe('生成申报材料', () => {
  test('before a check it asks for one and writes nothing', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    fill(ctl, FORM);
    await ctl.claim.generate();
    expect(state().notice).toEqual({ intent: 'warning', text: zhCN.claimNeedsCheck });
    expect(host.calls.some((c) => c.startsWith('writeSheets'))).toBe(false);
  });

  test('an incomplete form shows the field errors inline, saves what was typed, writes nothing', async () => {
    const { ctl, state, host } = await checked();
    fill(ctl, { institution: '学校', phone: '12' });
    await ctl.claim.generate();
    const s = state();
    expect(s.phase).toBe('idle');
    expect(s.infoErrors).toMatchObject({
      contact: '此项必填',
      phone: '电话号码格式不对',
      noticeStart: '此项必填',
      plannedPersons: '此项必填',
    });
    expect(s.infoErrors.institution).toBeUndefined();
    expect(s.notice?.intent).toBe('error');
    expect(host.calls.some((c) => c.startsWith('writeSheets'))).toBe(false);
    await flush();
    expect(host.settings.info).toEqual({ institution: '学校', phone: '12' });
    // typing in a field clears its error
    ctl.claim.setInfo('phone', '0371-65551234');
    expect(state().infoErrors.phone).toBeUndefined();
  });

  test('a complete form: the four sheets are written, totals and rows left out are shown, the form is kept', async () => {
    const { ctl, state, host } = await checked();
    fill(ctl, FORM);
    await ctl.claim.generate();
    const s = state();
    expect(s.phase).toBe('idle');
    expect(s.notice?.intent).toBe('success');
    expect(host.calls.filter((c) => c.startsWith('writeSheets'))).toEqual([
      `writeSheets:${Object.values(SHEET_NAMES).join(',')}`,
    ]);
    const errorRows = new Set(s.result!.findings.filter((f) => f.severity === 'error').map((f) => f.row));
    expect(s.claim).toMatchObject({
      persons: 40 - errorRows.size,
      excluded: errorRows.size,
      includeErrorRows: false,
      sheets: Object.values(SHEET_NAMES),
    });
    const summary = host.written.get(SHEET_NAMES.summary)!;
    const mark = summary.cells.find((c) => String(c.value).startsWith('附：未纳入'))!;
    expect(s.claim!.excludedAt).toEqual({ sheet: SHEET_NAMES.summary, row: mark.row });
    expect(texts(host, SHEET_NAMES.summary)).toContain(String(s.claim!.fen / 100));
    await ctl.claim.showExcluded();
    expect(host.selected).toEqual({ sheet: SHEET_NAMES.summary, row: mark.row, col: 1 });
    await flush();
    expect(host.settings.info).toMatchObject({
      institution: FORM.institution,
      plannedPersons: '40',
      agreementOnFile: true,
    });
  });

  test('a notice reaching a year the holiday calendar lacks: the form asks for 公示截止日期, then the notice says it was set by hand', async () => {
    const { ctl, state, host } = await checked();
    fill(ctl, { ...FORM, noticeStart: '2026-12-31' });
    await ctl.claim.generate();
    expect(state().notice?.intent).toBe('error');
    expect(state().infoErrors.noticeEnd).toContain('2027');
    expect(host.calls.some((c) => c.startsWith('writeSheets'))).toBe(false);
    ctl.claim.setInfo('noticeEnd', '2027-01-06');
    await ctl.claim.generate();
    expect(state().notice?.intent).toBe('success');
    expect(state().infoErrors.noticeEnd).toBeUndefined();
    expect(
      texts(host, SHEET_NAMES.notice).some((x) => x.includes('2027年1月6日') && x.includes('截止日期系手工填写')),
    ).toBe(true);
  });

  test('the switch claims the rows with errors too', async () => {
    const { ctl, state, host } = await checked();
    fill(ctl, FORM);
    ctl.claim.setIncludeErrors(true);
    await ctl.claim.generate();
    // every row is claimed except those whose ID cannot be read or repeats (never claimed nor published)
    expect(state().claim).toMatchObject({ persons: 38, excluded: 2, includeErrorRows: true });
    const left = texts(host, SHEET_NAMES.summary).filter((t) => /^第\d+行/.test(t));
    expect(left).toHaveLength(2);
    for (const t of left) expect(t).toMatch(/身份证号码(无法识别|在花名册中重复)，不能纳入申领或公示/);
  });

  test('the form comes back from the document; an English pane still writes Chinese reasons', async () => {
    const { ctl, state, host } = await checked({ settings: { info: { ...FORM } }, language: 'en-US' });
    expect(state().info).toEqual(FORM);
    await ctl.claim.generate();
    expect(state().notice?.text).toBe(`Wrote ${Object.values(SHEET_NAMES).join('、')}.`);
    const summary = texts(host, SHEET_NAMES.summary).join('\n');
    expect(summary).toContain('校验码错误');
    expect(summary).not.toMatch(/check (digit|character)/i);
  });

  test('a check run on a claim sheet is refused', async () => {
    const { ctl, state, host } = await checked({ sheetName: SHEET_NAMES.notice });
    fill(ctl, FORM);
    await ctl.claim.generate();
    expect(state().notice).toEqual({ intent: 'error', text: zhCN.claimOnClaimSheet(SHEET_NAMES.notice) });
    expect(host.calls.some((c) => c.startsWith('writeSheets'))).toBe(false);
  });
});
