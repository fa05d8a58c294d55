// total.mismatch: the 合计 row's amount differs from the sum of the trainee rows.
import type { Finding } from '../../types';
import { formatFen, parseYuanToFen } from '../../values/money';
import { cellText } from '../../values/text';
import { text } from '../../i18n';
import type { Rule } from '../rule';

type P =
  { kind: 'unreadable'; value: string; sum: string } | { kind: 'diff'; total: string; sum: string; diff: string };

export const totalMismatch: Rule<P> = {
  code: 'total.mismatch',
  severity: 'error',
  title: { 'zh-CN': '合计金额不符', 'en-US': 'Total does not add up' },
  message(p, locale) {
    if (p.kind === 'unreadable') {
      return text(locale, {
        zh: `合计行金额“${p.value}”无法识别，无法与各行之和 ${p.sum} 元核对`,
        en: `The total "${p.value}" cannot be read, so it cannot be checked against the rows' sum of ${p.sum} yuan`,
      });
    }
    return text(locale, {
      zh: `合计金额 ${p.total} 元与各行补贴金额之和 ${p.sum} 元不一致（相差 ${p.diff} 元）`,
      en: `The total ${p.total} yuan differs from the sum of the rows, ${p.sum} yuan (difference ${p.diff} yuan)`,
    });
  },
  examples: [
    { kind: 'unreadable', value: '肆仟叁佰元', sum: '4300.50' },
    { kind: 'diff', total: '4800.00', sum: '4300.50', diff: '499.50' },
  ],
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
    const base: Omit<Finding<P>, 'params'> = {
      code: totalMismatch.code,
      severity: totalMismatch.severity,
      row: totalRow,
      col: amountCol,
      field: 'amount',
    };
    if (Number.isNaN(total))
      return [{ ...base, params: { kind: 'unreadable', value: cellText(value), sum: formatFen(sum) } }];
    if (total === sum) return [];
    return [
      {
        ...base,
        params: { kind: 'diff', total: formatFen(total), sum: formatFen(sum), diff: formatFen(Math.abs(total - sum)) },
      },
    ];
  },
};
