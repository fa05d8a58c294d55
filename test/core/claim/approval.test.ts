// 资金审批表 against 附件2 of the 2021 Zhengzhou work plan (年度补贴性职业技能提升培训申请表), row by row.
import { buildClaim, ClaimInfoError, parseClaimInfo, SHEET_NAMES, type ClaimInfoInput } from '../../../src/core/claim';
import type { CheckResult } from '../../../src/core/engine';
import { shownValue, type SheetModel } from '../../../src/core/sheet';
import type { Trainee } from '../../../src/core/types';
import { SAMPLE_CATALOG } from '../../../src/core/catalog';
import { getBuiltinPolicy } from '../../../src/core/policy';
import { makeTrainee, testCatalog, testPolicy } from '../../helpers/factory';

const INFO: ClaimInfoInput = {
  institution: '郑州市示例职业培训学校',
  contact: '王丽',
  phone: '0371-65551234',
  bankName: '中国工商银行郑州金水路支行',
  bankAccount: '1702020109200123456',
  batch: '2025年第9期',
  trainingMode: '委托培训',
  assessmentDate: '2025-09-20',
  noticeStart: '2025-09-29',
  fundSource: '职业技能提升行动资金',
  plannedPersons: 8,
  supervisingDept: '金水区人力资源和社会保障局',
};

function result(list: Trainee[]): CheckResult {
  return {
    layout: {
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 4 + list.length,
      columns: [],
      missing: [],
      dataRows: list.map((t) => t.row),
      notes: [],
    },
    trainees: list,
    findings: [],
    summary: { error: 0, warning: 0, info: 0 },
    byRule: {},
  };
}

const trainees = (): Trainee[] => [
  makeTrainee({
    row: 4,
    name: '张三丰',
    id: '410102199003071230',
    occupation: '电工',
    amount: 1800,
    hours: 64,
    start: { y: 2025, m: 9, d: 1 },
    end: { y: 2025, m: 9, d: 10 },
  }),
  makeTrainee({
    row: 5,
    name: '李四',
    id: '11010519491231002X',
    occupation: '电工',
    amount: 1800,
    hours: 64,
    start: { y: 2025, m: 9, d: 1 },
    end: { y: 2025, m: 9, d: 10 },
  }),
  makeTrainee({
    row: 6,
    name: '王五',
    id: '410102198001011234',
    occupation: '中式烹调师',
    certType: '培训合格证',
    level: '',
    amount: 1000,
    hours: 40,
    start: { y: 2025, m: 9, d: 5 },
    end: { y: 2025, m: 9, d: 12 },
  }),
];

function approval(info: Partial<ClaimInfoInput> = {}): SheetModel {
  const claim = buildClaim(result(trainees()), {
    policy: testPolicy(),
    catalog: testCatalog(),
    info: parseClaimInfo({ ...INFO, ...info }, 'test'),
    today: { y: 2025, m: 9, d: 26 },
  });
  return claim.sheets.find((s) => s.name === SHEET_NAMES.approval)!;
}

/** The cell texts in reading order (row by row, left to right). */
function reading(sheet: SheetModel): string[] {
  return sheet.cells.map((c) => String(shownValue(c.value))).filter(Boolean);
}

