import type { Rule } from '../rule';

export const idRules: Rule[] = [];
