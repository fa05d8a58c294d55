// Groups a roster's trainees into classes: by the 班级/开班批次/期数 column where the row has one, else by
// occupation + certificate type + level + training period (a class is trained together).
import { groupBy, TraineeColumns } from '../../facts/columns';
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
 * The classes of a roster in order of first appearance. Rows are grouped by their coded texts
 * (facts/columns.ts): the class cell where there is one, else the group fields; no key string is built
 * per row (a label and a key per row were 40 % of what a whole check allocated). The label is built
 * once per class, and each member list is allocated at its final size.
 */
export function classesOf(trainees: readonly Trainee[], columns = new TraineeColumns(trainees)): TraineeClass[] {
  const n = trainees.length;
  const byCell = columns.texts('className');
  const fields = groupBy(
    [
      columns.texts('occupation'),
      columns.texts('certType'),
      columns.texts('level'),
      columns.dates('start'),
      columns.dates('end'),
    ],
    n,
  );
  const classes: TraineeClass[] = [];
  // per class cell code / per field group: its class (index in classes), -1 before its first row
  const ofCell = new Int32Array(byCell.texts.length).fill(-1);
  const ofFields = new Int32Array(fields.first.length).fill(-1);
  const classOf = new Int32Array(n);
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const cell = byCell.codes[i];
    const label = byCell.texts[cell];
    const slots = label !== '' ? ofCell : ofFields;
    const at = label !== '' ? cell : fields.ids[i];
    let k = slots[at];
    if (k < 0) {
      k = slots[at] = classes.length;
      classes.push({ label: label !== '' ? label : groupLabel(trainees[i]), byColumn: label !== '', members: [] });
      sizes.push(0);
    }
    classOf[i] = k;
    sizes[k]++;
  }
  for (let c = 0; c < classes.length; c++) classes[c].members = new Array<number>(sizes[c]);
  sizes.fill(0);
  for (let i = 0; i < n; i++) {
    const c = classOf[i];
    classes[c].members[sizes[c]++] = i;
  }
  return mergeSameLabels(classes);
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

function groupLabel(t: Trainee): string {
  const s = t.start.raw,
    e = t.end.raw;
  const parts = [t.occupation, t.certType, t.level, s || e ? `${s}–${e}` : ''];
  return parts.filter((p) => p !== '').join('/');
}
