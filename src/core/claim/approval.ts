// 资金审批表: the fund approval sheet, laid out row for row after the application form 附件2 of the 2021
// Zhengzhou work plan (年度补贴性职业技能提升培训申请表): 开班申请, 过程监管, 结业考核, 补贴资金申领, 资金拨付,
// 备注, in its order. What the tool knows is filled in; what the bureaus fill in (review opinions, the
// inspections, the 公示 record, whether items were entered in the information system) is left blank as on
// the form. After the form: what the papers rest on (policy, catalog, ledger, fingerprint, rows left out).
import { compareDates } from '../values';
import { fenToCapital, fenToWan, formatYuan } from '../money';
import { SheetBuilder, type SheetModel } from '../sheet';
import type { CertType } from '../types';
import { basisLines, type BasisLine } from './basis';
import { levelText, SHEET_NAMES, type ClaimContext } from './context';
import { ClaimInfoError } from './info';
import { NOTICE_END_BY_HAND } from './notice';
import type { ClaimRow } from './rows';
import { BLANK_DATE, chineseDate, CLAIM_STYLES, fitHeight } from './styles';

// A section | B label | C value | D value | E label | F value
const WIDTHS = [7, 24, 15, 15, 14, 19];
const VALUE_WIDTH = WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5];

/** The rows of 附件2's 结业考核 block, by certificate type. */
export const ASSESSMENT: Array<[string, CertType]> = [
  ['参加国家职业资格鉴定人数', '国家职业资格证书'],
  ['参加职业技能等级评定人数', '职业技能等级证书'],
  ['参加特种作业操作考核人数', '特种作业操作证书'],
  ['参加专项能力考核认定人数', '专项职业能力证书'],
  ['参加结业考核人数', '培训合格证'],
];

const PROMISE =
  '我郑重承诺对提供的各项材料和信息真实性负责，自觉接受社会监督。若有违反本承诺的行为，依法接受处理，并承担相应的责任。\n\n' +
  `申请承诺人：　　　　　　　　　　${BLANK_DATE}`;

const SIGN_BLOCK = `初审人：　　　　　　复核人：　　　　　　盖章\n\n　　　　　　　　　　　　　　　　　${BLANK_DATE}`;
const FIRST_CHECK = '学员人数：　　　　签到情况：\n培训资料留存情况：';
const DURING_CHECK = `时间：　　${BLANK_DATE}　　地点：\n师资情况：　　　　　　学员出勤情况：`;
const NOTICE_BLANK = `　　${BLANK_DATE}至　　${BLANK_DATE}在　　　省（市、县）人力资源和社会保障局官网进行公示，公示期　　天，\n期间收到异议情况和处理情况：`;
/** 附件2's own 备注. */
export const FORM_REMARK =
  '1. 培训专业及批次较多的，可在此表相应栏目中添加；\n' +
  '2. 个人申请的，将培训机构栏目改为个人，仅填写此表涉及个人及培训机构、评价机构等基本信息。';

/** 电工（五级/初级工、四级/中级工）、焊工（培训合格证） */
function occupationsText(rows: readonly ClaimRow[]): string {
  const by = new Map<string, Set<string>>();
  for (const r of rows) {
    const s = by.get(r.occupation) ?? new Set<string>();
    s.add(r.level === null ? String(r.cert) : levelText(r.level));
    by.set(r.occupation, s);
  }
  return [...by].map(([o, s]) => `${o}（${[...s].join('、')}）`).join('、');
}

/** 培训时长 per class (one training period): '2021年3月1日至2021年3月15日，共 40 课时'. */
export function classHoursText(rows: readonly ClaimRow[]): string {
  const classes = new Map<
    string,
    { occ: string; start: ClaimRow['start']; end: ClaimRow['end']; hours: Set<number> }
  >();
  for (const r of rows) {
    const key = [r.start ? chineseDate(r.start) : '', r.end ? chineseDate(r.end) : ''].join('\u0001');
    const c = classes.get(key) ?? { occ: r.occupation, start: r.start, end: r.end, hours: new Set<number>() };
    if (r.hours !== null) c.hours.add(r.hours);
    classes.set(key, c);
  }
  const sorted = [...classes.values()].sort(
    (a, b) => (a.start && b.start ? compareDates(a.start, b.start) : 0) || a.occ.localeCompare(b.occ, 'zh'),
  );
  return sorted
    .map((c) => {
      const period = `${c.start ? chineseDate(c.start) : `　${BLANK_DATE}`}至${c.end ? chineseDate(c.end) : `　${BLANK_DATE}`}`;
      const hours = [...c.hours].sort((a, b) => a - b).join('、') || '　';
      return `${period}，共 ${hours} 课时`;
    })
    .join('\n');
}

/** Persons of the whole roster by certificate type (claimed or not: the certificates were obtained). */
function certifiedByType(ctx: ClaimContext): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of [...ctx.included, ...ctx.excluded]) out.set(String(r.cert), (out.get(String(r.cert)) ?? 0) + 1);
  return out;
}

