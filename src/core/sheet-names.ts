// The names of the sheets this tool writes into a workbook. A roster is never looked for on them.
import { SHEET_NAMES as CLAIM_SHEET_NAMES } from './claim/context';
import { LEDGER_SHEET } from './ledger/headers';

/** the findings list written next to the marks */
export const RESULTS_SHEET = '校验结果';
/** the very hidden record of the fills and notes that marking replaced (add-in) */
export const MARKS_SHEET = '_RosterCheckMarks';

export const CLAIM_SHEETS: ReadonlySet<string> = new Set(Object.values(CLAIM_SHEET_NAMES));

const GENERATED: ReadonlySet<string> = new Set([RESULTS_SHEET, MARKS_SHEET, LEDGER_SHEET, ...CLAIM_SHEETS]);

const RESULTS_PREFIX = `${RESULTS_SHEET}-`;
/** Excel's longest sheet name */
const MAX_SHEET_NAME = 31;

function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0').slice(0, 4);
}

/**
 * The add-in's 校验结果 sheet of one roster sheet: 校验结果-花名册, so two rosters keep two reports. A long
 * roster name is cut and given a short hash of the whole name, so the result stays a distinct sheet name.
 */
export function resultsSheetFor(roster: string): string {
  const full = RESULTS_PREFIX + roster;
  if (full.length <= MAX_SHEET_NAME) return full;
  return `${full.slice(0, MAX_SHEET_NAME - 5)}~${shortHash(roster)}`;
}

/** true for a 校验结果 sheet: the CLI's one, or the add-in's of one roster */
export function isResultsSheet(name: string): boolean {
  const n = name.trim();
  return n === RESULTS_SHEET || n.startsWith(RESULTS_PREFIX);
}

/** true for a sheet this tool generates (results, marks record, claim papers, ledger) */
export function isGeneratedSheet(name: string): boolean {
  const n = name.trim();
  return GENERATED.has(n) || isResultsSheet(n);
}
