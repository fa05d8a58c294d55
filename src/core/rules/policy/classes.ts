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

/**
 * The classes of a roster in order of first appearance. A class's rows usually follow one another, so
 * a row with the same class as the row before joins it without a lookup; otherwise the class is found
 * by its fields, one map level per field, so no key string is built per row (a label and a key per row
 * were 40 % of what a whole check allocated). The label is built once per class.
 */
export function classesOf(trainees: readonly Trainee[]): TraineeClass[] {
  const classes: TraineeClass[] = [];
  const byColumn = new Map<string, number>();
  const byFields: Nest = new Map();
  // first each row's class (its index in classes) and each class's size, then the member lists at their
  // final size: lists grown by push were allocated about three times over (one class can be the roster)
  const classOf = new Int32Array(trainees.length);
  const sizes: number[] = [];
  const add = (label: string, byCol: boolean): number => {
    classes.push({ label, byColumn: byCol, members: [] });
    sizes.push(0);
    return classes.length - 1;
  };
  let prev: Trainee | undefined;
  let k = -1;
  for (let i = 0; i < trainees.length; i++) {
    const t = trainees[i];
    if (prev === undefined || !sameClass(prev, t)) {
      if (t.className !== '') {
        let found = byColumn.get(t.className);
        if (found === undefined) byColumn.set(t.className, (found = add(t.className, true)));
        k = found;
      } else {
        const leaf = nestOf(nestOf(nestOf(nestOf(byFields, t.occupation), t.certType), t.level), t.start.raw);
        let found = leaf.get(t.end.raw) as number | undefined;
        if (found === undefined) leaf.set(t.end.raw, (found = add(groupLabel(t), false)));
        k = found;
      }
    }
    classOf[i] = k;
    sizes[k]++;
    prev = t;
  }
  for (let c = 0; c < classes.length; c++) classes[c].members = new Array<number>(sizes[c]);
  sizes.fill(0);
  for (let i = 0; i < trainees.length; i++) {
    const c = classOf[i];
    classes[c].members[sizes[c]++] = i;
  }
  return mergeSameLabels(classes);
}

/** Maps one level per group field; the last level's values are indexes into the class list. */
type Nest = Map<string, Nest | number>;

function nestOf(m: Nest, key: string): Nest {
  let next = m.get(key) as Nest | undefined;
  if (!next) m.set(key, (next = new Map()));
  return next;
}

/**
 * Groups whose fields differ but spell the same label (电工/A + '' and 电工 + A) are one class to a
 * reader of the messages, as they were when classes were keyed by label: merged, members in roster order.
 */
function mergeSameLabels(classes: TraineeClass[]): TraineeClass[] {
  const seen = new Map<string, TraineeClass>();
  let merged = false;
  for (const c of classes) {
    if (c.byColumn) continue;
    const first = seen.get(c.label);
    if (!first) seen.set(c.label, c);
    else {
      first.members.push(...c.members);
      c.members.length = 0;
      merged = true;
    }
  }
  if (!merged) return classes;
  for (const c of seen.values()) c.members.sort((a, b) => a - b);
  return classes.filter((c) => c.members.length > 0);
}

/** True when b belongs to a's class for certain: the same class cell, or no class cell and the same group fields. */
function sameClass(a: Trainee, b: Trainee): boolean {
  if (a.className !== b.className) return false;
  if (b.className !== '') return true;
  return (
    a.occupation === b.occupation &&
    a.certType === b.certType &&
    a.level === b.level &&
    a.start.raw === b.start.raw &&
    a.end.raw === b.end.raw
  );
}

function groupLabel(t: Trainee): string {
  const s = t.start.raw,
    e = t.end.raw;
  const parts = [t.occupation, t.certType, t.level, s || e ? `${s}–${e}` : ''];
  return parts.filter((p) => p !== '').join('/');
}
