import type { Rule } from '../rule';
import { datesInvalid } from './dates-invalid';
import { fieldMissing } from './field-missing';
import { subtotalMismatch } from './subtotal-mismatch';
import { totalMismatch } from './total-mismatch';

/** Rules on the roster itself: empty required cells, training dates, the 合计 row. */
export const rosterRules: Rule[] = [fieldMissing, datesInvalid, totalMismatch, subtotalMismatch];
