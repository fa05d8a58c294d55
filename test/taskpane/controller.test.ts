import { REQUIRED_FIELDS } from '../../src/core/types';
import { CUSTOM_POLICY_ID } from '../../src/taskpane/state/types';
import { flush, setup } from './helpers';
import { FAULTS, FIRST_DATA_ROW, HEADER_ROW, LAST_DATA_ROW, TRAINEES } from './fixture/roster';

describe('pane controller over a fake host', () => {
  test('open finds the roster below the title lines and maps the required fields', async () => {
    const { ctl, state } = setup();
    await ctl.open();
    const s = state();
    expect(s.phase).toBe('idle');
    expect(s.sheetName).toBe('花名册');
    expect(s.layout?.headerRows).toEqual([HEADER_ROW]);
    expect(s.layout?.firstDataRow).toBe(FIRST_DATA_ROW);
    expect(s.layout?.dataRows).toHaveLength(TRAINEES);
    expect(s.layout?.lastDataRow).toBe(LAST_DATA_ROW);
    expect(s.layout?.missing).toEqual([]);
    const mapped = new Map(s.layout?.columns.map((c) => [c.field, c.col]));
    for (const f of REQUIRED_FIELDS) expect(mapped.get(f)).toBeGreaterThan(0);
    expect(mapped.get('id')).toBe(4);
    expect(s.sheets).toContain('职业目录');
  });

  test('unmapping a required field calls it out, blocks the check and is saved', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    ctl.setMapping('name', 0);
    expect(state().layout?.missing).toContain('name');
    await flush();
    expect(host.settings.mapping).toEqual({ name: 0 });
    await ctl.runCheck();
    expect(host.calls.some((c) => c.startsWith('writeMarks'))).toBe(false);
    expect(state().notice?.intent).toBe('warning');
    ctl.setMapping('name', 2);
    expect(state().layout?.missing).toEqual([]);
  });

  test('the check finds the planted faults and writes the marks', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    await ctl.runCheck();
    const s = state();
    expect(s.phase).toBe('idle');
    expect(s.notice?.intent).toBe('warning');
    expect(host.lastMarks?.sheet).toBe('花名册');
    const findings = s.result?.findings ?? [];
    const at = (row: number, col?: number) =>
      findings.filter((f) => f.row === row && (col === undefined || f.col === col));
    expect(at(FAULTS.checksum.row, FAULTS.checksum.col).map((f) => f.code)).toContain('id.checksum');
    expect(at(FAULTS.duplicate.row).some((f) => f.code.startsWith('dup.'))).toBe(true);
    expect(at(FAULTS.oldRate.row, FAULTS.oldRate.col).length).toBeGreaterThan(0);
    expect(at(FAULTS.noUplift.row, FAULTS.noUplift.col).length).toBeGreaterThan(0);
    expect(s.result?.summary.error).toBeGreaterThan(0);
    expect(s.usedSample).toBe(true);
  });

  test('cancel during the read stops the run before any mark is written', async () => {
    const { ctl, state, host } = setup({ delay: 30 });
    await ctl.open();
    const run = ctl.runCheck();
    await flush();
    expect(state().phase).toBe('running');
    ctl.cancel();
    await run;
    expect(state().phase).toBe('idle');
    expect(state().notice?.text).toBe('已取消。');
    expect(host.calls.some((c) => c.startsWith('writeMarks'))).toBe(false);
  });

  test('selecting a finding selects its cell; a row finding selects the first mapped column', async () => {
    const { ctl, host } = setup();
    await ctl.open();
    await ctl.runCheck();
    await ctl.selectFinding({ code: 'id.checksum', severity: 'error', row: 9, col: 4, params: {} });
    expect(host.selected).toEqual({ sheet: '花名册', row: 9, col: 4 });
    await ctl.selectFinding({ code: 'dup.id', severity: 'error', row: 30, col: 0, params: {} });
    expect(host.selected).toEqual({ sheet: '花名册', row: 30, col: 1 });
  });

  test('clear marks asks the host to restore the sheet', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    await ctl.runCheck();
    await ctl.clearMarks();
    expect(host.cleared).toBe(1);
    expect(state().notice?.intent).toBe('success');
  });

  test('a bad POLICY.json shows its error; a good one is used, saved and restored on reopen', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    ctl.loadPolicyFile('POLICY.json', '{ "id": "x", ');
    expect(state().policyError).toMatch(/POLICY\.json: not valid JSON/);
    const { BUILTIN_POLICIES } = await import('../../src/core/policy/profiles');
    const json = JSON.stringify({ ...BUILTIN_POLICIES[0], id: 'my-district', name: '本区标准' }, (_k, v) => v);
    // profiles hold fen once parsed: rebuild the yuan amounts for the JSON
    const fromFen = JSON.parse(json, (k, v) =>
      (k === 'yuan' || k === 'min' || k === 'max') && typeof v === 'number' && v > 100 ? v / 100 : v,
    );
    ctl.loadPolicyFile('my-district.json', JSON.stringify(fromFen));
    expect(state().policyError).toBeUndefined();
    expect(state().policyId).toBe(CUSTOM_POLICY_ID);
    expect(ctl.resolvePolicy().id).toBe('my-district');
    await flush();
    const again = setup({ settings: host.settings });
    await again.ctl.open();
    expect(again.state().policyId).toBe(CUSTOM_POLICY_ID);
    expect(again.ctl.resolvePolicy().name).toBe('本区标准');
  });

  test('catalog: a CSV file (UTF-8 or GBK) or a sheet of the workbook; errors are shown', async () => {
    const { ctl, state, host } = setup();
    await ctl.open();
    const csv = '职业,类别\n电工,A\n中式烹调师,B\n保洁员,C\n';
    await ctl.loadCatalogFile('目录.csv', new TextEncoder().encode(csv).buffer as ArrayBuffer);
    expect(state().catalog.kind).toBe('file');
    expect(state().catalogEntries).toBe(3);
    // GBK bytes of "职业,类别\n电工,A\n"
    const gbk = Uint8Array.from([
      0xd6, 0xb0, 0xd2, 0xb5, 0x2c, 0xc0, 0xe0, 0xb1, 0xf0, 0x0a, 0xb5, 0xe7, 0xb9, 0xa4, 0x2c, 0x41, 0x0a,
    ]);
    await ctl.loadCatalogFile('gbk.csv', gbk.buffer);
    expect(state().catalogError).toBeUndefined();
    expect(state().catalogEntries).toBe(1);
    const cat = await ctl.resolveCatalog();
    expect(cat.sample).toBe(false);
    await ctl.loadCatalogFile('bad.csv', new TextEncoder().encode('a,b\n1,2\n').buffer as ArrayBuffer);
    expect(state().catalogError).toBeTruthy();
    await ctl.chooseCatalogSheet('职业目录');
    expect(state().catalog).toEqual({ kind: 'sheet', sheet: '职业目录' });
    expect(state().catalogEntries).toBe(4);
    await flush();
    expect(host.settings.catalogSource).toBe('sheet:职业目录');
    await ctl.runCheck();
    expect(state().usedSample).toBe(false);
  });

  test('English when Office speaks English', async () => {
    const { ctl, state } = setup({ language: 'en-GB' });
    await ctl.open();
    expect(state().locale).toBe('en-US');
  });
});
