import fc from 'fast-check';
import { SAMPLE_CATALOG } from '../../../src/core/catalog';
import { Facts } from '../../../src/core/facts';
import { BUILTIN_POLICIES } from '../../../src/core/policy';
import type { Policy } from '../../../src/core/policy/schema';
import { makeTrainee } from '../../helpers/factory';

// The rate status of a row is kept per policy across checks (facts/policy.ts buildRates), keyed by
// what it depends on. A key missing one of those (category, level, person text …) would hand one
// roster the status computed for another; a fresh copy of the policy has an empty cache, so the two
// must always agree.

const today = { y: 2021, m: 4, d: 10 };
const trainee = fc.record({
  // A, B and C occupations of the sample catalog, and two it does not know
  occupation: fc.constantFrom('电工', '中式烹调师', '焊工', '保育师', '美容师', '不存在的工种', ''),
  certType: fc.constantFrom(
    '职业技能等级证书',
    '国家职业资格证书',
    '培训合格证',
    '专项职业能力证书',
    '创业培训合格证',
    '',
  ),
  level: fc.constantFrom('五级', '四级/中级工', '三级', '初级工', '', '无', '十级'),
  personType: fc.constantFrom('', '农村转移劳动者', '企业职工（脱产）', '新录用职工', '创业', '学徒'),
});
const roster = fc.array(trainee, { minLength: 1, maxLength: 25 });

function rates(policy: Policy, rows: { occupation: string; certType: string; level: string; personType: string }[]) {
  const trainees = rows.map((r) => makeTrainee(r));
  return new Facts({ trainees, policy, catalog: SAMPLE_CATALOG, today }).rates;
}

describe('rate statuses kept across checks', () => {
  it.each(BUILTIN_POLICIES.map((p) => [p.id, p] as const))(
    '%s: a roster checked after others gets the statuses a first check would',
    (_, policy) => {
      fc.assert(
        fc.property(fc.array(roster, { minLength: 1, maxLength: 4 }), roster, (before, rows) => {
          for (const r of before) rates(policy, r);
          expect(rates(policy, rows)).toEqual(rates(structuredClone(policy), rows));
        }),
        { numRuns: 60 },
      );
    },
  );
});
