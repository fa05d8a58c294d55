// 归档清单: the archive checklist (DOMAIN.md, seed 000 问题⑤). Every item an audit looks for, its state,
// and a link to the sheet where it is.
import { a1 } from '../a1';
import { SheetBuilder, type SheetLink, type SheetModel } from '../sheet';
import { SHEET_NAMES, type ClaimContext } from './context';
import { chineseDate, CLAIM_STYLES, fitHeight } from './styles';

export type ArchiveStatus = '已生成' | '缺' | '待签章';

export interface ArchiveItem {
  name: string;
  status: ArchiveStatus;
  /** the sheet (and cell) where the item is; none for papers kept outside the workbook */
  link?: SheetLink;
  note: string;
}

const WIDTHS = [6, 34, 10, 18, 48];

export function archiveItems(ctx: ClaimContext): ArchiveItem[] {
  const at = (sheet: string, row = 1, col = 1): SheetLink => ({ sheet, cell: a1(row, col) });
  const roster: ArchiveItem = ctx.rosterSheet
    ? {
        name: '补贴人员花名册',
        status: '待签章',
        link: at(ctx.rosterSheet),
        note: `共 ${ctx.rosterPersons} 人；表尾制表人、审核人签字并加盖培训机构公章`,
      }
    : { name: '补贴人员花名册', status: '缺', note: '工作簿中未找到花名册工作表' };
  return [
    roster,
    {
      name: '拨付资金汇总表',
      status: '待签章',
      link: at(SHEET_NAMES.summary),
      note: `合计 ${ctx.totals.persons} 人；需制表人、审核人签字并加盖公章`,
    },
    {
      name: '资金审批表',
      status: '待签章',
      link: at(SHEET_NAMES.approval),
      note: '申请承诺人签字；行业主管部门、人社部门审核栏待填写',
    },
    {
      name: '行业主管部门审核意见（加盖公章）',
      status: '待签章',
      link: at(SHEET_NAMES.approval, 20, 2),
      note: `${ctx.info.supervisingDept}：初审人、复核人签字，盖章，注明日期`,
    },
    {
      name: '人力资源社会保障部门审核意见（加盖公章）',
      status: '待签章',
      link: at(SHEET_NAMES.approval, 22, 2),
      note: `${ctx.info.hrDept}：初审人、复核人签字，盖章，注明日期`,
    },
    {
      name: '公示名单',
      status: '已生成',
      link: at(SHEET_NAMES.notice),
      note: `公示期 ${chineseDate(ctx.notice.start)}至${chineseDate(ctx.notice.end)}；公示后留存公示页面截图及异议处理情况`,
    },
    ctx.info.agreementOnFile
      ? { name: '培训协议书 / 承诺书（签字）', status: '已生成', note: '申报信息中确认已与正确主体签订；原件随档' }
      : { name: '培训协议书 / 承诺书（签字）', status: '缺', note: '需附与正确主体签订的培训协议书或学员承诺书原件' },
    {
      name: '各材料落款日期',
      status: '待签章',
      link: at(SHEET_NAMES.approval, 19, 2),
      note: '审核意见、承诺、签章处须手写日期；本工作簿生成的表已注明填报日期',
    },
  ];
}

export function buildArchive(ctx: ClaimContext): SheetModel {
  const b = new SheetBuilder(SHEET_NAMES.archive, WIDTHS, CLAIM_STYLES, { orientation: 'portrait', titleRows: [4, 4] });
  b.line(1, '职业技能培训补贴申领归档材料清单', 'title', 36);
  b.line(
    2,
    `培训机构：${ctx.info.institution}　　开班批次：${ctx.info.batch}　　生成日期：${chineseDate(ctx.today)}`,
    'subtitle',
    22,
  );
  b.line(3, `花名册指纹（SHA-256）：${ctx.fingerprint}`, 'subtitle', 20);
  ['序号', '材料名称', '状态', '所在位置', '说明'].forEach((h, i) => b.set(4, i + 1, h, 'th'));
  b.height(4, 26);
  let r = 5;
  archiveItems(ctx).forEach((item, i) => {
    b.set(r, 1, i + 1, 'int');
    b.set(r, 2, item.name, 'tdLeft');
    b.set(r, 3, item.status, item.status === '已生成' ? 'statusDone' : 'statusTodo');
    if (item.link) b.set(r, 4, `${item.link.sheet}`, 'link', item.link);
    else b.set(r, 4, '（纸质材料）', 'td');
    b.set(r, 5, item.note, 'tdLeft');
    b.height(r, fitHeight(item.note, WIDTHS[4], 30));
    r++;
  });
  r++;
  b.line(
    r,
    '状态说明：已生成 — 本工作簿已生成或已确认；待签章 — 需签字、盖章或手写日期；缺 — 尚未提供，归档前必须补齐。',
    'note',
    36,
  );
  r += 2;
  b.merge(r, 1, r, 2, '归档人：', 'sign');
  b.merge(r, 3, r, 4, '核对人：', 'sign');
  b.set(r, 5, '归档日期：　　年　　月　　日', 'sign');
  b.height(r, 28);
  return b.build();
}
