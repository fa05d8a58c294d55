// The 2022 national occupational classification (国家职业分类大典 2022): 1639 occupations with codes.
// Used for code checks and for telling a clerk that an unknown name is a real occupation missing
// from the catalog. The annual A/B/C catalog is still the user's own data.
import data from '../data/occupations-2022.json';
import { normalizeOccupationName } from './normalize';

export interface NationalOccupation {
  code: string;
  name: string;
}

const list: NationalOccupation[] = data.occupations.map((o) => ({ code: o.code, name: o.name }));

/** National occupations by normalised name (see normalizeOccupationName). */
export const nationalOccupationByName: ReadonlyMap<string, NationalOccupation> = new Map(
  list.map((o) => [normalizeOccupationName(o.name), o]),
);

/** National occupations by code (d-dd-dd-dd). */
export const nationalOccupationByCode: ReadonlyMap<string, NationalOccupation> = new Map(list.map((o) => [o.code, o]));

/** The national occupation of that name, or undefined. */
export function findNationalOccupation(name: string): NationalOccupation | undefined {
  return nationalOccupationByName.get(normalizeOccupationName(name));
}

export const NATIONAL_SOURCE: string = data.source;
