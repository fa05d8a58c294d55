// Groups a roster's trainees into classes: by the 班级/开班批次/期数 column where the row has one, else by
// occupation + certificate type + level + training period (a class is trained together).
import type { Trainee } from '../../types';

export interface TraineeClass {
  /** how the class is named in messages: the 班级 cell, or 电工/职业技能等级证书/四级/2021-03-01–2021-03-20 */
  label: string;
  /** true when the label comes from the roster's class column */
  byColumn: boolean;
  /** indexes into the trainee list, in roster order */
  members: number[];
}

/** The classes of a roster in order of first appearance. */
export function classesOf(trainees: readonly Trainee[]): TraineeClass[] {
  const byKey = new Map<string, TraineeClass>();
  trainees.forEach((t, i) => {
    const byColumn = t.className !== '';
    const label = byColumn
      ? t.className
      : [t.occupation, t.certType, t.level, periodOf(t)].filter((s) => s !== '').join('/');
    const key = (byColumn ? 'c:' : 'g:') + label;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { label, byColumn, members: [] }));
    c.members.push(i);
  });
  return [...byKey.values()];
}

function periodOf(t: Trainee): string {
  const s = t.start.raw,
    e = t.end.raw;
  return s || e ? `${s}–${e}` : '';
}
