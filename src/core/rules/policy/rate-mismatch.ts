// rate.mismatch: the claimed amount differs from the policy's (over or under; outside a range).
import { yuanText } from '../../policy/money';
import type { RateResult } from '../../policy/rate';
import { findingAt, type Rule } from '../rule';
import { text } from '../../i18n';
import type { Finding, Text, Trainee } from '../../types';

/**
 * The 培训合格证 rate was raised from 700 to 1000 yuan in 2020 (郑人社办〔2020〕294号); paying 700
 * after that is a standing audit finding. Profiles say so with formerYuan; this covers those that don't.
 */
const OLD_CERTIFICATE_RATE = { certType: '培训合格证', oldFen: 70000, newFen: 100000 };

function isFormer(r: RateResult, amountFen: number, expectedFen: number): boolean {
  if (r.rate.formerYuan !== undefined && r.rate.formerYuan === amountFen) return true;
  const o = OLD_CERTIFICATE_RATE;
  return r.rate.certType === o.certType && amountFen === o.oldFen && expectedFen === o.newFen;
}

/** Calendar months the training touches (March 20 – April 5 is 2), or null without both dates. */
function monthsSpanned(t: Trainee): number | null {
  const s = t.start.date;
  const e = t.end.date;
  if (!s || !e) return null;
  const n = (e.y - s.y) * 12 + (e.m - s.m) + 1;
  return n > 0 ? n : null;
}

type P = {
  variant: 'fixed' | 'former' | 'no-uplift' | 'range' | 'month-multiple' | 'month-span';
  /** the amount claimed, in yuan */
  amount: string;
  /** how the policy's amount is computed: '1500 (C类不上浮)', '1500 × 1.2 (A类上浮20%) = 1800' */
  explain: Text;
  expected?: string;
  diff?: string;
  direction?: 'over' | 'under';
  uplift?: number;
  perMonth?: string;
  months?: number;
  span?: number;
};

const EXAMPLE = { amount: '1800', explain: { zh: '1500 (C类不上浮)', en: '1500 (category C, no uplift)' } };

function base(r: RateResult, amount: number): Pick<P, 'amount' | 'explain'> {
  return { amount: yuanText(amount), explain: r.explain };
}

/** The finding's params for a fixed or range rate, or null when the amount is right. Depends on the rate and amount only. */
function checkAmount(r: RateResult, amount: number): P | null {
  if (r.kind === 'fixed') {
    if (amount === r.fen) return null;
    const variant = isFormer(r, amount, r.fen)
      ? 'former'
      : r.upliftPercent > 0 && r.rate.amount.kind === 'fixed' && amount === r.rate.amount.yuan
        ? 'no-uplift'
        : 'fixed';
    const direction = amount > r.fen ? 'over' : 'under';
    return {
      ...base(r, amount),
      variant,
      expected: yuanText(r.fen),
      diff: yuanText(Math.abs(amount - r.fen)),
      direction,
      uplift: r.upliftPercent,
    };
  }
  if (r.kind === 'range') {
    if (amount >= r.minFen && amount <= r.maxFen) return null;
    const over = amount > r.maxFen;
    const diff = over ? amount - r.maxFen : r.minFen - amount;
    return { ...base(r, amount), variant: 'range', diff: yuanText(diff), direction: over ? 'over' : 'under' };
  }
  return null;
}

/** A per-month rate: a whole number of months, no more than the training spans. */
function checkMonths(r: RateResult & { kind: 'perMonth' }, t: Trainee, amount: number): P | null {
  if (amount <= 0 || amount % r.fen !== 0) {
    return { ...base(r, amount), variant: 'month-multiple', perMonth: yuanText(r.fen) };
  }
  const months = amount / r.fen;
  const span = monthsSpanned(t);
  if (span !== null && months > span) {
    return {
      ...base(r, amount),
      variant: 'month-span',
      perMonth: yuanText(r.fen),
      months,
      span,
      diff: yuanText(amount - span * r.fen),
      direction: 'over',
    };
  }
  return null;
}

/** "1500 (C类不上浮)" → "1500元（C类不上浮）"; "… = 1800" → "… = 1800元". */
function zhAmount(explain: string): string {
  const m = /^([\d.–]+) \((.+)\)$/.exec(explain);
  return m ? `${m[1]}元（${m[2]}）` : `${explain}元`;
}

function enAmount(explain: string): string {
  const m = /^([\d.–]+) \((.+)\)$/.exec(explain);
  return m ? `${m[1]} yuan (${m[2]})` : `${explain} yuan`;
}

