// Policy amounts are bounded by the schema; each refusal names its bound (Chinese first).
import { parsePolicy, PolicyError } from '../../../src/core/policy';
import { TEST_POLICY_JSON } from '../../helpers/factory';

function errorOf(overrides: Record<string, unknown>): string {
  try {
    parsePolicy({ ...TEST_POLICY_JSON, ...overrides }, 'p.json');
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

const rates = (yuan: number) => [{ certType: '培训合格证', amount: { kind: 'fixed', yuan } }];

test('a per-person amount of 1,000,000 yuan or more is refused, naming the bound', () => {
  expect(errorOf({ rates: rates(1e300) })).toMatch(/rates\[0\]\.amount\.yuan: 每人金额应低于 1,000,000 元/);
  expect(errorOf({ rates: rates(1_000_000) })).toMatch(/低于 1,000,000 元/);
  expect(parsePolicy({ ...TEST_POLICY_JSON, rates: rates(999_999.99) }, 'p.json').rates[0].amount).toEqual({
    kind: 'fixed',
    yuan: 99_999_999,
  });
});

test('range bounds and former amounts are bounded too; negative amounts and fractions of a fen are refused', () => {
  expect(errorOf({ rates: [{ certType: '培训合格证', amount: { kind: 'range', min: 0, max: 5e6 } }] })).toMatch(
    /amount\.max: 每人金额应低于/,
  );
  expect(errorOf({ rates: [{ certType: '培训合格证', amount: { kind: 'fixed', yuan: 1 }, formerYuan: 1e7 }] })).toMatch(
    /formerYuan: 每人金额应低于/,
  );
  expect(errorOf({ rates: rates(-1) })).toMatch(/金额不能为负数/);
  expect(errorOf({ rates: rates(0.001) })).toMatch(/精确到分/);
});

test('an uplift outside 0–100 % is refused, naming the bound', () => {
  expect(errorOf({ uplift: { percent: { A: 1e308 }, appliesTo: [] } })).toMatch(
    /uplift\.percent\.A: 上浮比例应在 0–100% 之间/,
  );
  expect(errorOf({ uplift: { percent: { B: -5 }, appliesTo: [] } })).toMatch(
    /uplift\.percent\.B: 上浮比例应在 0–100% 之间/,
  );
  expect(
    parsePolicy({ ...TEST_POLICY_JSON, uplift: { percent: { A: 100 }, appliesTo: [] } }, 'p.json').uplift.percent.A,
  ).toBe(100);
});
