// 拨付资金汇总表: the disbursement summary finance pays from. Groups with persons, rate and amount, the
// total in 元, 万元 and 大写, the payee's bank account, the signature blocks, and the rows left out.
import { fenToCapital, fenToWan, fenToYuanNumber, formatYuan } from '../money';
import { SheetBuilder, type SheetModel } from '../sheet';
import { basisLines } from './basis';
import { categoryText, groupRows, levelText, SHEET_NAMES, type ClaimContext } from './context';
import { chineseDate, CLAIM_STYLES, fitHeight, headerHeight } from './styles';

// 序号 职业(工种) 等级 证书类型 目录类别 人数 补贴标准 补贴金额 备注
const WIDTHS = [6, 16, 13, 18, 8, 6, 11, 13, 40];
const HEADERS = [
  '序号',
  '职业（工种）',
  '等级',
  '证书类型',
  '目录类别',
  '人数',
  '补贴标准\n（元/人）',
  '补贴金额\n（元）',
  '备注',
];

function remarkOf(g: ReturnType<typeof groupRows>[number]): string {
  const parts: string[] = [];
  if (g.upliftPercent > 0 && g.category) parts.push(`含${g.category}类上浮${g.upliftPercent}%`);
  if (g.policyFen !== null) parts.push(`政策标准${formatYuan(g.policyFen)}元/人`);
  if (g.unrated) parts.push(`政策无此补贴标准，按花名册金额申领${g.unrated}人（按要求纳入）`);
  if (g.withErrors) parts.push(`含核验错误${g.withErrors}人（按要求纳入）`);
  return parts.join('；');
}

export function buildSummary(ctx: ClaimContext): SheetModel {
  const { info, totals } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.summary, WIDTHS, CLAIM_STYLES, {
    orientation: 'landscape',
    titleRows: [4, 4],
  });
  b.line(1, '职业技能培训补贴拨付资金汇总表', 'title', 36);
  b.merge(2, 1, 2, 5, `培训机构（盖章）：${info.institution}`, 'subtitle');
  b.merge(2, 6, 2, 9, `开班批次：${info.batch}`, 'subtitle');
  b.merge(3, 1, 3, 5, `行业主管部门：${info.supervisingDept}　　资金来源：${info.fundSource}`, 'subtitle');
  b.merge(3, 6, 3, 9, `填报日期：${chineseDate(ctx.today)}　　金额单位：元`, 'subtitle');
  b.height(2, 22).height(3, 22);
  HEADERS.forEach((h, i) => b.set(4, i + 1, h, 'th'));
  b.height(4, headerHeight(HEADERS, WIDTHS));

  let r = 5;
  groupRows(ctx.included).forEach((g, i) => {
    b.set(r, 1, i + 1, 'int');
    b.set(r, 2, g.occupation, 'td');
    b.set(r, 3, levelText(g.level), 'td');
    b.set(r, 4, g.cert, 'td');
    b.set(r, 5, categoryText(g.category), 'td');
    b.set(r, 6, g.persons, 'int');
    b.set(r, 7, fenToYuanNumber(g.perPersonFen), 'money');
    b.set(r, 8, fenToYuanNumber(g.fen), 'money');
    b.set(r, 9, remarkOf(g), 'tdLeft');
    b.height(r, fitHeight(remarkOf(g), WIDTHS[8], 20));
    r++;
  });
  if (ctx.included.length === 0) {
    b.merge(r, 1, r, 9, '（无可申领人员）', 'td');
    r++;
  }
  b.merge(r, 1, r, 5, '合计', 'totalLabel');
  b.set(r, 6, totals.persons, 'totalInt');
  b.set(r, 7, null, 'td');
  b.set(r, 8, fenToYuanNumber(totals.fen), 'totalMoney');
  b.set(r, 9, null, 'td');
  b.height(r, 24);
  r++;
  const rowsOf: Array<[string, string, string]> = [
    ['合计金额（万元）', fenToWan(totals.fen), 'tdLeft'],
    ['合计金额（大写）', fenToCapital(totals.fen), 'capital'],
    ['收款单位', info.institution, 'tdLeft'],
    ['开户银行', info.bankName, 'tdLeft'],
    ['银行帐号', info.bankAccount, 'tdLeft'],
  ];
  for (const [label, value, style] of rowsOf) {
    b.merge(r, 1, r, 5, label, 'label');
    b.merge(r, 6, r, 9, value, style);
    b.height(r, 24);
    r++;
  }
  r++;
  b.merge(r, 1, r, 2, `制表人：${info.preparer ?? ''}`, 'sign');
  b.merge(r, 3, r, 4, `审核人：${info.reviewer ?? ''}`, 'sign');
  b.merge(r, 5, r, 7, '负责人（签字）：', 'sign');
  b.set(r, 8, '单位（盖章）：', 'sign');
  b.set(r, 9, `日期：${chineseDate(ctx.today)}`, 'sign');
  b.height(r, 30);
  r += 2;
  // what the figures rest on: policy, catalog (the sample in red), ledger, rows with errors claimed
  for (const { text, warn } of basisLines(ctx)) {
    b.line(r, text, warn ? 'basisWarn' : 'basis');
    b.height(
      r,
      fitHeight(
        text,
        WIDTHS.reduce((x, y) => x + y, 0),
        18,
      ),
    );
    r++;
  }
  r++;

  // The rows left out use the same columns, so the header repeated on each printed page still fits.
  const n = ctx.excluded.length;
  const leftFen = ctx.excluded.reduce((sum, e) => sum + (e.amountFen ?? 0), 0);
  b.line(
    r,
    n
      ? `附：未纳入本次申领的人员（共 ${n} 人，花名册所列金额 ${formatYuan(leftFen)} 元，未计入上述合计）`
      : '附：未纳入本次申领的人员：无',
    'section',
    24,
  );
  r++;
  ctx.excluded.forEach((e, i) => {
    const why = `第${e.row}行 ${e.name || '（姓名空）'}：${e.reasons.join('；')}`;
    b.set(r, 1, i + 1, 'int');
    b.set(r, 2, e.occupation, 'td');
    b.set(r, 3, e.level || '—', 'td');
    b.set(r, 4, e.cert, 'td');
    b.set(r, 5, categoryText(e.category), 'td');
    b.set(r, 6, 1, 'int');
    b.set(r, 7, null, 'td');
    b.set(r, 8, e.amountFen === null ? '—' : fenToYuanNumber(e.amountFen), e.amountFen === null ? 'td' : 'money');
    b.set(r, 9, why, 'tdLeft');
    b.height(r, fitHeight(why, WIDTHS[8], 20));
    r++;
  });
  return b.build();
}

/** The sum of the included rows' amounts and their count: the summary's 合计. */
export function totalsOf(rows: ReadonlyArray<{ amountFen: number }>): { persons: number; fen: number } {
  let fen = 0;
  for (const r of rows) fen += r.amountFen;
  return { persons: rows.length, fen };
}
