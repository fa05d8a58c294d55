import type { Rule } from '../rule';
import { idAge } from './age';
import { idBirthdate } from './birthdate';
import { idChecksum } from './checksum';
import { idGenderMismatch } from './gender-mismatch';
import { idLegacy15 } from './legacy-15';
import { idMalformed } from './malformed';
import { idPrecisionLost } from './precision-lost';
import { idRegion } from './region';
import { idUnnormalized } from './unnormalized';

/** The identity-number rules, in the order of the rule table. */
export const idRules: Rule[] = [
  idPrecisionLost,
  idMalformed,
  idChecksum,
  idBirthdate,
  idRegion,
  idLegacy15,
  idUnnormalized,
  idAge,
  idGenderMismatch,
];
