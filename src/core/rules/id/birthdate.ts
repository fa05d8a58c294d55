// id.birthdate: the birth date in the ID is not a real date, is before 1900 or is after today.
import { compareDates, formatIso } from '../../id';
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';
import { isWellFormed, unusualIds, zhEn } from './shared';

export const idBirthdate: Rule = {
  code: 'id.birthdate',
  severity: 'error',
  title: { 'zh-CN': '身份证出生日期无效', 'en-US': 'Invalid birth date in ID' },
  message(p, locale) {
    if (p.reason === 'before1900') {
      return zhEn(locale,
        `身份证号码“${p.value}”中的出生日期 ${p.date} 早于 1900 年，请核对号码`,
        `ID number "${p.value}": birth date ${p.date} is before 1900; check the number`);
    }
    if (p.reason === 'future') {
      return zhEn(locale,
        `身份证号码“${p.value}”中的出生日期 ${p.date} 晚于今天（${p.today}），请核对号码`,
        `ID number "${p.value}": birth date ${p.date} is after today (${p.today}); check the number`);
    }
    return zhEn(locale,
      `身份证号码“${p.value}”中的出生日期 ${p.date} 不是有效日期，请核对号码`,
      `ID number "${p.value}": birth date ${p.date} is not a real date; check the number`);
  },
  run(ctx) {
    const out: Finding[] = [];
    for (const i of unusualIds(ctx)) {
      const t = ctx.trainees[i];
      const p = ctx.facts.idAt(i);
      if (!isWellFormed(p)) continue;
      let reason = '';
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
