// total.mismatch: the 合计 row's amount differs from the sum of the trainee rows.
import type { Finding } from '../../types';
import { formatFen, parseYuanToFen } from '../../values/money';
import { cellText } from '../../values/text';
import type { Rule } from '../rule';

export const totalMismatch: Rule = {
  code: 'total.mismatch',
  severity: 'error',
  title: { 'zh-CN': '合计金额不符', 'en-US': 'Total does not add up' },
  message(p, locale) {
    if (p.kind === 'unreadable') {
      return locale === 'zh-CN'
        ? `合计行金额“${p.value}”无法识别，无法与各行之和 ${p.sum} 元核对`
        : `The total "${p.value}" cannot be read, so it cannot be checked against the rows' sum of ${p.sum} yuan`;
    }
    return locale === 'zh-CN'
      ? `合计金额 ${p.total} 元与各行补贴金额之和 ${p.sum} 元不一致（相差 ${p.diff} 元）`
      : `The total ${p.total} yuan differs from the sum of the rows, ${p.sum} yuan (difference ${p.diff} yuan)`;
  },
  run(ctx) {
    const { grid, layout } = ctx;
    const totalRow = layout.totalRow;
    const amountCol = layout.columns.find((c) => c.field === 'amount')?.col;
    if (totalRow === undefined || amountCol === undefined) return [];
    const value = grid.values[totalRow - grid.originRow]?.[amountCol - grid.originCol] ?? null;
    const total = parseYuanToFen(value);
    if (total === null) return [];
    let sum = 0;
    for (const t of ctx.trainees) if (t.amountFen !== null && Number.isFinite(t.amountFen)) sum += t.amountFen;
    const base: Omit<Finding, 'params'> = { code: totalMismatch.code, severity: totalMismatch.severity, row: totalRow, col: amountCol, field: 'amount' };
    if (Number.isNaN(total)) return [{ ...base, params: { kind: 'unreadable', value: cellText(value), sum: formatFen(sum) } }];
    if (total === sum) return [];
    return [{ ...base, params: { kind: 'diff', total: formatFen(total), sum: formatFen(sum), diff: formatFen(Math.abs(total - sum)) } }];
  },
};