export const rateMismatch: Rule<P> = {
  code: 'rate.mismatch',
  severity: 'error',
  title: { 'zh-CN': '补贴金额与标准不符', 'en-US': 'Amount differs from the rate' },
  message(p, locale) {
    const dir = text(locale, p.direction === 'over' ? { zh: '多报', en: 'over' } : { zh: '少报', en: 'under' });
    const zhExpected = zhAmount(p.explain.zh);
    const enExpected = enAmount(p.explain.en);
    switch (p.variant) {
      case 'former':
        return text(locale, {
          zh: `补贴金额${p.amount}元是已废止的旧标准，现行标准为${zhExpected}，${dir}${p.diff}元`,
          en: `Amount ${p.amount} yuan is the old rate; the current rate is ${enExpected} (${p.diff} yuan ${dir})`,
        });
      case 'no-uplift':
        return text(locale, {
          zh: `补贴金额${p.amount}元未按目录类别上浮${p.uplift}%：应为${zhExpected}，少报${p.diff}元`,
          en: `Amount ${p.amount} yuan leaves out the +${p.uplift}% category uplift: ${enExpected} (${p.diff} yuan under)`,
        });
      case 'range':
        return text(locale, {
          zh: `补贴金额${p.amount}元超出标准范围${zhExpected}，${dir}${p.diff}元`,
          en: `Amount ${p.amount} yuan is outside the range ${enExpected} (${p.diff} yuan ${dir})`,
        });
      case 'month-multiple':
        return text(locale, {
          zh: `补贴金额${p.amount}元不是每月${p.perMonth}元的整月倍数`,
          en: `Amount ${p.amount} yuan is not a whole number of months at ${p.perMonth} yuan per month`,
        });
      case 'month-span':
        return text(locale, {
          zh: `补贴金额${p.amount}元折合${p.months}个月（每月${p.perMonth}元），但培训期仅${p.span}个月，多报${p.diff}元`,
          en:
            `Amount ${p.amount} yuan is ${p.months} months at ${p.perMonth} yuan, but the training spans ${p.span} months ` +
            `(${p.diff} yuan over)`,
        });
      default:
        return text(locale, {
          zh: `补贴金额${p.amount}元与标准不符：应为${zhExpected}，${dir}${p.diff}元`,
          en: `Amount ${p.amount} yuan differs from the rate ${enExpected} (${p.diff} yuan ${dir})`,
        });
    }
  },
  examples: [
    { ...EXAMPLE, variant: 'fixed', expected: '1500', diff: '300', direction: 'over', uplift: 0 },
    {
      ...EXAMPLE,
      variant: 'former',
      amount: '700',
      expected: '1000',
      diff: '300',
      direction: 'under',
      uplift: 0,
      explain: { zh: '1000', en: '1000' },
    },
    {
      ...EXAMPLE,
      variant: 'no-uplift',
      amount: '1500',
      expected: '1800',
      diff: '300',
      direction: 'under',
      uplift: 20,
      explain: { zh: '1500 × 1.2 (A类上浮20%) = 1800', en: '1500 × 1.2 (category A +20%) = 1800' },
    },
    { ...EXAMPLE, variant: 'range', diff: '100', direction: 'over', explain: { zh: '550–1400', en: '550–1400' } },
    { ...EXAMPLE, variant: 'month-multiple', amount: '750', perMonth: '500', explain: { zh: '500', en: '500' } },
    {
      ...EXAMPLE,
      variant: 'month-span',
      amount: '1500',
      perMonth: '500',
      months: 3,
      span: 2,
      diff: '500',
      direction: 'over',
    },
  ],
  run(ctx) {
    const rates = ctx.facts.rates;
    const out: Finding<P>[] = [];
    // params depend only on the rate and the amount: computed once per distinct pair, copied per finding
    const cache = new Map<RateResult, Map<number, P | null>>();
    ctx.trainees.forEach((t, i) => {
      const s = rates[i];
      const amount = t.amountFen;
      if (s.status !== 'ok' || amount === null || !Number.isFinite(amount)) return;
      const r = s.rate;
      let params: P | null;
      if (r.kind === 'perMonth') {
        params = checkMonths(r, t, amount);
      } else {
        let byAmount = cache.get(r);
        if (!byAmount) {
          byAmount = new Map();
          cache.set(r, byAmount);
        }
        params = byAmount.get(amount) ?? null;
        if (!byAmount.has(amount)) {
          params = checkAmount(r, amount);
          byAmount.set(amount, params);
        }
        if (params) params = { ...params };
      }
      if (params) out.push(findingAt(rateMismatch, t, 'amount', params));
    });
    return out;
  },
};
