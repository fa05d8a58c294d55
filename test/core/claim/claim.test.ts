import { buildClaim, parseClaimInfo, SHEET_NAMES, type ClaimInfoInput } from '../../../src/core/claim';
import type { CheckResult } from '../../../src/core/engine';
import { shownValue, type SheetModel } from '../../../src/core/sheet';
import type { Finding, Trainee } from '../../../src/core/types';
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

function trainees(): Trainee[] {
  return [
    makeTrainee({ row: 4, name: '张三丰', id: '410102199003071230', occupation: '电工', amount: 1800 }),
    makeTrainee({ row: 5, name: '李四', id: '11010519491231002X', occupation: '电工', amount: 1800 }),
    makeTrainee({
      row: 6,
      name: '欧阳娜娜',
      id: '440301199912310021',
      occupation: '焊工',
      level: '中级工',
      amount: 2200,
    }),
    makeTrainee({
      row: 7,
      name: '王五',
      id: '410102198001011234',
      occupation: '中式烹调师',
      certType: '培训合格证',
      level: '',
      amount: 1000,
      hours: 40,
    }),
    makeTrainee({ row: 8, name: '赵六', id: '410102198502021239', occupation: '电工', amount: 1234.56 }),
    makeTrainee({ row: 9, name: '孙七', id: '410102198502021230', occupation: '焊工', amount: 1500 }),
    makeTrainee({ row: 10, name: '周八', id: '410102198502', occupation: '焊工', amount: 1650 }),
    makeTrainee({ row: 11, name: '吴九', id: '410102199103031237', occupation: '焊工', amount: null }),
  ];
}

function finding(row: number, code: string, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { code, severity, row, col: 5, params: {}, message };
}

function result(list = trainees()): CheckResult {
  const findings = [
    finding(9, 'id.checksum', '身份证号码校验位错误'),
    finding(10, 'id.malformed', '身份证号码长度不对'),
    finding(10, 'id.malformed', '身份证号码长度不对'),
    finding(11, 'field.missing', '补贴金额为空'),
    finding(5, 'id.age', '年龄超出范围', 'warning'),
  ];
  return {
    layout: {
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 11,
      columns: [],
      missing: [],
      dataRows: list.map((t) => t.row),
      notes: [],
    },
    trainees: list,
    findings,
    summary: { error: 4, warning: 1, info: 0 },
    byRule: {},
  };
}

const opts = (over: Record<string, unknown> = {}) => ({
  policy: testPolicy(),
  catalog: testCatalog(),
  info: parseClaimInfo(INFO, 'test'),
  today: { y: 2025, m: 9, d: 26 },
  rosterSheet: '花名册',
  ...over,
});

function texts(sheet: SheetModel): string[] {
  return sheet.cells.map((c) => String(shownValue(c.value)));
}

