// The 补贴台账 section's controller over the fake host: the status line, 登记入账 once and twice, the
// 对照补贴台账核验 toggle, and 导入花名册到台账 from CSV and .xlsx files.
import ExcelJS from 'exceljs';
import { LEDGER_SHEET, parseLedgerGrid } from '../../src/core/ledger';
import type { ReadXlsxSheets } from '../../src/taskpane/files/roster';
import { worksheetGrid } from '../../src/xlsx/grid';
import { ruleTitle } from '../../src/taskpane/state/findings';
import type { PaneState } from '../../src/taskpane/state/types';
import { gridOf } from '../helpers/grid';
import type { Rows } from './fakeLedger';
import { importCsv, IMPORT_FILE, LATER_SHEET, laterRoster, REPEATS } from './fixture/ledger';
import { FAULTS, TRAINEES } from './fixture/roster';
import { setup } from './helpers';
import { BUILTIN_POLICIES } from '../../src/core/policy/profiles';
import { PaneController, type PaneDeps } from '../../src/taskpane/state/controller';
import { initialState } from '../../src/taskpane/state/reducer';
import { createStore } from '../../src/taskpane/state/store';
import { inlineRunner } from '../../src/taskpane/worker/runner';
import { CLAIM_FORM } from '../fixtures/claim-info';

/** helpers' setup with extra pane dependencies (the .xlsx sheet reader) */
function setupWith(deps: Partial<PaneDeps>) {
  const base = setup();
  const store = createStore(initialState('zh-CN', BUILTIN_POLICIES[0].id));
  const ctl = new PaneController({ host: base.host, runner: inlineRunner, ...deps }, store.dispatch, store.getState);
  return { host: base.host, ctl, state: store.getState };
}

const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;

function ledgerOf(rows: Rows | undefined) {
  return rows ? parseLedgerGrid(gridOf(rows, { shown: true }), LEDGER_SHEET) : null;
}

const ledgerCodes = (s: PaneState) => (s.result?.findings ?? []).filter((f) => f.code.startsWith('ledger.'));

/** The fixture roster checked and recorded in a fresh workbook; returns the ledger rows written. */
async function recordedFixture() {
  const t = setup();
  await t.ctl.open();
  await t.ctl.runCheck();
  await t.ctl.ledger.record();
  return t;
}

