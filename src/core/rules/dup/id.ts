// dup.id: the same person (canonical 18-character key; a 15-digit number upgraded) appears more
// than once. Every occurrence is flagged on its ID cell, with the other rows as related.
import type { Finding } from '../../types';
import { findingAt, type Rule } from '../rule';
import { formatRows, otherRows, parsedIds, zhEn } from '../id/shared';

export const dupId: Rule = {
  code: 'dup.id',
  severity: 'error',
  title: { 'zh-CN': '身份证号码重复', 'en-US': 'Repeated ID number' },
  message(p, locale) {
    const rows = formatRows(p.rows, locale, Number(p.count) - 1);
    const names = p.names ? String(p.names) : '';
    return zhEn(locale,
      `身份证号码 ${p.value} 与第 ${rows} 行重复${names ? `，且姓名不同（${names}），请核实是否一证多人` : ''}`,
      `ID number ${p.value} also appears in row ${rows}${names ? `, under different names (${names}); check whether one ID is used by several people` : ''}`);
  },
  run(ctx) {
    const ids = parsedIds(ctx);
    const groups = new Map<string, number[]>();
    for (let i = 0; i < ids.length; i++) {
      const key = ids[i].key;
      if (!key) continue;
      const g = groups.get(key);
      if (g) g.push(i);
      else groups.set(key, [i]);
    }
    const out: Finding[] = [];
    const trainees = ctx.trainees;
    for (const [key, group] of groups) {
      if (group.length < 2) continue;
      const distinct = [...new Set(group.map((i) => trainees[i].name))];
      for (const i of group) {
        const t = trainees[i];
        const related = otherRows(group, i, (j) => trainees[j].row);
        // the names in the group, this row's first, only when they differ
        const names = distinct.length > 1 ? [t.name, ...distinct.filter((n) => n !== t.name)].map((n) => n || '（空）').join('、') : '';
        out.push(findingAt(dupId, t, 'id', { value: key, rows: related.join(','), names, count: group.length }, { related }));
      }
    }
    return out;
  },
};
