// Test factories: trainees and rule contexts without going through header detection,
// so rule tests do not depend on the layout code.
import type { Catalog, CatalogEntry } from '../../src/core/catalog/types';
import { parsePolicy, type Policy } from '../../src/core/policy/schema';
import type { RuleContext } from '../../src/core/rules/rule';
import { Facts } from '../../src/core/facts';
import {
  ALL_FIELDS,
  type CalDate,
  type CellValue,
  type DateValue,
  type Field,
  type Grid,
  type RosterLayout,
  type Trainee,
} from '../../src/core/types';

/** The column each field sits in for factory-made trainees: its position in ALL_FIELDS, 1-based. */
export function colOf(field: Field): number {
  return ALL_FIELDS.indexOf(field) + 1;
}

export interface TraineeInit {
  row?: number;
  name?: string;
  gender?: string;
  /** the raw ID cell value (string, or number for damaged IDs) */
  id?: CellValue;
  /** the ID cell's displayed text, when it differs (e.g. '4.10102E+17') */
  idText?: string;
  idFormat?: string;
  phone?: string;
  occupation?: string;
  category?: string;
  certType?: string;
  level?: string;
  start?: CalDate | string | null;
  end?: CalDate | string | null;
  hours?: number | null;
  personType?: string;
  className?: string;
  /** amount in yuan, converted to fen (null: empty) */
  amount?: number | null;
}

function dateValue(v: CalDate | string | null | undefined): DateValue {
  if (v == null || v === '') return { raw: '', date: null, invalid: false };
  if (typeof v === 'string') return { raw: v, date: null, invalid: true };
  return { raw: `${v.y}-${v.m}-${v.d}`, date: v, invalid: false };
}

let nextRow = 4;

/** A plausible clean trainee (valid ID 410102199003071230, male, born 1990-03-07, 职业技能等级证书 初级工, 1500 yuan), overridden by init. */
export function makeTrainee(init: TraineeInit = {}): Trainee {
  const row = init.row ?? nextRow++;
  const t: Trainee = {
    row,
    cells: {},
    name: init.name ?? '张三',
    gender: init.gender ?? '',
    phone: init.phone ?? '',
    occupation: init.occupation ?? '电工',
    category: init.category ?? '',
    certType: init.certType ?? '职业技能等级证书',
    level: init.level ?? '初级工',
    start: dateValue(init.start === undefined ? { y: 2021, m: 3, d: 1 } : init.start),
    end: dateValue(init.end === undefined ? { y: 2021, m: 3, d: 20 } : init.end),
    hours: init.hours === undefined ? 80 : init.hours,
    personType: init.personType ?? '',
    className: init.className ?? '',
    amountFen: init.amount === undefined ? 150000 : init.amount === null ? null : Math.round(init.amount * 100),
  };
  const idValue: CellValue = init.id === undefined ? '410102199003071230' : init.id;
  t.cells.id = {
    col: colOf('id'),
    value: idValue,
    text: init.idText ?? (idValue == null ? '' : String(idValue)),
    format: init.idFormat ?? '@',
  };
  for (const f of ['name', 'gender', 'phone', 'occupation', 'category', 'certType', 'level', 'personType'] as const) {
    const v = t[f];
    if (v !== '' || f in init) t.cells[f] = { col: colOf(f), value: v === '' ? null : v, text: v };
  }
  if (t.className !== '') t.cells.class = { col: colOf('class'), value: t.className, text: t.className };
  if (t.start.raw) t.cells.start = { col: colOf('start'), value: t.start.raw };
  if (t.end.raw) t.cells.end = { col: colOf('end'), value: t.end.raw };
  if (t.hours != null) t.cells.hours = { col: colOf('hours'), value: t.hours };
  if (t.amountFen != null) t.cells.amount = { col: colOf('amount'), value: t.amountFen / 100 };
  return t;
}

/** A small policy close to zhengzhou-2021, for rule tests that must not depend on the shipped profiles. */
export const TEST_POLICY_JSON = {
  id: 'test-policy',
  name: 'test',
  region: 'test',
  age: { min: 16, max: 60 },
  classSizeMax: 80,
  minHours: { 培训合格证: 40 },
  uplift: { percent: { A: 20, B: 10, C: 0 }, appliesTo: ['国家职业资格证书', '职业技能等级证书'] },
  rates: [
    { certType: '培训合格证', amount: { kind: 'fixed', yuan: 1000 }, uplift: false },
    { certType: '国家职业资格证书', level: 5, amount: { kind: 'fixed', yuan: 1500 } },
    { certType: '国家职业资格证书', level: 4, amount: { kind: 'fixed', yuan: 2000 } },
    { certType: '国家职业资格证书', level: 3, amount: { kind: 'fixed', yuan: 2500 } },
    { certType: '职业技能等级证书', level: 5, amount: { kind: 'fixed', yuan: 1500 } },
    { certType: '职业技能等级证书', level: 4, amount: { kind: 'fixed', yuan: 2000 } },
    { certType: '职业技能等级证书', level: 3, amount: { kind: 'fixed', yuan: 2500 } },
  ],
};

export function testPolicy(overrides: Record<string, unknown> = {}): Policy {
  return parsePolicy({ ...TEST_POLICY_JSON, ...overrides }, 'test-policy');
}

/** A catalog from [name, category] pairs, keyed by the plain trimmed name. */
export function testCatalog(
  entries: Array<[string, 'A' | 'B' | 'C']> = [
    ['电工', 'A'],
    ['焊工', 'B'],
    ['养老护理员', 'A'],
    ['中式烹调师', 'C'],
  ],
): Catalog {
  const list: CatalogEntry[] = entries.map(([name, category]) => ({ name, category }));
  return { source: 'test', sample: true, entries: list, byName: new Map(list.map((e) => [e.name, e])) };
}

/** A rule context over factory-made trainees. */
export function makeContext(
  trainees: Trainee[],
  opts: { policy?: Policy; catalog?: Catalog; today?: CalDate; layout?: Partial<RosterLayout>; grid?: Grid } = {},
): RuleContext {
  const rows = trainees.map((t) => t.row);
  const policy = opts.policy ?? testPolicy();
  const catalog = opts.catalog ?? testCatalog();
  const today = opts.today ?? { y: 2026, m: 11, d: 23 };
  return {
    grid: opts.grid ?? { originRow: 1, originCol: 1, values: [] },
    layout: {
      headerRows: [3],
      firstDataRow: rows.length ? rows.reduce((a, b) => Math.min(a, b)) : 4,
      lastDataRow: rows.length ? rows.reduce((a, b) => Math.max(a, b)) : 4,
      columns: ALL_FIELDS.map((field) => ({ field, col: colOf(field), header: field })),
      missing: [],
      dataRows: rows,
      notes: [],
      ...opts.layout,
    },
    trainees,
    policy,
    catalog,
    today,
    facts: new Facts({ trainees, policy, catalog, today }),
  };
}
