import {
  buildLedgerIndex,
  ledgerIndexForKeys,
  matchLedgerHeader,
  parseLedgerGrid,
  parseLedgerValues,
} from '../../../src/core/ledger';
import type { CellValue } from '../../../src/core/types';
import { dateToSerial } from '../../../src/core/values';

const ID1 = '410102199003071230';
const ID2 = '610104196209276908';

describe('matchLedgerHeader', () => {
  it.each([
    ['身份证号码', 'id'],
    ['公民身份号码', 'id'],
    ['证件号码', 'id'],
    ['姓 名', 'name'],
    ['职业（工种）', 'occupation'],
    ['培训工种', 'occupation'],
    ['技能等级', 'level'],
    ['证书名称', 'certType'],
    ['培训开始日期', 'start'],
    ['培训结束日期', 'end'],
    ['培训起止时间', 'period'],
    ['补贴金额（元）', 'amount'],
    ['拨付金额', 'amount'],
    ['拨付日期', 'paidOn'],
    ['补贴发放日期', 'paidOn'],
    ['培训机构名称', 'institution'],
    ['承训机构', 'institution'],
    ['来源花名册', 'source'],
    ['申报批次', 'source'],
    ['来源', 'source'],
    ['花名册指纹', 'fingerprint'],
    ['花名册行号', 'sourceRow'],
    ['登记日期', 'recordedOn'],
    ['入账日期', 'recordedOn'],
  ])('%s → %s', (h, f) => {
    expect(matchLedgerHeader(h)?.field).toBe(f);
  });

  it('does not take titles, labelled lines or unrelated columns', () => {
    expect(matchLedgerHeader('2021年职业技能培训补贴发放台账（第一季度）')).toBeNull();
    expect(matchLedgerHeader('培训机构：某某学校')).toBeNull();
    expect(matchLedgerHeader('资金来源')).toBeNull();
    expect(matchLedgerHeader(12)).toBeNull();
  });
});

