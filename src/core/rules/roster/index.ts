import type { Rule } from '../rule';
import { datesInvalid } from './dates-invalid';
import { fieldMissing } from './field-missing';
import { totalMismatch } from './total-mismatch';
import { valueUnreadable } from './value-unreadable';

/** Rules on the roster itself: empty required cells, unreadable cells, training dates, the 合计 row. */
export const rosterRules: Rule[] = [fieldMissing, valueUnreadable, datesInvalid, totalMismatch];
