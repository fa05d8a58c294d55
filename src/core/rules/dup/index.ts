import type { Rule } from '../rule';

export const dupRules: Rule[] = [];
