// 资金审批表: the fund approval sheet, laid out after the application form 附件2 (郑技领办〔2021〕6号):
// applicant, bank, class, assessment results by certificate type, the amount claimed, the review blocks
// of the supervising department and the HR department, the publicity period, and the roster fingerprint.
import { compareDates } from '../values';
import { fenToCapital, fenToWan, formatYuan } from '../money';
import { SheetBuilder, type SheetModel } from '../sheet';
import type { CalDate, CertType } from '../types';
import { levelText, SHEET_NAMES, type ClaimContext } from './context';
import { NOTICE_END_BY_HAND } from './notice';
import { BLANK_DATE, chineseDate, CLAIM_STYLES, fitHeight } from './styles';

const WIDTHS = [9, 20, 15, 15, 14, 22];

/** The rows of 附件2's 结业考核 block, by certificate type. */
const ASSESSMENT: Array<[string, CertType]> = [
  ['参加国家职业资格鉴定人数', '国家职业资格证书'],
  ['参加职业技能等级评定人数', '职业技能等级证书'],
  ['参加特种作业操作考核人数', '特种作业操作证书'],
  ['参加专项能力考核认定人数', '专项职业能力证书'],
  ['参加结业考核人数', '培训合格证'],
];

const PROMISE =
  '我郑重承诺对提供的各项材料和信息真实性负责，自觉接受社会监督。若有违反本承诺的行为，依法接受处理，并承担相应的责任。\n\n' +
  `申请承诺人：　　　　　　　　　　${BLANK_DATE}`;

const SIGN_BLOCK = `初审人：　　　　　　复核人：　　　　　　（盖章）\n\n　　　　　　　　　　　　　　　　　${BLANK_DATE}`;

function extreme(dates: Array<CalDate | null>, pick: 1 | -1): CalDate | null {
  let best: CalDate | null = null;
  for (const d of dates) if (d && (!best || compareDates(d, best) * pick > 0)) best = d;
  return best;
}

function hoursText(hours: Array<number | null>): string {
  const known = [...new Set(hours.filter((h): h is number => h !== null))].sort((a, b) => a - b);
  if (!known.length) return '　';
  return known.length === 1 ? String(known[0]) : `${known[0]}–${known[known.length - 1]}`;
}

/** 电工（五级/初级工、四级/中级工）、焊工（培训合格证） */
function occupationsText(ctx: ClaimContext): string {
  const by = new Map<string, Set<string>>();
  for (const r of ctx.included) {
    const s = by.get(r.occupation) ?? new Set<string>();
    s.add(r.level === null ? String(r.cert) : levelText(r.level));
    by.set(r.occupation, s);
  }
  return [...by].map(([o, s]) => `${o}（${[...s].join('、')}）`).join('、') || '—';
}

