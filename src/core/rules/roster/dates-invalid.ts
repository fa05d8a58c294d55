// dates.invalid: a training date that cannot be read, or an end before the start.
import { fieldLabel } from '../../layout/headers';
import type { Field, Finding, Locale, MessageParams, Trainee } from '../../types';
import { compareDates, formatDate } from '../../values/date';
import { isExcelError } from '../../values/text';
import { findingAt, type Rule } from '../rule';

function which(p: MessageParams, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (p.which === 'start') return p.field === 'period' ? (zh ? '培训起止时间中的开始日期' : 'The start date in the training period') : fieldLabel('start', locale);
  if (p.which === 'end') return p.field === 'period' ? (zh ? '培训起止时间中的结束日期' : 'The end date in the training period') : fieldLabel('end', locale);
  return fieldLabel('period', locale);
}

export const datesInvalid: Rule = {
  code: 'dates.invalid',
  severity: 'error',
  title: { 'zh-CN': '培训日期有误', 'en-US': 'Invalid training dates' },
  message(p, locale) {
    const zh = locale === 'zh-CN';
    if (p.kind === 'order') {
      return zh
        ? `培训结束日期 ${p.end} 早于开始日期 ${p.start}`
        : `The training end date ${p.end} is before the start date ${p.start}`;
    }
    if (p.which === 'period') {
      return zh
        ? `培训起止时间“${p.value}”无法识别，应写成 2021.03.01-2021.03.20`
        : `Training period "${p.value}" cannot be read; expected e.g. 2021.03.01-2021.03.20`;
    }
    return zh
      ? `${which(p, locale)}“${p.value}”无法识别为日期，应写成 2021.03.01 或 2021-03-01 等`
      : `${which(p, locale)} "${p.value}" is not a readable date; expected e.g. 2021.03.01 or 2021-03-01`;
  },
  run(ctx) {
    const out: Finding[] = [];
    // which cell a finding goes on: asked only when there is a finding (a cell is read from the grid)
    const startOf = (t: Trainee): Field => (t.cells.start ? 'start' : 'period');
    const endOf = (t: Trainee): Field => (t.cells.end ? 'end' : 'period');
    for (const t of ctx.trainees) {
      // an Excel error (#REF!) in a date cell is value.unreadable's
      if (t.start.invalid && !isExcelError(t.start.raw)) {
        const startField = startOf(t);
        // a period cell that could not be split holds its whole text in start, with an empty end
        const whole = startField === 'period' && !t.end.raw;
        out.push(findingAt(datesInvalid, t, startField, { kind: 'unreadable', which: whole ? 'period' : 'start', field: startField, value: t.start.raw }));
      }
      if (t.end.invalid && !isExcelError(t.end.raw)) {
        const endField = endOf(t);
        out.push(findingAt(datesInvalid, t, endField, { kind: 'unreadable', which: 'end', field: endField, value: t.end.raw }));
      }
      if (t.start.date && t.end.date && compareDates(t.end.date, t.start.date) < 0) {
        const endField = endOf(t);
        out.push(findingAt(datesInvalid, t, endField, {
          kind: 'order', field: endField, start: formatDate(t.start.date, '.'), end: formatDate(t.end.date, '.'),
        }));
      }
    }
    return out;
  },
};
