import type { Rule } from '../rule';
import { certLevelInvalid } from './cert-level-invalid';
import { certUnknown } from './cert-unknown';
import { classSize } from './class-size';
import { hoursBelowMinimum } from './hours-below-minimum';
import { occupationCategoryMismatch } from './occupation-category-mismatch';
import { occupationUnknown } from './occupation-unknown';
import { personStudent } from './person-student';
import { rateMismatch } from './rate-mismatch';
import { rateNoRule } from './rate-no-rule';

/** The rules that use the policy profile, the catalog and the certificate types. */
export const policyRules: Rule[] = [
  occupationUnknown,
  occupationCategoryMismatch,
  certUnknown,
  certLevelInvalid,
  rateMismatch,
  rateNoRule,
  hoursBelowMinimum,
  classSize,
  personStudent,
];
