// value.unreadable: a cell that must hold a number or a date shows an Excel error (#REF!, #N/A, #VALUE!,
// #DIV/0! …), or text that cannot be read as a number: the amount, the class hours, the training
// dates. (Date text that cannot be read stays with dates.invalid, which says how to write a date.)
import { fieldLabel } from '../../layout/headers';
import { cellShownText, cellValue } from '../../layout/read';
import type { Field, Finding, Trainee } from '../../types';
import { text } from '../../i18n';
import { cellText, isExcelError } from '../../values/text';
import { findingAt, type Rule } from '../rule';

const DATE_FIELDS: readonly Field[] = ['start', 'end', 'period'];

/** What the cell shows: the host's text when it gave one, else the value. */
function shown(t: Trainee, f: Field): string {
  const text = cellShownText(t, f);
  return text !== undefined && text !== '' ? text.trim() : cellText(cellValue(t, f));
}

/** A number cell (amount, hours) that does not read as a number. */
function numberFinding(t: Trainee, f: 'amount' | 'hours'): Finding<P> {
  const value = shown(t, f);
  return findingAt(valueUnreadable, t, f, {
    field: f,
    value,
    kind: isExcelError(value) ? 'error' : 'text',
    want: 'number',
  });
}

type P = { field: Field; value: string; kind: 'error' | 'text'; want: 'number' | 'date' };

export const valueUnreadable: Rule<P> = {
  code: 'value.unreadable',
  severity: 'error',
  title: { 'zh-CN': '单元格内容无法读取', 'en-US': 'Unreadable cell' },
  message(p, locale) {
    const label = fieldLabel(p.field, locale);
    const what = p.want === 'date' ? { zh: '日期', en: 'date' } : { zh: '数字', en: 'number' };
    if (p.kind === 'error') {
      return text(locale, {
        zh: `${label}显示“${p.value}”（Excel 错误值），无法读取：请改正公式或直接填写${what.zh}`,
        en: `${label} shows "${p.value}", an Excel error: fix the formula or type the ${what.en}`,
      });
    }
    return text(locale, {
      zh: `${label}“${p.value}”无法识别为数字`,
      en: `${label} "${p.value}" cannot be read as a number`,
    });
  },
  examples: [
    { field: 'amount', value: '#REF!', kind: 'error', want: 'number' },
    { field: 'start', value: '#N/A', kind: 'error', want: 'date' },
    { field: 'hours', value: 'abc', kind: 'text', want: 'number' },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
    const mapped = new Set(ctx.layout.columns.map((c) => c.field));
    const dates = DATE_FIELDS.filter((f) => mapped.has(f));
    for (const t of ctx.trainees) {
      // two fields, checked in line: a per-row list of pairs was most of what this rule allocated
      if (t.amountFen !== null && Number.isNaN(t.amountFen)) out.push(numberFinding(t, 'amount'));
      if (t.hours !== null && Number.isNaN(t.hours)) out.push(numberFinding(t, 'hours'));
      // dates: only when a date cell is unreadable at all (cheap test first)
      if (!t.start.invalid && !t.end.invalid) continue;
      for (const f of dates) {
        const v = cellValue(t, f);
        if (isExcelError(v))
          out.push(
            findingAt(valueUnreadable, t, f, { field: f, value: String(v).trim(), kind: 'error', want: 'date' }),
          );
      }
    }
    return out;
  },
};
