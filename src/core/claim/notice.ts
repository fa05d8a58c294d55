// 公示名单: the public notice list. Names and identity numbers masked; nothing on this sheet may reveal a
// full name or a full identity number (the test scans every cell).
import { fenToYuanNumber, formatYuan } from '../money';
import { SheetBuilder, type SheetModel } from '../sheet';
import { levelText, SHEET_NAMES, type ClaimContext } from './context';
import { maskId, maskName } from './mask';
import { chineseDate, CLAIM_STYLES, headerHeight } from './styles';

// 序号 姓名 身份证号码 职业(工种) 等级 证书类型 补贴标准 补贴金额
const WIDTHS = [6, 10, 22, 16, 14, 18, 11, 12];
const HEADERS = [
  '序号',
  '姓名',
  '公民身份号码',
  '职业（工种）',
  '等级',
  '证书类型',
  '补贴标准\n（元/人）',
  '补贴金额\n（元）',
];

/** Trainees printed on the notice's last page with the 合计 and the signature, when it runs to several pages. */
const KEEP_WITH_TOTAL = 5;

/** Said wherever the notice's end date is printed when it was given by hand. */
export const NOTICE_END_BY_HAND = '（截止日期系手工填写：节假日数据未收录该年度，已按当年国务院节假日安排人工核定）';

export function buildNotice(ctx: ClaimContext): SheetModel {
  const { info, notice, totals } = ctx;
  const b = new SheetBuilder(SHEET_NAMES.notice, WIDTHS, CLAIM_STYLES, { orientation: 'portrait', titleRows: [4, 4] });
  b.line(1, '职业技能培训补贴人员公示名单', 'title', 36);
  const period = `${chineseDate(notice.start)}至${chineseDate(notice.end)}（${notice.workingDays}个工作日）`;
  const byHand = notice.setByHand ? NOTICE_END_BY_HAND : '';
  const contact = info.noticeContact ? `，联系电话：${info.noticeContact}` : '';
  b.line(
    2,
    `　　根据职业技能提升培训补贴有关规定，现将${info.institution}${info.batch}申领职业技能培训补贴人员名单予以公示，` +
      `共 ${totals.persons} 人，补贴金额合计 ${formatYuan(totals.fen)} 元。公示期：${period}${byHand}。` +
      `如有异议，请在公示期内向${info.hrDept}或${info.supervisingDept}书面反映${contact}。`,
    'subtitle',
    60,
  );
  b.merge(3, 1, 3, 4, `公示期：${period}`, 'subtitle');
  b.merge(3, 5, 3, 8, `公示网站：${info.noticeSite}`, 'subtitleRight');
  b.height(3, 22);
  HEADERS.forEach((h, i) => b.set(4, i + 1, h, 'th'));
  b.height(4, headerHeight(HEADERS, WIDTHS));
  b.freeze(4);

  let r = 5;
  ctx.included.forEach((t, i) => {
    b.set(r, 1, i + 1, 'int');
    b.set(r, 2, maskName(t.name), 'td');
    b.set(r, 3, maskId(t.id), 'tdText');
    b.set(r, 4, t.occupation, 'td');
    b.set(r, 5, levelText(t.level), 'td');
    b.set(r, 6, String(t.cert), 'td');
    b.set(r, 7, fenToYuanNumber(t.rateFen ?? t.amountFen), 'money');
    b.set(r, 8, fenToYuanNumber(t.amountFen), 'money');
    b.height(r, 20);
    r++;
  });
  // the last trainees print with the 合计 and the signature: no last page of header and closing lines alone
  b.keepLastRows(5, r - 1, KEEP_WITH_TOTAL);
  b.merge(r, 1, r, 6, `合计：${totals.persons} 人`, 'totalLabel');
  b.set(r, 7, null, 'td');
  b.set(r, 8, fenToYuanNumber(totals.fen), 'totalMoney');
  b.height(r, 22);
  r += 2;
  b.merge(r, 5, r, 8, `公示单位：${info.hrDept}（盖章）`, 'sign');
  b.height(r, 24);
  b.merge(r + 1, 5, r + 1, 8, `${chineseDate(notice.start)}`, 'sign');
  b.height(r + 1, 24);
  return b.build();
}
