import type { Rule } from '../rule';

export const rosterRules: Rule[] = [];
