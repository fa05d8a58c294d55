// field.missing: an empty cell in a required column (姓名, 身份证号码, 职业(工种), 证书类型, 补贴金额).
import { fieldLabel } from '../../layout/headers';
import { REQUIRED_FIELDS, type Field, type Finding, type Trainee } from '../../types';
import { isBlank } from '../../values/text';
import { isWellFormed } from '../id/shared';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';

type P = { field: Field; header: string };

/**
 * Whether field f of trainee i is empty. blankCode: per field with coded texts (occupation, certType),
 * whether each distinct text is blank; idWellFormed: the trainee's ID has 15 or 18 characters of the
 * right shape (isWellFormed).
 */
function isEmptyField(t: Trainee, f: Field, blank: boolean | undefined, idWellFormed: boolean): boolean {
  if (f === 'amount') return t.amountFen === null;
  // Most cells are filled, and the trainee's text or parsed ID says so without reading the cell:
  // a text trimmed from the cell that is not blank, or an ID with digits, means a non-blank cell.
  if (blank === false || (f === 'name' && !isBlank(t.name)) || (f === 'id' && idWellFormed)) return false;
  const cell = t.cells[f];
  return !cell || isBlank(cell.value);
}

export const fieldMissing: Rule<P> = {
  code: 'field.missing',
  severity: 'error',
  title: { 'zh-CN': '必填项为空', 'en-US': 'Required cell empty' },
  message(p, locale) {
    const label = fieldLabel(p.field, locale);
    return text(locale, {
      zh: `${label}${p.header && p.header !== label ? `（列“${p.header}”）` : ''}为空，必须填写`,
      en: `${label}${p.header ? ` (column "${p.header}")` : ''} is empty; it is required`,
    });
  },
  examples: [
    { field: 'id', header: '公民身份号码' },
    { field: 'name', header: '姓名' },
  ],
  run(ctx) {
    const out: Finding<P>[] = [];
    const required = REQUIRED_FIELDS.flatMap((f) => {
      const m = ctx.layout.columns.find((c) => c.field === f);
      return m ? [{ field: f, col: m.col, header: m.header }] : [];
    });
    // a plain ID has no ParsedId in the shared table (and is well-formed)
    const ids = ctx.facts.ids.parsed;
    // the coded texts of the required text fields, each distinct text judged blank or not once
    const coded = required.map((r) => {
      const prop = r.field === 'occupation' || r.field === 'certType' ? r.field : undefined;
      if (prop === undefined) return undefined;
      const { codes, texts } = ctx.facts.columns.texts(prop);
      return { codes, blank: texts.map(isBlank) };
    });
    ctx.trainees.forEach((t, i) => {
      const p = ids[i];
      const idWellFormed = p === undefined || isWellFormed(p);
      for (let k = 0; k < required.length; k++) {
        const r = required[k];
        const c = coded[k];
        if (!isEmptyField(t, r.field, c && c.blank[c.codes[i]], idWellFormed)) continue;
        const col = t.cells[r.field]?.col ?? r.col;
        out.push(findingAt(fieldMissing, t, r.field, { field: r.field, header: r.header }, { col }));
      }
    });
    return out;
  },
};
