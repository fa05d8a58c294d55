// PLACEHOLDER signature for the layout helper to implement (header detection).
import type { Field, Grid, RosterLayout } from '../types';

/** user corrections of the mapping: field → 1-based sheet column; 0 removes the field's column */
export type MappingOverride = Partial<Record<Field, number>>;

export function detectLayout(grid: Grid, mapping?: MappingOverride): RosterLayout {
  void grid; void mapping;
  throw new Error('detectLayout: not implemented yet');
}
