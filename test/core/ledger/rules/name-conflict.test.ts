import { buildLedgerIndex, checkAgainstLedger, EMPTY_LEDGER, ledgerRules } from '../../../../src/core/ledger';
import { idKey } from '../../../../src/core/facts';
import { makeTrainee, testPolicy } from '../../../helpers/factory';
import { d, makeRecord } from '../make-record';

const CODE = 'ledger.name-conflict';

describe('ledger.name-conflict', () => {
  const ledger = buildLedgerIndex([
    makeRecord({ name: '李四', occupation: '焊工', start: d(2020, 3, 1), end: d(2020, 3, 20) }),
  ]);
  const t = (name: string, id: string = '410102199003071230') =>
    makeTrainee({ row: 3, name, id, occupation: '电工', start: d(2021, 5, 1), end: d(2021, 5, 20) });
  const run = (tr: ReturnType<typeof makeTrainee>) =>
    checkAgainstLedger([{ source: 'A.xlsx', trainees: [tr] }], ledger, testPolicy()).get('A.xlsx')!;

  it('flags an ID recorded under another name', () => {
    const fs = run(t('张三'));
    expect(fs.map((f) => f.code)).toEqual([CODE]);
    expect(fs[0].field).toBe('name');
    expect(fs[0].message).toContain('登记的姓名为「李四」，与本行「张三」不一致');
  });

  it('ignores spacing and full-width forms of the same name', () => {
    expect(run(t(' 李 四 '))).toEqual([]);
    expect(run(t('李\u3000四'))).toEqual([]);
  });

  it('finds the person by the canonical key: full-width digits, lowercase x, legacy 15 digits', () => {
    expect(run(t('张三', '４１０１０２１９９００３０７１２３０')).map((f) => f.code)).toEqual([CODE]);
    const l15 = buildLedgerIndex([makeRecord({ idKey: '610104196209276908', name: '王五' })]);
    const tr = makeTrainee({
      row: 3,
      name: '赵六',
      id: '610104620927690',
      occupation: '电工',
      start: d(2021, 5, 1),
      end: d(2021, 5, 20),
    });
    expect(idKey(tr)).toBe('610104196209276908');
    expect(
      checkAgainstLedger([{ source: 'A', trainees: [tr] }], l15, testPolicy())
        .get('A')!
        .map((f) => f.code),
    ).toEqual([CODE]);
  });

  it('skips rows whose ID is damaged or malformed (no key)', () => {
    const damaged = makeTrainee({
      row: 3,
      name: '张三',
      id: 410102199003071230,
      idText: '4.10102E+17',
      idFormat: 'General',
    });
    expect(checkAgainstLedger([{ source: 'A', trainees: [damaged] }], ledger, testPolicy()).get('A')).toEqual([]);
  });

  it('catches the conflict between two rosters of the run both ways', () => {
    const a = t('张三');
    const b = makeTrainee({ row: 10, name: '张叁', occupation: '焊工', start: d(2021, 8, 1), end: d(2021, 8, 20) });
    const out = checkAgainstLedger(
      [
        { source: 'A.xlsx', trainees: [a] },
        { source: 'B.xlsx', trainees: [b] },
      ],
      EMPTY_LEDGER,
      testPolicy(),
    );
    expect(out.get('A.xlsx')!.map((f) => f.params.names)).toEqual(['张叁']);
    expect(out.get('B.xlsx')!.map((f) => f.params.names)).toEqual(['张三']);
    expect(out.get('B.xlsx')![0].message).toContain('花名册 A.xlsx 第 3 行');
  });

  it('does not compare rows of the same roster (that is dup.id)', () => {
    const out = checkAgainstLedger(
      [{ source: 'A', trainees: [t('张三'), makeTrainee({ row: 9, name: '张叁' })] }],
      EMPTY_LEDGER,
      testPolicy(),
    );
    expect(out.get('A')).toEqual([]);
  });

  it("ignores ledger records carrying the roster's own fingerprint", () => {
    const own = buildLedgerIndex([makeRecord({ name: '李四', fingerprint: 'abc' })]);
    expect(
      checkAgainstLedger([{ source: 'A', trainees: [t('张三')], fingerprint: 'abc' }], own, testPolicy()).get('A'),
    ).toEqual([]);
  });

  it('every ledger rule has titles and messages in both locales', () => {
    for (const r of ledgerRules) {
      expect(r.title['zh-CN']).toBeTruthy();
      expect(r.title['en-US']).toBeTruthy();
      expect(r.code).toMatch(/^ledger\./);
    }
  });
});

describe('a roster checked again after it was recorded', () => {
  it("does not count its own earlier entry (same source, same training), but does count another source's", () => {
    const t = makeTrainee({ row: 4, occupation: '电工', start: d(2021, 3, 1), end: d(2021, 3, 20) });
    const own = makeRecord({ occupation: '电工', start: d(2021, 3, 1), end: d(2021, 3, 20), source: 'A.xlsx' });
    expect(
      checkAgainstLedger([{ source: 'A.xlsx', trainees: [t] }], buildLedgerIndex([own]), testPolicy()).get('A.xlsx'),
    ).toEqual([]);
    const other = { ...own, source: 'B.xlsx' };
    const fs = checkAgainstLedger([{ source: 'A.xlsx', trainees: [t] }], buildLedgerIndex([other]), testPolicy()).get(
      'A.xlsx',
    )!;
    expect(fs.map((f) => f.code).sort()).toEqual(['ledger.overlap', 'ledger.same-occupation-level']);
  });
});
