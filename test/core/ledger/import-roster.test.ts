// Rosters with messy layouts become ledger records through the core's own layout detection.
import { detectLayout } from '../../../src/core/layout/detect';
import { readTrainees } from '../../../src/core/layout/read';
import { buildLedgerIndex, findInstitution, recordsFromClaimRows, recordsFromTrainees } from '../../../src/core/ledger';
import { dateToSerial } from '../../../src/core/values';
import { gridOf } from '../../helpers/grid';

const ID1 = '410102199003071230';
const ID2 = '610104196209276908';

describe('importing rosters into the ledger', () => {
  it('reads a roster with a title, an institution line, a two-row header, a blank line, 合计 and a footer', () => {
    const g = gridOf(
      [
        ['2021年职业技能培训补贴人员花名册'],
        ['培训机构：郑州市二七区技工学校（盖章）    填报日期：2021年4月2日'],
        ['序号', '姓名', '公民身份号码', '培训工种', '证书名称', '技能等级', '培训时间', null, '补贴标准（元）'],
        [null, null, null, null, null, null, '开始', '结束', null],
        [
          1,
          '张三',
          ID1,
          '电工',
          '职业技能等级证书',
          '初级工',
          dateToSerial({ y: 2021, m: 3, d: 1 }),
          dateToSerial({ y: 2021, m: 3, d: 20 }),
          1800,
        ],
        [],
        [2, '王五', '610104620927690', '焊工', '技能等级证', '五级', '2021.3.5', '2021年3月25日', 1800],
        [3, '坏号', '41010219900307123', '焊工', '技能等级证', '五级', '2021.3.5', '2021.3.25', 1800],
        ['合计', null, null, null, null, null, null, null, 5400],
        ['制表人：李会计', null, null, null, '审核人：', null, null, null, null],
      ],
      { rect: true },
    );
    const layout = detectLayout(g);
    expect(layout.missing).toEqual([]);
    const trainees = readTrainees(g, layout);
    const institution = findInstitution(g);
    expect(institution).toBe('郑州市二七区技工学校');
    const { records, skipped } = recordsFromTrainees(trainees, {
      source: '二七技校第3批.xlsx',
      institution,
      fingerprint: 'f'.repeat(64),
      ledgerFile: '台账.xlsx',
    });
    expect(skipped).toEqual([{ row: 8, reason: 'no-id', value: '41010219900307123' }]);
    expect(records.map((r) => [r.idKey, r.name, r.sourceRow, r.amountFen])).toEqual([
      [ID1, '张三', 5, 180000],
      [ID2, '王五', 7, 180000],
    ]);
    expect(records[1]).toMatchObject({
      start: { y: 2021, m: 3, d: 5 },
      end: { y: 2021, m: 3, d: 25 },
      level: '五级',
      certType: '技能等级证',
      institution: '郑州市二七区技工学校',
      fingerprint: 'f'.repeat(64),
    });
    expect(buildLedgerIndex(records).get(ID2)).toHaveLength(1);
  });

  it('finds the institution on a 培训机构（盖章）： line', () => {
    const g = gridOf(
      [
        ['2021年职业技能培训补贴人员花名册', null, null],
        ['培训机构（盖章）：郑州市阳光职业培训学校    批次：2021年第3期', null, null],
        ['序号', '姓名', '身份证号码'],
      ],
      { rect: true },
    );
    expect(findInstitution(g)).toBe('郑州市阳光职业培训学校');
  });

  it('reads a roster with one 培训起止时间 column and the header in row 1', () => {
    const g = gridOf(
      [
        ['序号', '姓 名', '身份证号', '职业（工种）', '证书类型', '级别', '培训起止时间', '申请补贴标准（元）'],
        [1, '张三', ID1, '养老护理员', '职业资格证', '初级', '2021.03.01-2021.03.20', '1,500'],
      ],
      { rect: true },
    );
    const trainees = readTrainees(g, detectLayout(g));
    const [r] = recordsFromTrainees(trainees, { source: 'x.xlsx' }).records;
    expect(r).toMatchObject({
      idKey: ID1,
      occupation: '养老护理员',
      start: { y: 2021, m: 3, d: 1 },
      end: { y: 2021, m: 3, d: 20 },
      amountFen: 150000,
      institution: '',
      fingerprint: '',
    });
  });

  it('leaves out rows the claim excludes', () => {
    const g = gridOf(
      [
        ['姓名', '身份证号码', '职业', '证书类型', '补贴金额', '备注'],
        ['张三', ID1, '电工', '培训合格证', 1000, ''],
        ['王五', ID2, '焊工', '培训合格证', 1000, '不予补贴'],
      ],
      { rect: true },
    );
    const trainees = readTrainees(g, detectLayout(g));
    const out = recordsFromTrainees(
      trainees,
      { source: 'x' },
      (t) => !/不予/.test(t.cells.remark?.text ?? String(t.cells.remark?.value ?? '')),
    );
    expect(out.records.map((r) => r.name)).toEqual(['张三']);
    expect(out.skipped).toEqual([{ row: 3, reason: 'excluded', value: '' }]);
  });
});

describe('recordsFromClaimRows', () => {
  it('records the included rows of a claim with its fingerprint; unreadable IDs are skipped', () => {
    const base = {
      occupation: '电工',
      cert: '职业技能等级证书',
      level: 5 as const,
      category: 'A' as const,
      rateFen: 180000,
      upliftPercent: 20,
      amountFen: 180000,
      start: { y: 2021, m: 3, d: 1 },
      end: { y: 2021, m: 3, d: 20 },
      hours: 80,
      hasErrors: false,
    };
    const { records, skipped } = recordsFromClaimRows(
      [
        { ...base, row: 4, name: '张三', id: ID1 },
        { ...base, row: 5, name: '坏号', id: '4101021990' },
      ],
      { source: 'A.xlsx', institution: '甲学校', fingerprint: 'c'.repeat(64) },
    );
    expect(skipped).toEqual([{ row: 5, reason: 'no-id', value: '4101021990' }]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      idKey: ID1,
      level: '五级/初级工',
      certType: '职业技能等级证书',
      sourceRow: 4,
      fingerprint: 'c'.repeat(64),
      amountFen: 180000,
    });
  });
});
