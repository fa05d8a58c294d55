// The cross-roster checks of a `validate` run: every roster (those whose columns were found) against
// the ledger, when given, and against each other. Only a person whose ID key is in two rosters of the
// run, or in the ledger, can be caught, so only those trainees are handed to the core's check (with
// 200 rosters of 500 distinct people, a few hundred instead of 100,000): the findings are the same.
import * as path from 'path';
import { checkAgainstLedger, EMPTY_LEDGER, findInstitution, groupRepeats, withLedgerFindings } from '../../core';
import type { CheckResult, Grid, Locale, Policy, RunRoster } from '../../core';
import type { LoadedLedger } from '../../ledger-store/loaded';
import { traineeKey } from './people';

/** One checked roster file of a `validate` run. */
export interface RunFile {
  file: string;
  result: CheckResult;
  /** the roster's grid, for the institution line above its header (when `institution` is not given) */
  grid?: Grid;
  /** the institution the roster names (findInstitution of its grid), when checked on another thread */
  institution?: string;
}

/**
 * Returns each file's result with the ledger findings merged in (sorted, counted), in the order given;
 * mark and report these instead of the originals. Files are named by base name, by the path given when
 * two base names are the same.
 */
export async function applyLedgerChecks(
  files: readonly RunFile[],
  ledger: Pick<LoadedLedger, 'lookup'> | null,
  policy: Policy,
  locale: Locale,
): Promise<CheckResult[]> {
  const base = files.map((f) => path.basename(f.file));
  const names = base.map((b, i) => (base.indexOf(b) !== base.lastIndexOf(b) ? files[i].file : b));
  const trainees = files.map((x) => (x.result.layout.missing.length ? [] : x.result.trainees));
  // every trainee's key, roster after roster; the keys seen twice or more in one pass (groupRepeats: an
  // open-addressing table, where a Map of 100,000 keys spent ~100 ms growing)
  const keys = trainees.map((list) => list.map(traineeKey));
  const flat = keys.flat();
  const rosterOf = new Int32Array(flat.length);
  for (let ri = 0, at = 0; ri < keys.length; ri++) {
    rosterOf.fill(ri, at, at + keys[ri].length);
    at += keys[ri].length;
  }
  const repeated = new Uint8Array(flat.length);
  const several = new Set<string>();
  for (const group of groupRepeats(flat.length, (i) => flat[i])) {
    for (const i of group) repeated[i] = 1;
    if (group.some((i) => rosterOf[i] !== rosterOf[group[0]])) several.add(flat[group[0]] as string);
    repeated[group[0]] = 0;
  }
  // the distinct keys in order of first appearance, for the ledger
  const distinct = ledger ? (flat.filter((k, i) => !!k && repeated[i] === 0) as string[]) : [];
  const index = ledger ? await ledger.lookup(distinct) : EMPTY_LEDGER;
  const caught = (key: string | null) => !!key && (several.has(key) || !!index.get(key)?.length);
  const rosters: RunRoster[] = files.map((x, i) => ({
    source: names[i],
    trainees: trainees[i].filter((_, k) => caught(keys[i][k])),
    institution: x.institution ?? (x.grid ? findInstitution(x.grid) : ''),
  }));
  const found = checkAgainstLedger(rosters, index, policy, { locale });
  return files.map((x, i) => withLedgerFindings(x.result, found.get(names[i]) ?? []));
}