describe('parseLedgerValues', () => {
  it('finds the header under a title, reads dates (serial and text), money, a two-row header', () => {
    const values: CellValue[][] = [
      ['2021年职业技能培训补贴台账', null, null, null, null, null, null, null, null],
      ['序号', '姓名', '公民身份号码', '培训工种', '等级', '培训时间', null, '拨付金额(元)', '发放日期'],
      [null, null, null, null, null, '开始', '结束', null, null],
      [1, '张三', ID1, '电工', '初级工', dateToSerial({ y: 2021, m: 3, d: 1 }), '2021.3.20', 1500, '2021年5月10日'],
      [null, null, null, null, null, null, null, null, null],
      ['序号', '姓名', '公民身份号码', '培训工种', '等级', '开始', '结束', '拨付金额(元)', '发放日期'],
      [2, '王五', '610104620927690', '焊工', '五级', '2021/04/01', '2021/04/20', '1,200.50元', null],
      [3, '坏号', 410102199003071230, '焊工', '五级', '2021/04/01', '2021/04/20', 1200, null],
      ['合计', null, null, null, null, null, null, 2700.5, null],
    ];
    const p = parseLedgerValues(values, '台账.xlsx');
    expect(p.headerRows).toEqual([2, 3]);
    expect(p.noIdColumn).toBe(false);
    expect(p.lastRow).toBe(9);
    expect(p.records).toHaveLength(2);
    const [a, b] = p.records;
    expect(a).toMatchObject({
      idKey: ID1,
      name: '张三',
      occupation: '电工',
      level: '初级工',
      start: { y: 2021, m: 3, d: 1 },
      end: { y: 2021, m: 3, d: 20 },
      amountFen: 150000,
      paidOn: { y: 2021, m: 5, d: 10 },
      ledgerFile: '台账.xlsx',
      ledgerRow: 4,
    });
    expect(b).toMatchObject({ idKey: ID2, amountFen: 120050, paidOn: null, ledgerRow: 7 });
    // an ID typed as a number lost its digits: not indexable, reported
    expect(p.rejected).toEqual([{ row: 8, value: '410102199003071200' }]);
  });

  it('reads a 培训起止时间 column and the ledger-only columns', () => {
    const values: CellValue[][] = [
      [
        '身份证号',
        '姓名',
        '职业(工种)',
        '证书类型',
        '培训起止时间',
        '补贴金额',
        '培训机构',
        '来源花名册',
        '花名册行号',
        '花名册指纹',
      ],
      [
        ` ${ID1.slice(0, 17)}x `,
        '张三',
        '养老护理员',
        '专项能力证',
        '2021.03.01-2021.03.20',
        800,
        '某学校',
        'A.xlsx',
        12,
        'ABCDEF',
      ],
    ];
    const [r] = parseLedgerValues(values, 'L.csv').records;
    expect(r).toMatchObject({
      certType: '专项能力证',
      start: { y: 2021, m: 3, d: 1 },
      end: { y: 2021, m: 3, d: 20 },
      institution: '某学校',
      source: 'A.xlsx',
      sourceRow: 12,
      fingerprint: 'abcdef',
    });
  });

  it('honours the grid origin and displayed texts', () => {
    const p = parseLedgerGrid(
      {
        originRow: 5,
        originCol: 3,
        values: [
          ['姓名', '身份证号码'],
          ['张三', ID1],
        ],
        texts: [
          ['姓名', '身份证号码'],
          ['张三', ID1],
        ],
      },
      '补贴台账',
    );
    expect(p.headerRows).toEqual([5]);
    expect(p.columns.map((c) => [c.field, c.col])).toEqual([
      ['name', 3],
      ['id', 4],
    ]);
    expect(p.records[0].ledgerRow).toBe(6);
  });

  it('reports a sheet without an ID column', () => {
    const p = parseLedgerValues(
      [
        ['姓名', '工种'],
        ['张三', '电工'],
      ],
      'x',
    );
    expect(p.noIdColumn).toBe(true);
    expect(p.records).toEqual([]);
    expect(p.lastRow).toBe(2);
  });

  it('indexes by the canonical key: full-width, lower-case x and legacy 15 digits meet', () => {
    const values: CellValue[][] = [
      ['身份证号码', '姓名'],
      ['４１０１０２１９９００３０７１２３０', '张三'],
      ['610104620927690', '王五'],
      [ID2, '王五'],
    ];
    const idx = buildLedgerIndex(parseLedgerValues(values, 'x').records);
    expect(idx.size).toBe(3);
    expect(idx.get(ID1)).toHaveLength(1);
    expect(idx.get(ID2)!.map((r) => r.ledgerRow)).toEqual([3, 4]);
    expect(idx.get('000000000000000000')).toBeUndefined();
  });

  it('picks only the records of the people asked for, in ledger order', () => {
    const values: CellValue[][] = [
      ['身份证号码', '姓名'],
      [ID1, '张三'],
      [ID2, '王五'],
      [ID1, '张三'],
    ];
    const records = parseLedgerValues(values, 'x').records;
    const idx = ledgerIndexForKeys(records, [ID1]);
    expect(idx.size).toBe(2);
    expect(idx.get(ID1)!.map((r) => r.ledgerRow)).toEqual([2, 4]);
    expect(idx.get(ID2)).toBeUndefined();
  });
});

describe('a combined column in a ledger (职业（工种）及等级, 证书名称及等级)', () => {
  it('is read as two fields, each its part, so repeat claims match on occupation and level', () => {
    const p = parseLedgerValues(
      [
        ['姓名', '身份证号码', '职业（工种）及等级', '证书名称及等级', '拨付日期'],
        ['张三', ID1, '电工（四级/中级工）', '职业技能等级证书（四级/中级工）', dateToSerial({ y: 2021, m: 6, d: 1 })],
        ['李四', ID2, '焊工', '培训合格证', dateToSerial({ y: 2021, m: 6, d: 1 })],
      ],
      'ledger.xlsx',
    );
    expect(p.columns.filter((c) => c.col === 3)).toEqual([
      { field: 'occupation', col: 3, header: '职业（工种）及等级', part: 'name' },
      { field: 'level', col: 3, header: '职业（工种）及等级', part: 'level' },
    ]);
    expect(p.columns.find((c) => c.field === 'certType')).toMatchObject({ col: 4, part: 'name' });
    expect(p.records.map((r) => [r.occupation, r.level, r.certType])).toEqual([
      ['电工', '四级/中级工', '职业技能等级证书'],
      ['焊工', '', '培训合格证'],
    ]);
  });
});
