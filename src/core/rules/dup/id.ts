// dup.id: the same person (canonical 18-character key; a 15-digit number upgraded) appears more
// than once. Every occurrence is flagged on its ID cell, with the other rows as related.
import type { Finding } from '../../types';
import { text } from '../../i18n';
import { findingAt, type Rule } from '../rule';
import { formatRows, groupRepeats, otherRows } from '../id/shared';

type P = { value: string; rows: string; names: string; count: number };

const MAX_NAMES = 10;

/** '张三、李四' with an empty name shown as （空）, long lists cut short. */
function namesList(names: string[]): string {
  const shown = names
    .slice(0, MAX_NAMES)
    .map((n) => n || '（空）')
    .join('、');
  return names.length > MAX_NAMES ? `${shown} 等 ${names.length} 个姓名` : shown;
}

export const dupId: Rule<P> = {
  code: 'dup.id',
  severity: 'error',
  title: { 'zh-CN': '身份证号码重复', 'en-US': 'Repeated ID number' },
  message(p, locale) {
    const rows = formatRows(p.rows, locale, p.count - 1);
    const names = p.names;
    return text(locale, {
      zh: `身份证号码 ${p.value} 与第 ${rows} 行重复${names ? `，且姓名不同（${names}），请核实是否一证多人` : ''}`,
      en:
        `ID number ${p.value} also appears in row ${rows}` +
        (names ? `, under different names (${names}); check whether one ID is used by several people` : ''),
    });
  },
  examples: [
    { value: '410102199003071230', rows: '9', names: '', count: 2 },
    { value: '410102199003071230', rows: '9,12', names: '张三、李四', count: 3 },
  ],
  run(ctx) {
    const { keys } = ctx.facts.ids;
    const trainees = ctx.trainees;
    const out: Finding<P>[] = [];
    for (const group of groupRepeats(keys.length, (i) => keys[i])) {
      const key = keys[group[0]] as string;
      const distinct = [...new Set(group.map((i) => trainees[i].name))];
      for (const i of group) {
        const t = trainees[i];
        const related = otherRows(group, i, (j) => trainees[j].row);
        // the names in the group, this row's first, only when they differ
        const names = distinct.length > 1 ? namesList([t.name, ...distinct.filter((n) => n !== t.name)]) : '';
        out.push(
          findingAt(dupId, t, 'id', { value: key, rows: related.join(','), names, count: group.length }, { related }),
        );
      }
    }
    return out;
  },
};
