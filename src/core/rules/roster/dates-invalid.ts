// dates.invalid: a training date that cannot be read, or an end before the start.
import { fieldLabel } from '../../layout/headers';
import { text } from '../../i18n';
import type { Field, Finding, Locale, Trainee } from '../../types';
import { compareDates, formatDate } from '../../values/date';
import { isExcelError } from '../../values/text';
import { findingAt, type Rule } from '../rule';

type P = {
  kind: 'unreadable' | 'order';
  /** which date could not be read: start, end, or the whole 培训起止时间 cell */
  which?: 'start' | 'end' | 'period';
  field: Field;
  value?: string;
  start?: string;
  end?: string;
};

function which(p: P, locale: Locale): string {
  const inPeriod = p.field === 'period';
  if (p.which === 'start' && inPeriod) {
    return text(locale, { zh: '培训起止时间中的开始日期', en: 'The start date in the training period' });
  }
  if (p.which === 'end' && inPeriod) {
    return text(locale, { zh: '培训起止时间中的结束日期', en: 'The end date in the training period' });
  }
  return fieldLabel(p.which ?? 'period', locale);
}

export const datesInvalid: Rule<P> = {
  code: 'dates.invalid',
  severity: 'error',
  title: { 'zh-CN': '培训日期有误', 'en-US': 'Invalid training dates' },
  message(p, locale) {
    if (p.kind === 'order') {
      return text(locale, {
        zh: `培训结束日期 ${p.end} 早于开始日期 ${p.start}`,
        en: `The training end date ${p.end} is before the start date ${p.start}`,
      });
    }
    if (p.which === 'period') {
      return text(locale, {
        zh: `培训起止时间“${p.value}”无法识别，应写成 2021.03.01-2021.03.20`,
        en: `Training period "${p.value}" cannot be read; expected e.g. 2021.03.01-2021.03.20`,
      });
    }
    const what = which(p, locale);
    return text(locale, {
      zh: `${what}“${p.value}”无法识别为日期，应写成 2021.03.01 或 2021-03-01 等`,
      en: `${what} "${p.value}" is not a readable date; expected e.g. 2021.03.01 or 2021-03-01`,
    });
  },
  examples: [
    { kind: 'order', field: 'end', start: '2021.03.20', end: '2021.03.01' },
    { kind: 'unreadable', which: 'period', field: 'period', value: '2021年3月' },
    { kind: 'unreadable', which: 'start', field: 'start', value: '2021.13.01' },
    { kind: 'unreadable', which: 'end', field: 'period', value: '2021.02.30' },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
    // which cell a finding goes on: asked only when there is a finding (a cell is read from the grid)
    const startOf = (t: Trainee): Field => (t.cells.start ? 'start' : 'period');
    const endOf = (t: Trainee): Field => (t.cells.end ? 'end' : 'period');
    for (const t of ctx.trainees) {
      // an Excel error (#REF!) in a date cell is value.unreadable's
      if (t.start.invalid && !isExcelError(t.start.raw)) {
        const startField = startOf(t);
        // a period cell that could not be split holds its whole text in start, with an empty end
        const whole = startField === 'period' && !t.end.raw;
        const params: P = {
          kind: 'unreadable',
          which: whole ? 'period' : 'start',
          field: startField,
          value: t.start.raw,
        };
        out.push(findingAt(datesInvalid, t, startField, params));
      }
      if (t.end.invalid && !isExcelError(t.end.raw)) {
        const endField = endOf(t);
        const params: P = { kind: 'unreadable', which: 'end', field: endField, value: t.end.raw };
        out.push(findingAt(datesInvalid, t, endField, params));
      }
      if (t.start.date && t.end.date && compareDates(t.end.date, t.start.date) < 0) {
        const endField = endOf(t);
        out.push(
          findingAt(datesInvalid, t, endField, {
            kind: 'order',
            field: endField,
            start: formatDate(t.start.date, '.'),
            end: formatDate(t.end.date, '.'),
          }),
        );
      }
    }
    return out;
  },
};
