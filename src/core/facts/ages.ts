// Age at training start (周岁), per trainee: the policy's age range applies to it.
import type { Trainee } from '../types';

/** Marks a trainee whose age cannot be told (no usable birth date, or no training date). */
export const NO_AGE = -32768;

/**
 * Per trainee: the age in full years on the training start date (the end date when there is no
 * start), or NO_AGE. births as in IdTable (y * 10000 + m * 100 + d; 0: none).
 */
export function buildAges(trainees: readonly Trainee[], births: Int32Array): Int16Array {
  const ages = new Int16Array(trainees.length);
  for (let i = 0; i < trainees.length; i++) {
    const birth = births[i];
    const t = trainees[i];
    const on = t.start.date ?? t.end.date;
    if (birth === 0 || !on) {
      ages[i] = NO_AGE;
      continue;
    }
    // a year less until the birthday
    let age = on.y - ((birth / 10000) | 0);
    if (on.m * 100 + on.d < birth % 10000) age--;
    ages[i] = age;
  }
  return ages;
}
