import fc from 'fast-check';
import { Facts, idKey, NO_AGE, SEX_F, SEX_M } from '../../../src/core/facts';
import { parseIdCell } from '../../../src/core/id';
import type { CellValue } from '../../../src/core/types';
import { withCheck } from '../rules/id/helpers';
import { makeTrainee, testCatalog, testPolicy } from '../../helpers/factory';

const today = { y: 2026, m: 11, d: 23 };
const factsOf = (ids: CellValue[], init: Parameters<typeof makeTrainee>[0] = {}) =>
  new Facts({
    trainees: ids.map((id) => makeTrainee({ ...init, id })),
    policy: testPolicy(),
    catalog: testCatalog(),
    today,
  });

/** ID cells of every kind: plain, wrong check character, permit, foreign, legacy, damaged, dirty, empty. */
const idCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc
    .stringMatching(/^[1-6][0-9]{5}(19[5-9][0-9]|200[0-9])(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])[0-9]{3}$/)
    .map(withCheck),
  fc.stringMatching(/^[1-9][0-9]{16}[0-9X]$/),
  fc.stringMatching(/^(81|82|83|91)[0-9]{15}$/).map(withCheck),
  fc.stringMatching(/^[1-6][0-9]{14}$/),
  fc.integer({ min: 1e14, max: 1e15 - 1 }),
  fc.double({ min: 1e16, max: 1e18, noNaN: true }),
  fc.stringMatching(/^[ 0-9xX１２３\u200b]{0,20}$/),
  fc.constantFrom<CellValue>('', null, true),
);

describe('facts: the canonical ID key is one', () => {
  it("idKey, the check's ID table and ParsedId.key agree on every kind of ID cell", () => {
    fc.assert(
      fc.property(fc.array(idCell, { maxLength: 20 }), (ids) => {
        const facts = factsOf(ids);
        facts.input.trainees.forEach((t, i) => {
          const c = t.cells.id!;
          const key = parseIdCell(c.value, c.text).key;
          expect(idKey(t)).toBe(key);
          expect(facts.ids.keys[i]).toBe(key);
          expect(facts.idAt(i).key).toBe(key);
        });
      }),
    );
  });

  it('upgrades a 15-digit number to its 18-character key', () => {
    expect(factsOf(['610104620927690']).ids.keys[0]).toBe('610104196209276908');
  });
});

describe('facts: births, sexes and ages', () => {
  it('reads birth and sex of plain and unusual IDs alike', () => {
    const f = factsOf(['410102199003071230', '610104620927690', '']);
    expect(Array.from(f.ids.births)).toEqual([19900307, 19620927, 0]);
    expect(Array.from(f.ids.sexes)).toEqual([SEX_M, SEX_F, 0]);
    expect(f.ids.unusual).toEqual([1, 2]);
  });

  it('takes the age on the start date, the end date without one, and none without a date or birth', () => {
    const ids = ['410102199003071230'];
    expect(factsOf(ids, { start: { y: 2021, m: 3, d: 6 } }).ages[0]).toBe(30);
    expect(factsOf(ids, { start: { y: 2021, m: 3, d: 7 } }).ages[0]).toBe(31);
    expect(factsOf(ids, { start: null, end: { y: 2000, m: 3, d: 7 } }).ages[0]).toBe(10);
    expect(factsOf(ids, { start: null, end: null }).ages[0]).toBe(NO_AGE);
    expect(factsOf([withCheck('41010219901307123')]).ages[0]).toBe(NO_AGE);
  });

  it('computes each fact once and only when asked', () => {
    const f = factsOf(['410102199003071230']);
    expect(f.ids).toBe(f.ids);
    expect(f.ages).toBe(f.ages);
    expect(f.policyRows).toBe(f.policyRows);
    expect(f.rates).toBe(f.rates);
    expect(f.rates[0]).toMatchObject({ status: 'ok' });
  });
});