/** 附件2, every label in its order (sections, rows, the boxes inside them). */
const FORM_2 = [
  '培训机构（或企业、个人）名称',
  '加盖印章',
  '联系人及电话',
  '开户银行名称',
  '银行帐号',
  '开班\n申请',
  '开班批次及开班时间',
  '培训工种及级别',
  '拟培训人数',
  '培训时长',
  '拟培训方式（企业自主培训或委托培训等）',
  '培训计划及人员名册是否在职业培训信息化管理系统填报',
  '行业主管部门审核意见',
  '初审人',
  '人力资源社会保障部门审核意见',
  '初审人',
  '过程\n监管',
  '开班当日检查情况',
  '学员人数',
  '签到情况',
  '培训资料留存情况',
  '检查人员签字',
  '培训期间检查情况',
  '地点',
  '师资情况',
  '学员出勤情况',
  '检查人员签字',
  '培训期间检查情况',
  '地点',
  '师资情况',
  '学员出勤情况',
  '检查人员签字',
  '检查情况是否在职业培训信息化管理系统填报',
  '平均出勤人数',
  '人力资源社会保障部门检查意见',
  '结业\n考核',
  '组织考核（评价、鉴定）时间\n提前3天提出，并在信息化管理系统上填报',
  '参加考核人数',
  '参加国家职业资格鉴定人数',
  '取证人数',
  '参加职业技能等级评定人数',
  '取证人数',
  '参加特种作业操作考核人数',
  '取证人数',
  '参加专项能力考核认定人数',
  '取证人数',
  '参加结业考核人数',
  '取证人数',
  '考核结果是否在职业培训信息化管理系统填报',
  '取证总人数',
  '考核巡查人员签字',
  '补贴\n资金\n申领',
  '企业或培训机构或个人向行业主管部门申请',
  '申请补贴人数',
  '申请补贴资金（万元）',
  '我郑重承诺对提供的各项材料和信息真实性负责',
  '申请承诺人',
  '行业主管部门审核情况（自受理之日起15个工作日内）',
  '初审人',
  '复核人',
  '盖章',
  '人力资源社会保障部门对补贴信息公示情况（不少于3个工作日）',
  '省（市、县）人力资源和社会保障局官网进行公示，公示期',
  '期间收到异议情况和处理情况',
  '人力资源社会保障部门审核意见',
  '初审人',
  '资金\n拨付',
  '拨付时间',
  '拨付金额（万元）',
  '资金来源（就业补助资金、失业保险基金、职业技能提升行动资金等）',
  '备注',
  '培训专业及批次较多的，可在此表相应栏目中添加',
  '个人申请的，将培训机构栏目改为个人',
];

describe('资金审批表 after 附件2', () => {
  test('every section and row of 附件2 is there, in its order', () => {
    const text = reading(approval()).join('\u0000');
    let at = 0;
    for (const label of FORM_2) {
      const i = text.indexOf(label, at);
      if (i < 0) throw new Error(`附件2 text not found after «${text.slice(Math.max(0, at - 20), at + 20)}»: ${label}`);
      at = i + label.length;
    }
  });

  test('the 公示 row is left to the bureau: no date in it; the proposed period is printed after the form', () => {
    const cells = reading(approval());
    const row = cells.find((t) => t.includes('官网进行公示'))!;
    expect(row).not.toMatch(/\d{4}年/);
    expect(cells.some((t) => t.startsWith('拟定公示期') && t.includes('2025年9月29日至2025年10月9日'))).toBe(true);
  });

  test('培训时长 per class: period and hours, one line each', () => {
    const cells = reading(approval());
    const hours = cells[cells.indexOf('培训时长') + 1];
    expect(hours.split('\n')).toEqual([
      '2025年9月1日至2025年9月10日，共 64 课时',
      '2025年9月5日至2025年9月12日，共 40 课时',
    ]);
    expect(hours).not.toMatch(/–/);
  });

  test('参加考核人数 never fewer than those certified; the boxes the bureau fills in stay blank', () => {
    expect(() => approval({ examinees: { 培训合格证: 0 } })).toThrow(ClaimInfoError);
    const sheet = approval({ examinees: { 培训合格证: 3 } });
    const at = (label: string) => {
      const c = sheet.cells.find((x) => String(shownValue(x.value)).startsWith(label))!;
      return sheet.cells.filter((x) => x.row === c.row && x.col > c.col).map((x) => shownValue(x.value));
    };
    expect(at('其中：参加结业考核人数')).toEqual([3, '', '取证人数', 1]);
    expect(at('参加考核人数')).toEqual([5]);
    expect(at('检查情况是否在职业培训信息化管理系统填报')).toEqual(['', '', '平均出勤人数', '']);
    expect(at('拨付时间')).toEqual(['', '', '拨付金额（万元）', '']);
  });
});

