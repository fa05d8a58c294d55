import type { Rule } from '../rule';
import { datesInvalid } from './dates-invalid';
import { fieldMissing } from './field-missing';
import { subtotalMismatch } from './subtotal-mismatch';
import { totalMismatch } from './total-mismatch';
import { valueUnreadable } from './value-unreadable';

/** Rules on the roster itself: empty required cells, unreadable cells, training dates, the 合计 and 小计 rows. */
export const rosterRules: Rule[] = [fieldMissing, valueUnreadable, datesInvalid, totalMismatch, subtotalMismatch];
