// total.subtotal-mismatch: a 小计 (page or block subtotal) row whose amount differs from the sum of the
// trainee rows since the previous 小计 (or the header). An empty 小计 amount is not checked.
import { text } from '../../i18n';
import type { Finding } from '../../types';
import { formatFen, parseYuanToFen } from '../../values/money';
import { cellText } from '../../values/text';
import type { Rule } from '../rule';

type P =
  | { kind: 'unreadable'; value: string; sum: string; from: number; to: number }
  | { kind: 'diff'; total: string; sum: string; diff: string; from: number; to: number };

export const subtotalMismatch: Rule<P> = {
  code: 'total.subtotal-mismatch',
  severity: 'error',
  title: { 'zh-CN': '小计金额不符', 'en-US': 'Subtotal does not add up' },
  message(p, locale) {
    if (p.kind === 'unreadable') {
      return text(locale, {
        zh: `小计行金额“${p.value}”无法识别，无法与第 ${p.from}–${p.to} 行之和 ${p.sum} 元核对`,
        en: `The subtotal "${p.value}" cannot be read, so it cannot be checked against rows ${p.from}–${p.to} (${p.sum} yuan)`,
      });
    }
    return text(locale, {
      zh: `小计 ${p.total} 元与第 ${p.from}–${p.to} 行补贴金额之和 ${p.sum} 元不一致（相差 ${p.diff} 元）`,
      en: `The subtotal ${p.total} yuan differs from the sum of rows ${p.from}–${p.to}, ${p.sum} yuan (difference ${p.diff} yuan)`,
    });
  },
  examples: [
    { kind: 'unreadable', value: '一千', sum: '2000.00', from: 6, to: 7 },
    { kind: 'diff', total: '2000.00', sum: '2500.00', diff: '500.00', from: 6, to: 7 },
  ],
  run(ctx) {
    const { grid, layout } = ctx;
    const subtotals = layout.subtotalRows ?? [];
    const amountCol = layout.columns.find((c) => c.field === 'amount')?.col;
    if (!subtotals.length || amountCol === undefined) return [];
    const out: Finding<P>[] = [];
    let k = 0;
    for (const row of subtotals) {
      let sum = 0,
        from = 0,
        to = 0;
      for (; k < ctx.trainees.length && ctx.trainees[k].row < row; k++) {
        const t = ctx.trainees[k];
        if (from === 0) from = t.row;
        to = t.row;
        if (t.amountFen !== null && Number.isFinite(t.amountFen)) sum += t.amountFen;
      }
      if (from === 0) continue;
      const value = grid.values[row - grid.originRow]?.[amountCol - grid.originCol] ?? null;
      const total = parseYuanToFen(value);
      if (total === null) continue;
      const base = {
        code: subtotalMismatch.code,
        severity: subtotalMismatch.severity,
        row,
        col: amountCol,
        field: 'amount' as const,
      };
      if (Number.isNaN(total)) {
        out.push({ ...base, params: { kind: 'unreadable', value: cellText(value), sum: formatFen(sum), from, to } });
      } else if (total !== sum) {
        out.push({
          ...base,
          params: {
            kind: 'diff',
            total: formatFen(total),
            sum: formatFen(sum),
            diff: formatFen(Math.abs(total - sum)),
            from,
            to,
          },
        });
      }
    }
    return out;
  },
};