describe('the papers name what they rest on', () => {
  const build = (over: Record<string, unknown>) =>
    buildClaim(result(trainees()), {
      policy: testPolicy(),
      catalog: testCatalog(),
      info: parseClaimInfo(INFO, 'test'),
      today: { y: 2025, m: 9, d: 26 },
      ...over,
    });
  const cellWith = (s: SheetModel, part: string) => s.cells.find((c) => String(shownValue(c.value)).includes(part));

  test('policy, catalog and ledger on the summary and the approval sheet; the sample catalog and no ledger in red', () => {
    const sample = build({ catalog: SAMPLE_CATALOG });
    for (const name of [SHEET_NAMES.summary, SHEET_NAMES.approval]) {
      const s = sample.sheets.find((x) => x.name === name)!;
      expect(cellWith(s, `政策标准：${testPolicy().name}`)).toBeDefined();
      for (const part of ['职业目录：示例目录', '补贴台账：未对照']) {
        const c = cellWith(s, part)!;
        expect(s.styles[c.style!].color).toBe('C00000');
      }
    }
    const real = build({
      catalog: { ...testCatalog(), source: '郑州市2021年职业技能培训目录.xlsx', sample: false },
      ledger: {
        name: '补贴台账.xlsx',
        records: 12,
        lookup: () => ({ get: () => undefined, size: 0 }),
        source: '花名册',
      },
    });
    for (const s of real.sheets.filter((x) => x.name === SHEET_NAMES.summary || x.name === SHEET_NAMES.approval)) {
      const cat = cellWith(s, '职业目录：郑州市2021年职业技能培训目录.xlsx（2021年')!;
      expect(s.styles[cat.style!].color).toBeUndefined();
      expect(cellWith(s, '补贴台账：补贴台账.xlsx（12 条记录')).toBeDefined();
    }
  });
});

describe('certificates without a policy rate', () => {
  const zz = getBuiltinPolicy('zhengzhou-2021')!;
  const list = (): Trainee[] => [
    makeTrainee({ row: 4, name: '张三丰', id: '410102199003071230', occupation: '电工', amount: 1800 }),
    makeTrainee({
      row: 5,
      name: '李四',
      id: '11010519491231002X',
      occupation: '电工',
      certType: '专项职业能力证书',
      level: '',
      amount: 900,
    }),
  ];
  const build = (includeUnrated: boolean) =>
    buildClaim(result(list()), {
      policy: zz,
      catalog: testCatalog(),
      info: parseClaimInfo(INFO, 'test'),
      today: { y: 2025, m: 9, d: 26 },
      includeUnrated,
    });

  test('left out by default, with the reason', () => {
    const claim = build(false);
    expect(claim.included.map((r) => r.row)).toEqual([4]);
    expect(claim.excluded.map((r) => r.row)).toEqual([5]);
    expect(claim.excluded[0].reasons.join()).toContain('补贴标准');
  });

  test('claimed at the roster amount on request, with a 备注 and a line on the approval sheet', () => {
    const claim = build(true);
    expect(claim.included.map((r) => [r.row, r.amountFen, r.unrated ?? false])).toEqual([
      [4, 180000, false],
      [5, 90000, true],
    ]);
    const summary = claim.sheets.find((s) => s.name === SHEET_NAMES.summary)!;
    expect(reading(summary).some((t) => t.includes('政策无此补贴标准，按花名册金额申领1人'))).toBe(true);
    expect(
      reading(claim.sheets.find((s) => s.name === SHEET_NAMES.approval)!).some((t) =>
        t.startsWith('按申报单位要求纳入政策无补贴标准的行：1 人'),
      ),
    ).toBe(true);
  });
});

describe('the roster fingerprint (v2) covers every mapped column', () => {
  const fp = (edit: (t: Trainee) => void) => {
    const list = trainees();
    edit(list[0]);
    return buildClaim(result(list), {
      policy: testPolicy(),
      catalog: testCatalog(),
      info: parseClaimInfo(INFO, 'test'),
      today: { y: 2025, m: 9, d: 26 },
    }).fingerprint;
  };
  test('人员类别, 性别, 电话, 备注, 目录类别 and 证书编号 each change it; the row number does not', () => {
    const base = fp(() => undefined);
    const cell = (
      t: Trainee,
      field: 'personType' | 'gender' | 'phone' | 'remark' | 'category' | 'certNo',
      value: string,
    ) => {
      t.cells[field] = { col: 20, value };
    };
    expect(fp((t) => cell(t, 'personType', '在校生'))).not.toBe(base);
    expect(fp((t) => cell(t, 'gender', '女'))).not.toBe(base);
    expect(fp((t) => cell(t, 'phone', '13800000000'))).not.toBe(base);
    expect(fp((t) => cell(t, 'remark', '脱产'))).not.toBe(base);
    expect(fp((t) => cell(t, 'category', 'B'))).not.toBe(base);
    expect(fp((t) => cell(t, 'certNo', 'S000041010200001'))).not.toBe(base);
    expect(fp((t) => void (t.row = 99))).toBe(base);
  });
});
