// The rows a fix adds to the 校验结果 sheet: one per cell changed, so the clerk sees what was done.
import { a1 } from '../a1';
import type { CellValue, Locale } from '../types';
import type { FixKind, FixPlan } from './plan';

export const FIX_TITLES: Record<FixKind, Record<Locale, string>> = {
  'id.normalize': { 'zh-CN': '规范身份证号', 'en-US': 'ID number normalised' },
  'id.textFormat': { 'zh-CN': '身份证号列设为文本格式', 'en-US': 'ID column set to text format' },
  'amount.expected': { 'zh-CN': '填入应发金额', 'en-US': 'Expected amount filled in' },
};

function shown(v: CellValue): string {
  return v === null ? '' : String(v);
}

/** [修正, 单元格, 原值, 新值] per changed cell, with a heading row first. */
export function fixReportRows(plan: FixPlan, locale: Locale): string[][] {
  const zh = locale === 'zh-CN';
  const head = zh ? ['修正', '单元格', '原值', '新值'] : ['Fix', 'Cell', 'Before', 'After'];
  const title = FIX_TITLES[plan.kind][locale];
  const rows = plan.cells.map((c) => [
    title,
    a1(c.row, c.col),
    shown(c.before),
    plan.kind === 'id.textFormat' ? (zh ? '文本格式' : 'text format') : shown(c.after),
  ]);
  return [head, ...rows];
}
