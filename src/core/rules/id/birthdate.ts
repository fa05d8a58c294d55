// id.birthdate: the birth date in the ID is not a real date, is before 1900 or is after today.
import { compareDates, formatIso } from '../../id';
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { isWellFormed, unusualIds } from './shared';

type P = { value: string; date: string; reason: 'invalid' | 'before1900' | 'future'; today: string };

export const idBirthdate: Rule<P> = {
  code: 'id.birthdate',
  severity: 'error',
  title: { 'zh-CN': '身份证出生日期无效', 'en-US': 'Invalid birth date in ID' },
  message(p, locale) {
    if (p.reason === 'before1900') {
      return text(locale, {
        zh: `身份证号码“${p.value}”中的出生日期 ${p.date} 早于 1900 年，请核对号码`,
        en: `ID number "${p.value}": birth date ${p.date} is before 1900; check the number`,
      });
    }
    if (p.reason === 'future') {
      return text(locale, {
        zh: `身份证号码“${p.value}”中的出生日期 ${p.date} 晚于今天（${p.today}），请核对号码`,
        en: `ID number "${p.value}": birth date ${p.date} is after today (${p.today}); check the number`,
      });
    }
    return text(locale, {
      zh: `身份证号码“${p.value}”中的出生日期 ${p.date} 不是有效日期，请核对号码`,
      en: `ID number "${p.value}": birth date ${p.date} is not a real date; check the number`,
    });
  },
  examples: [
    { value: '410102199002301235', date: '19900230', reason: 'invalid', today: '2026-11-23' },
    { value: '410102189003071232', date: '18900307', reason: 'before1900', today: '2026-11-23' },
    { value: '410102209003071237', date: '20900307', reason: 'future', today: '2026-11-23' },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (!isWellFormed(p)) continue;
      let reason: P['reason'] | '' = '';
      if (p.birthStatus === 'invalid') reason = 'invalid';
      else if (p.birthStatus === 'before1900') reason = 'before1900';
      else if (p.birth && compareDates(p.birth, ctx.today) > 0) reason = 'future';
      if (!reason) continue;
      // the 8 digits as written (a legacy number's 6 digits with its implied 19)
      const date = p.kind === 'legacy15' ? '19' + p.normalized.slice(6, 12) : p.normalized.slice(6, 14);
      out.push(findingAt(idBirthdate, t, 'id', { value: p.normalized, date, reason, today: formatIso(ctx.today) }));
    }
    return out;
  },
};