describe('补贴台账 over a fake host', () => {
  test('on open the status says the workbook has no ledger; 登记入账 before a check asks for one', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    expect(state().ledger.status).toMatchObject({ exists: false, records: 0 });
    expect(host.calls).toContain(`readSheetGrid:${LEDGER_SHEET}`);
    await ctl.ledger.record();
    expect(state().ledger.notice).toMatchObject({ intent: 'warning', text: '请先开始校验，再登记入账。' });
    expect(host.calls.some((c) => c.startsWith('writeLedgerPlan'))).toBe(false);
  });

  test('登记入账 appends the claimed rows with the fingerprint; pressing it again adds nothing and says so', async () => {
    const { ctl, state, host } = await recordedFixture();
    const errorRows = new Set(
      state()
        .result!.findings.filter((f) => f.severity === 'error')
        .map((f) => f.row),
    );
    const ledger = ledgerOf(host['init'].sheets![LEDGER_SHEET])!;
    expect(ledger.headerRows).toEqual([1]);
    expect(ledger.records).toHaveLength(TRAINEES - errorRows.size);
    expect(ledger.records.every((r) => r.source === '花名册' && /^[0-9a-f]{64}$/.test(r.fingerprint))).toBe(true);
    expect(ledger.records.map((r) => r.sourceRow)).not.toContain(FAULTS.checksum.row);
    const report = state().ledger.recorded!;
    expect(report).toMatchObject({ added: ledger.records.length, alreadyRecorded: false, firstRow: 2 });
    expect(report.excluded).toEqual(expect.arrayContaining([FAULTS.checksum.row, FAULTS.duplicate.row]));
    expect(state().ledger.notice?.text).toContain(`已登记入账 ${ledger.records.length} 条`);
    expect(state().ledger.status).toMatchObject({
      exists: true,
      records: ledger.records.length,
      people: ledger.records.length,
    });

    await ctl.ledger.record();
    expect(ledgerOf(host['init'].sheets![LEDGER_SHEET])!.records).toHaveLength(ledger.records.length);
    expect(host.calls.filter((c) => c.startsWith('writeLedgerPlan'))).toHaveLength(1);
    expect(state().ledger.recorded).toMatchObject({ added: 0, alreadyRecorded: true });
    expect(state().ledger.notice).toMatchObject({ intent: 'info' });
    expect(state().ledger.notice?.text).toContain('已于此前登记入账');
    expect(state().ledger.notice?.text).toContain('本次未重复登记');
  });

  test("拨付日期 and the form's institution go into the records; a malformed date is refused", async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    await ctl.runCheck();
    ctl.ledger.setPaidOn('2021-13-40');
    await ctl.ledger.record();
    expect(state().ledger.notice?.intent).toBe('error');
    ctl.ledger.setPaidOn('2021-08-10');
    ctl.claim.setInfo('institution', '郑州市金水区示范职业培训学校');
    await ctl.ledger.record();
    const rec = ledgerOf(host['init'].sheets![LEDGER_SHEET])!.records[0];
    expect(rec.paidOn).toEqual({ y: 2021, m: 8, d: 10 });
    // the institution is the 申报信息 form's
    expect(rec.institution).toBe('郑州市金水区示范职业培训学校');
  });

  test('with 对照补贴台账核验 on, a later roster repeating the ledger gets ledger findings, marked and titled', async () => {
    const first = await recordedFixture();
    const ledgerRows = first.host['init'].sheets![LEDGER_SHEET];
    const later = laterRoster();
    const { ctl, state, host } = setup({
      sheetName: LATER_SHEET,
      grid: gridOf(later.rows, { shown: true, formats: later.formats }),
      sheets: { [LEDGER_SHEET]: ledgerRows },
    });
    await ctl.open();
    await ctl.runCheck();
    expect(ledgerCodes(state())).toEqual([]);
    expect(state().ledger.checkedAgainst).toBeUndefined();
    // checked without the ledger, 登记入账 still compares: the repeats refuse it
    await ctl.ledger.record();
    expect(state().ledger.notice).toMatchObject({ intent: 'error' });
    expect(state().ledger.notice?.text).toContain('与补贴台账比对发现');
    expect(state().ledger.notice?.text).toContain('第 4、5 行');
    expect(host.calls.some((c) => c.startsWith('writeLedgerPlan'))).toBe(false);

    ctl.ledger.setCheck(true);
    await ctl.runCheck();
    const found = ledgerCodes(state());
    expect(
      found
        .filter((f) => f.code === 'ledger.same-occupation-level')
        .map((f) => f.row)
        .sort(),
    ).toEqual(REPEATS);
    expect(found.every((f) => f.severity === 'error' && f.message?.includes(LEDGER_SHEET))).toBe(true);
    expect(state().result!.byRule['ledger.same-occupation-level']).toBe(REPEATS.length);
    expect(host.lastMarks!.result.findings.some((f) => f.code === 'ledger.same-occupation-level')).toBe(true);
    expect(state().ledger.checkedAgainst).toBe(ledgerRows.length - 1);
    expect(ruleTitle('ledger.same-occupation-level', 'zh-CN')).toBe('同一职业同一等级重复补贴');

    // the repeats are left out of 登记入账, the new person is recorded
    await ctl.ledger.record();
    expect(state().ledger.recorded).toMatchObject({ added: 1, excluded: REPEATS });
  });

  test('the fixture roster checked again after it was recorded is not its own repeat', async () => {
    const { ctl, state } = await recordedFixture();
    ctl.ledger.setCheck(true);
    await ctl.runCheck();
    expect(ledgerCodes(state())).toEqual([]);
    expect(state().ledger.checkedAgainst).toBeGreaterThan(0);
  });

  test("生成申报材料 after 登记入账 claims nobody: every recorded person is left out with the ledger rule's reason", async () => {
    const { ctl, state, host } = await recordedFixture();
    const recorded = state().ledger.recorded!.added;
    expect(recorded).toBeGreaterThan(0);
    for (const [k, v] of Object.entries(CLAIM_FORM)) ctl.claim.setInfo(k as never, v as string | boolean);
    for (const include of [false, true]) {
      ctl.claim.setIncludeErrors(include);
      await ctl.claim.generate();
      expect(state().notice?.intent).toBe('success');
      // with the switch, rows with errors are claimed, never a recorded person (nor an unreadable or repeated ID)
      if (include) expect(state().claim!.persons).toBeGreaterThan(0);
      expect(state().claim!.persons + state().claim!.excluded).toBe(TRAINEES);
      expect(state().claim!.persons).toBeLessThanOrEqual(include ? TRAINEES - recorded : 0);
      const reasons = host.written.get('拨付资金汇总表')!.cells.map((c) => String(c.value ?? ''));
      expect(reasons.filter((x) => x.includes('同一职业（工种）同一等级不得重复申领'))).toHaveLength(recorded);
    }
  });

  test('导入花名册到台账: a CSV roster adds its readable rows and lists the unreadable; importing it again adds nothing', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    await ctl.ledger.importFiles([{ name: IMPORT_FILE, data: bytes(importCsv()) }]);
    expect(state().ledger.imports).toEqual([
      { file: IMPORT_FILE, rows: 3, added: 2, duplicates: 0, unreadable: [{ row: 5, value: '4.10102E+17' }] },
    ]);
    const ledger = ledgerOf(host['init'].sheets![LEDGER_SHEET])!;
    expect(ledger.records.map((r) => [r.name, r.source, r.institution, r.sourceRow])).toEqual([
      ['张伟', IMPORT_FILE, '郑州市二七区职业培训中心', 4],
      ['王芳', IMPORT_FILE, '郑州市二七区职业培训中心', 6],
    ]);
    expect(state().ledger.status).toMatchObject({ records: 2, people: 2, institutions: 1 });
    expect(state().ledger.notice).toMatchObject({ intent: 'success', text: '已从 1 个文件导入 2 条记录到补贴台账。' });

    await ctl.ledger.importFiles([{ name: IMPORT_FILE, data: bytes(importCsv()) }]);
    expect(state().ledger.imports[0]).toMatchObject({ added: 0, duplicates: 2 });
    expect(ledgerOf(host['init'].sheets![LEDGER_SHEET])!.records).toHaveLength(2);
  });

  test('导入 several files: an .xlsx roster on its second sheet, a file without a roster, .xlsx where it cannot be read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRows([['本文件为 2019 年花名册']]);
    const ws = wb.addWorksheet('花名册');
    ws.addRows(
      importCsv()
        .trim()
        .split('\r\n')
        .map((l) => l.split(',')),
    );
    const xlsx = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const readXlsxSheets: ReadXlsxSheets = async (data) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(data);
      return book.worksheets.map((w) => ({ name: w.name, grid: worksheetGrid(w) }));
    };
    const plain = setup();
    await plain.ctl.open();
    await plain.ctl.ledger.importFiles([{ name: '2019.xlsx', data: xlsx }]);
    // a pane without an .xlsx reader says so for the file
    expect(plain.state().ledger.imports[0]).toMatchObject({
      file: '2019.xlsx',
      added: 0,
      error: '此环境不能读取 .xlsx 文件',
    });
    expect(plain.state().ledger.notice?.intent).toBe('warning');

    const withXlsx = setupWith({ readXlsxSheets });
    await withXlsx.ctl.open();
    await withXlsx.ctl.ledger.importFiles([
      { name: '2019.xlsx', data: xlsx },
      { name: '说明.csv', data: bytes('只是一段说明\r\n') },
      { name: IMPORT_FILE, data: bytes(importCsv()) },
    ]);
    const reports = withXlsx.state().ledger.imports;
    expect(reports.map((r) => [r.file, r.added, r.duplicates, r.error ?? ''])).toEqual([
      ['2019.xlsx', 2, 0, ''],
      ['说明.csv', 0, 0, '未找到含身份证号码列的花名册表头'],
      [IMPORT_FILE, 0, 2, ''],
    ]);
    expect(withXlsx.state().ledger.notice).toMatchObject({
      intent: 'warning',
      text: '已从 3 个文件导入 2 条记录到补贴台账。',
    });
  });

  test('a 补贴台账 sheet without an ID column is never written to', async () => {
    const { ctl, state, host } = setup({ sheets: { [LEDGER_SHEET]: [['备忘'], ['其他内容']] } });
    await ctl.open();
    expect(state().ledger.status).toMatchObject({ exists: true, noHeader: true });
    await ctl.ledger.importFiles([{ name: IMPORT_FILE, data: bytes(importCsv()) }]);
    expect(state().ledger.notice?.intent).toBe('error');
    expect(host.calls.some((c) => c.startsWith('writeLedgerPlan'))).toBe(false);
  });
});