export function buildApproval(ctx: ClaimContext): SheetModel {
  const { info, included, totals, notice } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.approval, WIDTHS, CLAIM_STYLES, { orientation: 'portrait', onePage: true });
  b.line(1, '职业技能提升培训补贴资金审批表', 'title', 40);
  b.merge(2, 1, 2, 3, `开班批次：${info.batch}`, 'subtitle');
  b.merge(2, 4, 2, 6, `填表日期：${chineseDate(ctx.today)}`, 'subtitleRight');
  b.height(2, 22);

  const pair = (row: number, l1: string, v1: string | number, l2: string, v2: string | number, h = 30): void => {
    b.merge(row, 1, row, 2, l1, 'label');
    b.merge(row, 3, row, 4, v1, 'tdLeft');
    b.set(row, 5, l2, 'label');
    b.set(row, 6, v2, typeof v2 === 'number' ? 'int' : 'tdLeft');
    b.height(row, h);
  };
  pair(3, '培训机构（或企业、个人）名称', `${info.institution}（加盖印章）`, '联系人及电话', `${info.contact} ${info.phone}`, 36);
  b.merge(4, 1, 4, 2, '开户银行名称', 'label');
  b.merge(4, 3, 4, 4, info.bankName, 'tdLeft');
  b.set(4, 5, '银行帐号', 'label');
  b.set(4, 6, info.bankAccount, 'tdText');
  b.height(4, 30);

  // 开班情况
  const start = extreme(included.map((r) => r.start), -1);
  const end = extreme(included.map((r) => r.end), 1);
  const classStart = info.classStart ?? start;
  b.merge(5, 1, 9, 1, '开班\n情况', 'label');
  const row = (r: number, label: string, value: string | number, h = 30, style?: string): void => {
    b.set(r, 2, label, 'label');
    b.merge(r, 3, r, 6, value, style ?? (typeof value === 'number' ? 'int' : 'tdLeft'));
    b.height(r, h);
  };
  b.set(5, 2, '开班批次及开班时间', 'label');
  b.merge(5, 3, 5, 4, `${info.batch}${classStart ? `，${chineseDate(classStart)}` : ''}`, 'tdLeft');
  b.set(5, 5, '拟培训人数', 'label');
  b.set(5, 6, info.plannedPersons, 'int');
  b.height(5, 30);
  const occupations = occupationsText(ctx);
  row(6, '培训工种及级别', occupations, fitHeight(occupations, WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5], 30));
  b.set(7, 2, '实际培训人数', 'label');
  b.merge(7, 3, 7, 4, ctx.rosterPersons, 'int');
  b.set(7, 5, '培训方式', 'label');
  b.set(7, 6, info.trainingMode, 'tdLeft');
  b.height(7, 30);
  row(8, '培训时长', `${start ? chineseDate(start) : '　年　月　日'}至${end ? chineseDate(end) : '　年　月　日'}，共 ${hoursText(included.map((r) => r.hours))} 课时`);
  row(9, '行业主管部门', info.supervisingDept);

  // 结业考核
  b.merge(10, 1, 16, 1, '结业\n考核', 'label');
  const certified = new Map<string, number>();
  for (const r of included) certified.set(String(r.cert), (certified.get(String(r.cert)) ?? 0) + 1);
  const sat = (t: CertType): number => info.examinees?.[t] ?? certified.get(t) ?? 0;
  const satTotal = ASSESSMENT.reduce((s, [, t]) => s + sat(t), 0);
  b.merge(10, 2, 10, 3, '组织考核（评价、鉴定）时间', 'label');
  b.set(10, 4, chineseDate(info.assessmentDate), 'td');
  b.set(10, 5, '参加考核人数', 'label');
  b.set(10, 6, satTotal, 'int');
  b.height(10, 24);
  ASSESSMENT.forEach(([label, t], i) => {
    const r = 11 + i;
    b.merge(r, 2, r, 3, label, 'label');
    b.set(r, 4, sat(t), 'int');
    b.set(r, 5, '取证人数', 'label');
    b.set(r, 6, certified.get(t) ?? 0, 'int');
    b.height(r, 22);
  });
  b.merge(16, 2, 16, 3, '取证总人数', 'label');
  b.merge(16, 4, 16, 6, totals.persons, 'int');
  b.height(16, 22);

  // 补贴资金申领
  b.merge(17, 1, 22, 1, '补贴\n资金\n申领', 'label');
  b.set(17, 2, '申请补贴人数', 'label');
  b.set(17, 3, totals.persons, 'int');
  b.set(17, 4, '申请补贴资金', 'label');
  b.merge(17, 5, 17, 6, `${formatYuan(totals.fen)} 元（${fenToWan(totals.fen)} 万元）`, 'tdLeft');
  b.height(17, 26);
  row(18, '金额（大写）', fenToCapital(totals.fen), 30, 'capital');
  row(19, '申请承诺', PROMISE, 64, 'tdTop');
  row(20, `行业主管部门审核情况（${info.supervisingDept}，自受理之日起15个工作日内）`, SIGN_BLOCK, 64, 'tdTop');
  const days = notice.workingDays;
  const check = notice.setByHand ? NOTICE_END_BY_HAND : '';
  row(21, `人力资源社会保障部门对补贴信息公示情况（不少于${days}个工作日）`,
    `${chineseDate(notice.start)}至${chineseDate(notice.end)}在${info.noticeSite}进行公示，公示期 ${days} 个工作日${check}。\n期间收到异议情况和处理情况：`, 72, 'tdTop');
  row(22, `人力资源社会保障部门审核意见（${info.hrDept}）`, SIGN_BLOCK, 64, 'tdTop');

  // 资金拨付
  b.merge(23, 1, 24, 1, '资金\n拨付', 'label');
  b.set(23, 2, '拨付时间', 'label');
  b.set(23, 3, BLANK_DATE, 'td');
  b.set(23, 4, '拨付金额（万元）', 'label');
  b.merge(23, 5, 23, 6, null, 'td');
  b.height(23, 28);
  row(24, '资金来源', info.fundSource);

  b.set(25, 1, '花名册\n指纹', 'label');
  b.merge(25, 2, 25, 6, `SHA-256：${ctx.fingerprint}\n（${totals.persons} 人纳入申领。按「花名册核验」工具的规则（docs/claim.md）由花名册重新计算，结果不一致即说明花名册在审批后被改动）`, 'small');
  b.height(25, 40);
  const remark = [
    ctx.excluded.length ? `花名册 ${ctx.rosterPersons} 人，其中 ${ctx.excluded.length} 人未纳入本次申领，原因见「${SHEET_NAMES.summary}」。` : '',
    info.remark ?? '',
  ].filter(Boolean).join('\n');
  b.set(26, 1, '备注', 'label');
  b.merge(26, 2, 26, 6, remark || '　', 'tdLeft');
  b.height(26, 36);
  return b.build();
}