function sheet(claim: ReturnType<typeof buildClaim>, name: string): SheetModel {
  const s = claim.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('buildClaim', () => {
  test('four sheets, in order', () => {
    const claim = buildClaim(result(), opts());
    expect(claim.sheets.map((s) => s.name)).toEqual([
      SHEET_NAMES.summary,
      SHEET_NAMES.approval,
      SHEET_NAMES.notice,
      SHEET_NAMES.archive,
    ]);
  });

  test('error rows are left out with their reasons; totals are the sum of the included rows to the fen', () => {
    const claim = buildClaim(result(), opts());
    expect(claim.included.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
    expect(claim.excluded.map((e) => e.row)).toEqual([9, 10, 11]);
    expect(claim.excluded[1].reasons).toEqual(['身份证号码长度不对']);
    expect(claim.excluded[2].reasons).toContain('补贴金额为空');
    const sum = claim.included.reduce((s, r) => s + r.amountFen, 0);
    expect(sum).toBe(180000 + 180000 + 220000 + 100000 + 123456);
    expect(claim.totals).toEqual({ persons: 5, fen: sum });
    const summary = texts(sheet(claim, SHEET_NAMES.summary));
    expect(summary).toContain(String(sum / 100));
    expect(summary).toContain('人民币捌仟零叁拾肆元伍角陆分');
    expect(summary).toContain('0.8035');
    expect(summary).toContain('附：未纳入本次申领的人员（共 3 人，花名册所列金额 3,150.00 元，未计入上述合计）');
    expect(summary).toContain('第10行 周八：身份证号码长度不对');
    expect(summary.some((t) => t.includes('身份证号码校验位错误'))).toBe(true);
  });

  test('the summary groups rows by occupation, level, certificate, category and rate; group amounts add up', () => {
    const claim = buildClaim(result(), opts());
    const s = sheet(claim, SHEET_NAMES.summary);
    const rows = new Map<number, Record<number, unknown>>();
    const totalRow = s.cells.find((c) => c.col === 1 && c.value === '合计')!.row;
    for (const c of s.cells) {
      if (c.row < 5 || c.row >= totalRow) continue;
      const r = rows.get(c.row) ?? {};
      r[c.col] = shownValue(c.value);
      rows.set(c.row, r);
    }
    const groups = [...rows.values()].filter(
      (r) =>
        typeof r[1] === 'number' &&
        typeof r[8] === 'number' &&
        r[2] !== undefined &&
        r[4] !== undefined &&
        typeof r[6] === 'number',
    );
    expect(groups.map((g) => [g[2], g[6], g[7], g[8]])).toEqual([
      ['电工', 1, 1234.56, 1234.56],
      ['电工', 2, 1800, 3600],
      ['焊工', 1, 2200, 2200],
      ['中式烹调师', 1, 1000, 1000],
    ]);
    const fen = groups.reduce((sum, g) => sum + Math.round((g[8] as number) * 100), 0);
    expect(fen).toBe(claim.totals.fen);
  });

  test('includeErrorRows claims them too, marked in the remarks', () => {
    const claim = buildClaim(result(), opts({ includeErrorRows: true }));
    expect(claim.included.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9]);
    // row 10's ID cannot be read: never claimed nor published; row 11 has no amount: never claimable
    expect(claim.excluded.map((e) => e.row)).toEqual([10, 11]);
    expect(claim.excluded[0].reasons).toContain('身份证号码无法识别，不能纳入申领或公示');
    expect(texts(sheet(claim, SHEET_NAMES.summary)).some((t) => t.includes('含核验错误'))).toBe(true);
  });

  test('includeErrorRows never claims a repeated ID: every row of the person is left out with the reason', () => {
    const list = trainees();
    list[1] = makeTrainee({ row: 5, name: '张三丰', id: '410102199003071230', occupation: '焊工', amount: 1500 });
    const claim = buildClaim(result(list), opts({ includeErrorRows: true }));
    expect(claim.included.map((r) => r.row)).toEqual([6, 7, 8, 9]);
    expect(
      claim.excluded
        .filter((e) => e.reasons.includes('身份证号码在花名册中重复，不能纳入申领或公示'))
        .map((e) => e.row),
    ).toEqual([4, 5]);
    expect(
      texts(sheet(claim, SHEET_NAMES.approval)).some((t) => t.startsWith('按申报单位要求纳入有核验错误的行：')),
    ).toBe(true);
  });

  test('no full name and no unmasked identity number anywhere on 公示名单', () => {
    for (const includeErrorRows of [false, true]) {
      const claim = buildClaim(result(), opts({ includeErrorRows }));
      const all = texts(sheet(claim, SHEET_NAMES.notice)).join('\n');
      for (const t of trainees()) {
        const id = String(t.cells.id?.value ?? '');
        expect(all).not.toContain(id);
        expect(all).not.toContain(id.slice(6, 14)); // the birth date part
        if (t.name.length >= 2) expect(all).not.toContain(t.name);
      }
      expect(all).not.toMatch(/\d{11,}/);
      expect(all).toContain('张*丰');
      expect(all).toContain('欧阳*娜');
      expect(all).toContain('110105********002X');
    }
  });

  test('the notice period skips 国庆 and is printed on the notice and the approval sheet', () => {
    const claim = buildClaim(result(), opts());
    expect(claim.notice).toMatchObject({
      start: { y: 2025, m: 9, d: 29 },
      end: { y: 2025, m: 10, d: 9 },
      workingDays: 3,
      holidayDataMissing: false,
    });
    const period = '2025年9月29日至2025年10月9日';
    expect(texts(sheet(claim, SHEET_NAMES.notice)).some((t) => t.includes(period))).toBe(true);
    expect(texts(sheet(claim, SHEET_NAMES.approval)).some((t) => t.includes(period) && t.includes('3 个工作日'))).toBe(
      true,
    );
    const five = buildClaim(result(), opts({ policy: testPolicy({ noticeWorkingDays: 5 }) }));
    expect(five.notice.end).toEqual({ y: 2025, m: 10, d: 11 }); // 09-29, 09-30, 10-09, 10-10 and the make-up Saturday 10-11
  });

  test('the approval sheet carries the fingerprint, assessment counts by certificate and the review blocks', () => {
    const claim = buildClaim(result(), opts());
    const all = texts(sheet(claim, SHEET_NAMES.approval));
    expect(claim.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(all.some((t) => t.includes(claim.fingerprint))).toBe(true);
    for (const label of ['初审人', '复核人', '盖章', '参加职业技能等级评定人数', '参加结业考核人数', '申请补贴人数']) {
      expect(all.some((t) => t.includes(label))).toBe(true);
    }
    const changed = trainees();
    changed[0].amountFen = 180001;
    expect(buildClaim(result(changed), opts()).fingerprint).not.toBe(claim.fingerprint);
  });

  test('the archive checklist marks every item and links to existing sheets', () => {
    const claim = buildClaim(result(), opts());
    const s = sheet(claim, SHEET_NAMES.archive);
    const names = new Set([...claim.sheets.map((x) => x.name), '花名册']);
    const links = s.cells.filter((c) => c.link);
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const c of links) expect(names.has(c.link!.sheet)).toBe(true);
    const all = texts(s);
    for (const item of [
      '补贴人员花名册',
      '拨付资金汇总表',
      '资金审批表',
      '公示名单',
      '培训协议书 / 承诺书（签字）',
      '各材料落款日期',
    ])
      expect(all).toContain(item);
    expect(all).toContain('缺'); // agreement not on file
    const withAgreement = buildClaim(result(), opts({ info: parseClaimInfo({ ...INFO, agreementOnFile: true }, 't') }));
    expect(texts(sheet(withAgreement, SHEET_NAMES.archive))).not.toContain('缺');
  });

  test('every sheet prints on A4, fits to width, has a merged title and bordered cells; no overlapping merges', () => {
    const claim = buildClaim(result(), opts());
    for (const s of claim.sheets) {
      expect(s.print).toMatchObject({ paper: 'A4', fitToWidth: true });
      expect(s.merges[0]).toEqual({ top: 1, left: 1, bottom: 1, right: s.columns.length });
      expect(s.cells.some((c) => c.style && s.styles[c.style]?.border)).toBe(true);
      const seen = new Set<string>();
      for (const m of s.merges) {
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            expect(seen.has(`${r}:${c}`)).toBe(false);
            seen.add(`${r}:${c}`);
          }
      }
      for (const c of s.cells) if (c.style) expect(s.styles[c.style]).toBeDefined();
    }
  });
});
