// What a marked copy marks is decided by core/marks (cells, notes, colours, the 校验结果 table); the
// copy itself is written by marked-copy.ts (patching the package). writeWorkbookAtomic stays for the
// commands that still write whole workbooks with ExcelJS (assemble, ledger add).
import type ExcelJS from 'exceljs';
import { writeFileAtomic } from './atomic';
import { patchInternalHyperlinks } from './links';

export { SEVERITY_FILL } from './styles-part';
export type { MarkOptions } from './results-sheet';

/**
 * Writes an ExcelJS workbook to a temporary name in the target's folder, then renames it into place,
 * so a failed write never leaves a half-written file. Refuses to overwrite the input.
 */
export async function writeWorkbookAtomic(wb: ExcelJS.Workbook, outFile: string, inputFile?: string): Promise<void> {
  patchInternalHyperlinks();
  await writeFileAtomic(outFile, inputFile, async (tmp) => {
    await wb.xlsx.writeFile(tmp);
  });
}
