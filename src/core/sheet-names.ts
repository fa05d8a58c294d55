// The names of the sheets this tool writes into a workbook. A roster is never looked for on them.
import { SHEET_NAMES as CLAIM_SHEET_NAMES } from './claim/context';
import { LEDGER_SHEET } from './ledger/headers';

/** the findings list written next to the marks */
export const RESULTS_SHEET = '校验结果';
/** the very hidden record of the fills and notes that marking replaced (add-in) */
export const MARKS_SHEET = '_RosterCheckMarks';

export const CLAIM_SHEETS: ReadonlySet<string> = new Set(Object.values(CLAIM_SHEET_NAMES));

const GENERATED: ReadonlySet<string> = new Set([RESULTS_SHEET, MARKS_SHEET, LEDGER_SHEET, ...CLAIM_SHEETS]);

/** true for a sheet this tool generates (results, marks record, claim papers, ledger) */
export function isGeneratedSheet(name: string): boolean {
  return GENERATED.has(name.trim());
}
