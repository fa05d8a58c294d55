// dup.phone: one phone number (digits only) shared by 3 or more different trainees (different ID
// keys; different names when the ID is unusable). Every row with that number is flagged.
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { formatRows, groupRepeats, otherRows } from '../id/shared';

type P = { phone: string; count: number; rows: string; others: number };

const ASCII = /^[^\u0080-\uffff]*$/;

/** People sharing one number before it is a finding. */
export const PHONE_SHARED_MIN = 3;

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Digits of a phone number after NFKC (full-width digits), +86 / 0086 dropped from mobiles; '' when too short to mean anything. */
export function phoneDigits(text: string): string {
  if (text === '') return '';
  if (allDigits(text)) return text.length >= 7 ? text : '';
  let d = '';
  const s = ASCII.test(text) ? text : text.normalize('NFKC');
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d += s[i];
  }
  if (d.length === 13 && d.startsWith('861')) d = d.slice(2);
  else if (d.length === 15 && d.startsWith('00861')) d = d.slice(4);
  return d.length >= 7 ? d : '';
}

export const dupPhone: Rule<P> = {
  code: 'dup.phone',
  severity: 'warning',
  title: { 'zh-CN': '联系电话多人共用', 'en-US': 'Phone shared by several trainees' },
  message(p, locale) {
    const rows = formatRows(p.rows, locale, p.others);
    return text(locale, {
      zh: `联系电话 ${p.phone} 被 ${p.count} 名不同人员共用（另见第 ${rows} 行），请核实`,
      en: `Phone ${p.phone} is shared by ${p.count} different trainees (also rows ${rows}); please check`,
    });
  },
  examples: [{ phone: '13800138000', count: 3, rows: '5,6', others: 2 }],
  run(ctx) {
    const { keys: idKeys } = ctx.facts.ids;
    const trainees = ctx.trainees;
    const phones = trainees.map((t) => phoneDigits(t.phone));
    const out: Finding<P>[] = [];
    for (const group of groupRepeats(trainees.length, (i) => phones[i])) {
      if (group.length < PHONE_SHARED_MIN) continue;
      const phone = phones[group[0]];
      // a person is an ID key; a row without a usable ID counts as a person only if its name is new
      const keys = new Set<string>();
      const keyedNames = new Set<string>();
      for (const i of group) {
        const k = idKeys[i];
        if (k) {
          keys.add(k);
          keyedNames.add(trainees[i].name);
        }
      }
      const loose = new Set<string>();
      for (const i of group) {
        if (!idKeys[i] && !keyedNames.has(trainees[i].name)) loose.add(trainees[i].name);
      }
      const count = keys.size + loose.size;
      if (count < PHONE_SHARED_MIN) continue;
      for (const i of group) {
        const related = otherRows(group, i, (j) => trainees[j].row);
        const params = { phone, count, rows: related.join(','), others: group.length - 1 };
        out.push(findingAt(dupPhone, trainees[i], 'phone', params, { related }));
      }
    }
    return out;
  },
};
