import type { Rule } from '../rule';
import { dupId } from './id';
import { dupPhone } from './phone';

/** Repeats within one roster. */
export const dupRules: Rule[] = [dupId, dupPhone];