const line = (text: string): BasisLine => ({ text, warn: false });

export function buildApproval(ctx: ClaimContext): SheetModel {
  const { info, included, totals } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.approval, WIDTHS, CLAIM_STYLES, {
    orientation: 'portrait',
    titleRows: [1, 2],
  });
  b.line(1, '职业技能提升培训补贴资金审批表', 'title', 36);
  b.merge(2, 1, 2, 3, `开班批次：${info.batch}`, 'subtitle');
  b.merge(2, 4, 2, 6, `填表日期：${chineseDate(ctx.today)}`, 'subtitleRight');
  b.height(2, 22);

  /** label in B, value across C–D, a second label in E and its value in F */
  const pair = (
    r: number,
    l1: string,
    v1: string | number | null,
    l2: string,
    v2: string | number | null,
    h = 30,
  ): void => {
    b.set(r, 2, l1, 'label');
    b.merge(r, 3, r, 4, v1, typeof v1 === 'number' ? 'int' : 'tdLeft');
    b.set(r, 5, l2, 'label');
    b.set(r, 6, v2, typeof v2 === 'number' ? 'int' : 'tdLeft');
    b.height(
      r,
      Math.max(
        h,
        fitHeight(String(v1 ?? ''), WIDTHS[2] + WIDTHS[3]),
        fitHeight(l1, WIDTHS[1]),
        fitHeight(l2, WIDTHS[4]),
      ),
    );
  };
  /** label in B, value across C–F */
  const wide = (r: number, label: string, value: string | number | null, style = 'tdLeft', min = 30): void => {
    b.set(r, 2, label, 'label');
    b.merge(r, 3, r, 6, value, typeof value === 'number' ? 'int' : style);
    b.height(r, Math.max(min, fitHeight(String(value ?? ''), VALUE_WIDTH), fitHeight(label, WIDTHS[1])));
  };
  const section = (top: number, bottom: number, text: string): void => void b.merge(top, 1, bottom, 1, text, 'label');

  // the applicant (above the sections, label across A–B)
  b.merge(3, 1, 3, 2, '培训机构（或企业、个人）名称', 'label');
  b.merge(3, 3, 3, 4, `${info.institution}（加盖印章）`, 'tdLeft');
  b.set(3, 5, '联系人及电话', 'label');
  b.set(3, 6, `${info.contact} ${info.phone}`, 'tdLeft');
  b.height(3, Math.max(36, fitHeight(`${info.institution}（加盖印章）`, WIDTHS[2] + WIDTHS[3])));
  b.merge(4, 1, 4, 2, '开户银行名称', 'label');
  b.merge(4, 3, 4, 4, info.bankName, 'tdLeft');
  b.set(4, 5, '银行帐号', 'label');
  b.set(4, 6, info.bankAccount, 'tdText');
  b.height(4, 30);

  // 开班申请
  section(5, 10, '开班\n申请');
  b.set(5, 2, '开班批次及开班时间', 'label');
  b.set(5, 3, `${info.batch}${info.classStart ? `，${chineseDate(info.classStart)}` : ''}`, 'tdLeft');
  b.set(5, 4, '培训工种及级别', 'label');
  const occupations = occupationsText(included);
  b.merge(5, 5, 5, 6, occupations || null, 'tdLeft');
  b.height(5, Math.max(30, fitHeight(occupations, WIDTHS[4] + WIDTHS[5])));
  b.set(6, 2, '拟培训人数', 'label');
  b.set(6, 3, info.plannedPersons, 'int');
  b.set(6, 4, '培训时长', 'label');
  const hours = classHoursText(included) || `　${BLANK_DATE}至　${BLANK_DATE}，共　　课时`;
  b.merge(6, 5, 6, 6, hours, 'tdLeft');
  b.height(6, Math.max(30, fitHeight(hours, WIDTHS[4] + WIDTHS[5])));
  wide(7, '拟培训方式（企业自主培训或委托培训等）', info.trainingMode);
  wide(8, '培训计划及人员名册是否在职业培训信息化管理系统填报', null);
  wide(9, '行业主管部门审核意见', SIGN_BLOCK, 'tdTop', 60);
  wide(10, '人力资源社会保障部门审核意见', SIGN_BLOCK, 'tdTop', 60);

  // 过程监管: the inspections are the bureau's; every box is left blank
  section(11, 15, '过程\n监管');
  pair(11, '开班当日检查情况', FIRST_CHECK, '检查人员签字', null, 44);
  pair(12, '培训期间检查情况', DURING_CHECK, '检查人员签字', null, 44);
  pair(13, '培训期间检查情况', DURING_CHECK, '检查人员签字', null, 44);
  pair(14, '检查情况是否在职业培训信息化管理系统填报', null, '平均出勤人数', null);
  wide(15, '人力资源社会保障部门检查意见', null, 'tdTop', 44);

  // 结业考核: 参加考核人数 as given (never fewer than those certified), 取证人数 from the whole roster
  section(16, 22, '结业\n考核');
  const certified = certifiedByType(ctx);
  const sat = (t: CertType): number => info.examinees?.[t] ?? certified.get(t) ?? 0;
  for (const [label, t] of ASSESSMENT) {
    const got = certified.get(t) ?? 0;
    if (sat(t) < got) {
      throw new ClaimInfoError(
        `申报信息字段 examinees.${t}（${label}）：${sat(t)} 人少于花名册上取得「${t}」的 ${got} 人`,
        `claim info field examinees.${t}: ${sat(t)} examinees, fewer than the ${got} on the roster holding a ${t}`,
        'examinees',
      );
    }
  }
  const satTotal = ASSESSMENT.reduce((s, [, t]) => s + sat(t), 0);
  const certTotal = ASSESSMENT.reduce((s, [, t]) => s + (certified.get(t) ?? 0), 0);
  pair(
    16,
    '组织考核（评价、鉴定）时间\n提前3天提出，并在信息化管理系统上填报',
    chineseDate(info.assessmentDate),
    '参加考核人数',
    satTotal,
    44,
  );
  ASSESSMENT.forEach(([label, t], i) => {
    const r = 17 + i;
    b.set(r, 2, `其中：${label}`, 'label');
    b.merge(r, 3, r, 4, sat(t), 'int');
    b.set(r, 5, '取证人数', 'label');
    b.set(r, 6, certified.get(t) ?? 0, 'int');
    b.height(r, 24);
  });
  b.set(22, 2, '考核结果是否在职业培训信息化管理系统填报', 'label');
  b.set(22, 3, null, 'td');
  b.set(22, 4, '取证总人数', 'label');
  b.set(22, 5, certTotal, 'int');
  b.set(22, 6, '考核巡查人员签字：', 'tdTop');
  b.height(22, 44);

  // 补贴资金申领
  section(23, 27, '补贴\n资金\n申领');
  b.set(23, 2, '企业或培训机构或个人向行业主管部门申请', 'label');
  b.set(23, 3, '申请补贴人数', 'label');
  b.set(23, 4, totals.persons, 'int');
  b.set(23, 5, '申请补贴资金（万元）', 'label');
  b.set(23, 6, fenToWan(totals.fen), 'tdLeft');
  b.height(23, 44);
  wide(24, '申请承诺', PROMISE, 'tdTop', 72);
  wide(25, '行业主管部门审核情况（自受理之日起15个工作日内）', SIGN_BLOCK, 'tdTop', 60);
  wide(
    26,
    `人力资源社会保障部门对补贴信息公示情况（不少于${ctx.notice.workingDays}个工作日）`,
    NOTICE_BLANK,
    'tdTop',
    60,
  );
  wide(27, '人力资源社会保障部门审核意见', SIGN_BLOCK, 'tdTop', 60);

  // 资金拨付
  section(28, 29, '资金\n拨付');
  pair(28, '拨付时间', null, '拨付金额（万元）', null);
  wide(29, '资金来源（就业补助资金、失业保险基金、职业技能提升行动资金等）', info.fundSource);

  b.set(30, 1, '备注', 'label');
  b.merge(30, 2, 30, 6, FORM_REMARK, 'tdLeft');
  b.height(30, fitHeight(FORM_REMARK, VALUE_WIDTH + WIDTHS[1]));

  // after the form: what the papers rest on
  const n = ctx.notice;
  const basis = [
    line(`申请补贴资金 ${formatYuan(totals.fen)} 元（${fenToCapital(totals.fen)}），${totals.persons} 人纳入申领。`),
    line(
      `拟定公示期（见「${SHEET_NAMES.notice}」）：${chineseDate(n.start)}至${chineseDate(n.end)}，${n.workingDays} 个工作日${n.setByHand ? NOTICE_END_BY_HAND : ''}。`,
    ),
    ...basisLines(ctx),
    line(
      ctx.excluded.length
        ? `花名册 ${ctx.rosterPersons} 人，其中 ${ctx.excluded.length} 人未纳入本次申领，原因见「${SHEET_NAMES.summary}」。`
        : `花名册 ${ctx.rosterPersons} 人全部纳入申领。`,
    ),
    line(info.remark ?? ''),
  ].filter((x) => x.text);
  let r = 32;
  b.line(r, '附：核验与计算依据（本表以外，由「花名册核验」工具生成）', 'section', 24);
  r++;
  for (const { text, warn } of basis) {
    b.merge(r, 1, r, 6, text, warn ? 'smallWarn' : 'small');
    b.height(r, fitHeight(text, VALUE_WIDTH + WIDTHS[0] + WIDTHS[1], 20));
    r++;
  }
  b.merge(
    r,
    1,
    r,
    6,
    `花名册指纹 SHA-256：${ctx.fingerprint}\n（按 docs/claim.md 由花名册重新计算，结果不一致即说明花名册在审批后被改动）`,
    'small',
  );
  b.height(r, 40);
  return b.build();
}
