export { policySchema, parsePolicy, PolicyError, type Policy, type PolicyRate, type PolicyAmount } from './schema';
export { BUILTIN_POLICIES, getBuiltinPolicy, loadPolicyJson } from './profiles';
export {
  computeRate,
  findRate,
  upliftPercentFor,
  dependsOnCategory,
  type RateQuery,
  type RateResult,
  type RateExplain,
} from './rate';
export { matchesPersonType, compactText } from './person-type';
export { yuanText } from './money';
