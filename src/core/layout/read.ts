// PLACEHOLDER signature for the layout helper to implement (reading trainee rows).
import type { Grid, RosterLayout, Trainee } from '../types';

export function readTrainees(grid: Grid, layout: RosterLayout): Trainee[] {
  void grid; void layout;
  throw new Error('readTrainees: not implemented yet');
}
