import {
  LEDGER_COLUMNS,
  parseLedgerValues,
  planLedgerAppend,
  recordsFromTrainees,
  type AppendPlan,
} from '../../../src/core/ledger';
import type { CellValue } from '../../../src/core/types';
import { makeTrainee } from '../../helpers/factory';
import { d } from './make-record';

const TODAY = d(2021, 6, 1);

/** Applies a plan to a values array (what the CLI and the add-in do with ExcelJS / Office.js). */
function apply(values: CellValue[][], plan: AppendPlan): CellValue[][] {
  const out = values.map((r) => r.slice());
  const put = (row: number, col: number, v: CellValue) => {
    while (out.length < row) out.push([]);
    const r = out[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = v;
  };
  const headerRow = plan.headerRow || parseLedgerValues(values, 'L').headerRows[0];
  for (const c of plan.addColumns) put(headerRow, c.col, c.header);
  plan.rows.forEach((row, i) => row.forEach((v, c) => put(plan.firstRow + i, c + 1, v)));
  return out;
}

function claim() {
  const trainees = [
    makeTrainee({ row: 4, name: '张三', id: '410102199003071230', start: d(2021, 3, 1), end: d(2021, 3, 20) }),
    makeTrainee({
      row: 5,
      name: '王五',
      id: '610104196209276908',
      occupation: '焊工',
      start: d(2021, 3, 1),
      end: d(2021, 3, 20),
    }),
  ];
  const fingerprint = 'a'.repeat(64);
  return {
    trainees,
    fingerprint,
    ...recordsFromTrainees(trainees, {
      source: 'A.xlsx',
      institution: '甲学校',
      fingerprint,
      ledgerFile: 'L',
      paidOn: d(2021, 5, 10),
    }),
  };
}

describe('planLedgerAppend', () => {
  it('writes a header and the rows into an empty sheet', () => {
    const { records } = claim();
    const plan = planLedgerAppend(null, records, TODAY);
    expect(plan.headerRow).toBe(1);
    expect(plan.firstRow).toBe(2);
    expect(plan.addColumns.map((c) => c.header)).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expect(plan.added.map((r) => r.ledgerRow)).toEqual([2, 3]);
    expect(plan.formats[0]).toBe('@');
    const sheet = apply([], plan);
    const back = parseLedgerValues(sheet, 'L');
    expect(
      back.records.map((r) => [
        r.idKey,
        r.name,
        r.start,
        r.end,
        r.amountFen,
        r.paidOn,
        r.source,
        r.sourceRow,
        r.institution,
      ]),
    ).toEqual([
      ['410102199003071230', '张三', d(2021, 3, 1), d(2021, 3, 20), 150000, d(2021, 5, 10), 'A.xlsx', 4, '甲学校'],
      ['610104196209276908', '王五', d(2021, 3, 1), d(2021, 3, 20), 150000, d(2021, 5, 10), 'A.xlsx', 5, '甲学校'],
    ]);
  });

  it('appending the same claim twice adds nothing the second time', () => {
    const { records, fingerprint } = claim();
    const once = apply([], planLedgerAppend(null, records, TODAY));
    const again = planLedgerAppend(parseLedgerValues(once, 'L'), claim().records, TODAY);
    expect(again.alreadyRecorded).toBe(true);
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(2);
    expect(apply(once, again)).toEqual(once);
    expect(parseLedgerValues(once, 'L').records.every((r) => r.fingerprint === fingerprint)).toBe(true);
  });

  it('leaves out a row already recorded from another version of the roster, adds the new one', () => {
    const { records } = claim();
    const once = apply([], planLedgerAppend(null, records, TODAY));
    const edited = [...claim().trainees, makeTrainee({ row: 6, name: '赵六', id: '11010519491231002X' })];
    const next = recordsFromTrainees(edited, { source: 'A-修订.xlsx', fingerprint: 'b'.repeat(64) }).records;
    const plan = planLedgerAppend(parseLedgerValues(once, 'L'), next, TODAY);
    expect(plan.alreadyRecorded).toBe(false);
    expect(plan.added.map((r) => r.name)).toEqual(['赵六']);
    expect(plan.duplicates.map((r) => r.name)).toEqual(['张三', '王五']);
    expect(plan.firstRow).toBe(4);
  });

  it("keeps an existing ledger's own columns and adds the missing ones after them", () => {
    const existing: CellValue[][] = [
      ['补贴发放台账'],
      ['序号', '姓名', '公民身份号码', '培训起止时间', '工种', '发放金额'],
      [1, '李四', '110105194912310029', '2020.01.02-2020.01.20', '电工', 1000],
    ];
    const plan = planLedgerAppend(parseLedgerValues(existing, 'L'), claim().records, TODAY);
    expect(plan.headerRow).toBe(0);
    expect(plan.firstRow).toBe(4);
    expect(plan.addColumns[0].col).toBe(7);
    expect(plan.addColumns.map((c) => c.field)).not.toContain('start');
    const sheet = apply(existing, plan);
    expect(sheet[3][3]).toBe('2021-03-01至2021-03-20');
    const back = parseLedgerValues(sheet, 'L').records;
    expect(back.map((r) => r.name)).toEqual(['李四', '张三', '王五']);
    expect(back[1].start).toEqual(d(2021, 3, 1));
  });

  it('refuses a sheet that holds something else', () => {
    const plan = planLedgerAppend(parseLedgerValues([['备忘'], ['今天开会']], 'L'), claim().records, TODAY);
    expect(plan.noHeader).toBe(true);
    expect(plan.rows).toEqual([]);
  });
});
