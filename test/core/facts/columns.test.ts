import fc from 'fast-check';
import { codesOf, groupBy, TraineeColumns, type Codes, type TextProp } from '../../../src/core/facts';
import { detectLayout } from '../../../src/core/layout/detect';
import { plainTrainee } from '../../../src/core/layout/grid-trainee';
import { readTrainees } from '../../../src/core/layout/read';
import type { CellValue } from '../../../src/core/types';
import { gridOf } from '../../helpers/grid';

const PROPS: TextProp[] = ['gender', 'occupation', 'category', 'certType', 'level', 'personType', 'className'];
const HEADER = [
  '姓名',
  '性别',
  '身份证号码',
  '职业（工种）',
  '类别',
  '证书类型',
  '等级',
  '人员类别',
  '班级',
  '培训开始时间',
  '培训结束时间',
];

/** Cells that trim or read alike in different ways (' 电工', '电工 ', 4 and '4'), and over 16 of them in a column. */
const text = fc.oneof(
  fc.constantFrom<CellValue>('电工', ' 电工', '电工 ', '焊工', '', null, '  ', 4, '4', '四级', '男', '女', 'A', 'B'),
  fc.integer({ min: 0, max: 40 }).map((k) => `值${k}`),
);
const date = fc.constantFrom<CellValue>('2021-03-01', '2021-03-20', 44256, 44275, '', null, '2021.3.1', 'x');

const row = fc
  .tuple(text, text, text, text, text, text, text, text, date, date)
  .map(([g, o, c, ct, l, p, k, s, e]) => ['张三', g, '410102199003071234', o, c, ct, l, p, k, s, e] as CellValue[]);

function traineesOf(rows: CellValue[][]) {
  const grid = gridOf([HEADER, ...rows], { rect: true });
  return readTrainees(grid, detectLayout(grid));
}

/** codes[i] names trainee i's text, and two trainees share a code exactly when their texts are equal. */
function expectCoded(c: Codes, texts: string[]): void {
  expect(c.codes).toHaveLength(texts.length);
  texts.forEach((s, i) => expect(c.texts[c.codes[i]]).toBe(s));
  expect(new Set(c.texts).size).toBe(c.texts.length);
}

describe('coded columns (facts/columns.ts)', () => {
  it('code every text property and both dates of trainees read from a grid, and of the same trainees as plain objects', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const read = traineesOf(rows);
        const plain = read.map(plainTrainee);
        for (const list of [read, plain]) {
          const columns = new TraineeColumns(list);
          for (const prop of PROPS)
            expectCoded(
              columns.texts(prop),
              list.map((t) => t[prop]),
            );
          for (const which of ['start', 'end'] as const) {
            expectCoded(
              columns.dates(which),
              list.map((t) => t[which].raw),
            );
          }
        }
      }),
    );
  });

  it('a column past 16 distinct values (looked up in a Map from then on) keeps its earlier codes', () => {
    const values = Array.from({ length: 40 }, (_, k) => ` 工种${k % 20}`);
    const c = codesOf(values.length, (i) => values[i].trim());
    expect(c.texts).toHaveLength(20);
    expect(Array.from(c.codes)).toEqual(values.map((_, i) => i % 20));
  });
});

/** The reference: rows keyed by their texts joined, groups in order of first appearance. */
function groupsByKey(columns: Codes[], n: number): number[] {
  const ids = new Map<string, number>();
  return Array.from({ length: n }, (_, i) => {
    const key = columns.map((c) => c.texts[c.codes[i]]).join('\u0000');
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key) as number;
  });
}

describe('groupBy', () => {
  const column = (n: number) =>
    fc
      .array(fc.constantFrom('a', 'b', 'c', 'd', ''), { minLength: n, maxLength: n })
      .map((xs) => codesOf(n, (i) => xs[i]));
  const columns = fc
    .integer({ min: 0, max: 30 })
    .chain((n) => fc.tuple(fc.constant(n), fc.array(column(n), { minLength: 1, maxLength: 5 })));

  it('groups rows whose codes agree in every column, numbered in order of first appearance', () => {
    fc.assert(
      fc.property(columns, ([n, cs]) => {
        const g = groupBy(cs, n);
        expect(Array.from(g.ids)).toEqual(groupsByKey(cs, n));
        g.first.forEach((row, k) => expect(g.ids[row]).toBe(k));
      }),
    );
  });

  it('columns whose sizes multiply past 2^53 are grouped two at a time, with the same groups', () => {
    fc.assert(
      fc.property(columns, ([n, cs]) => {
        // groupBy reads only the size of a column's texts: 2^20 each makes three columns 2^60
        const wide = cs.map((c) => ({ codes: c.codes, texts: { length: 2 ** 20 } as unknown as string[] }));
        const g = groupBy(wide, n);
        expect(Array.from(g.ids)).toEqual(groupsByKey(cs, n));
      }),
    );
  });
});
