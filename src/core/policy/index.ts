export { policySchema, parsePolicy, PolicyError, type Policy, type PolicyRate, type PolicyAmount } from './schema';
export { BUILTIN_POLICY_IDS, builtinPolicies, getBuiltinPolicy, loadPolicyJson } from './profiles';
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
