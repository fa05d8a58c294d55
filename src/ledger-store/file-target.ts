// ledger add into an .xlsx/.csv ledger: under the ledger's lock file, the ledger is read afresh, the
// claim decided on against it, and the new workbook/text written to a temporary name and renamed over
// the ledger. Two adds at once take turns; a process killed half-way leaves the ledger as it was.
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { LEDGER_SHEET, planLedgerAppend, type LedgerParse } from '../core';
import type { CalDate } from '../core';
import { decodeCsv } from '../core';
import { InputError } from '../core';
import { readWorkbook } from '../xlsx/read';
import { alreadyRecorded, type ClaimToRecord, type Decide, type RecordOutcome } from './claim';
import { pickLedgerSheet, readLedgerCsvText } from './files';
import { withFileLock } from './lock';
import { saveCsvWithPlan, saveWorkbookWithPlan } from './write';

export interface FileTarget {
  parse: LedgerParse | null;
  wb?: ExcelJS.Workbook;
  ws?: ExcelJS.Worksheet;
  csv?: string | null;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** True for the file ledgers `ledger add` writes. */
export function isFileLedger(file: string): boolean {
  return ['.xlsx', '.xlsm', '.csv'].includes(path.extname(file).toLowerCase());
}

/** The target ledger: its workbook/sheet (xlsx) or text (csv), parsed; a missing file is a new ledger. */
export async function openFileTarget(file: string): Promise<FileTarget> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  const there = await exists(file);
  if (ext === '.csv') {
    if (!there) return { parse: null, csv: null };
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new InputError(
        `${path.resolve(file)}：无法读取台账文件（${code}）`,
        `${path.resolve(file)}: cannot read the ledger file (${code})`,
      );
    }
    const text = decodeCsv(bytes);
    return { parse: readLedgerCsvText(text, name), csv: text };
  }
  if (!there) {
    const wb = new ExcelJS.Workbook();
    return { parse: null, wb, ws: wb.addWorksheet(LEDGER_SHEET) };
  }
  const wb = await readWorkbook(file);
  const pick = pickLedgerSheet(wb, name);
  if (pick) return { parse: pick.parse, wb, ws: pick.ws };
  return { parse: null, wb, ws: wb.addWorksheet(LEDGER_SHEET) };
}

/** Records the claim into an .xlsx/.csv ledger under its lock (see the file comment). */
export async function recordClaimInFile(
  file: string,
  claim: ClaimToRecord,
  recordedOn: CalDate,
  decide: Decide,
): Promise<RecordOutcome> {
  return withFileLock(file, async () => {
    const target = await openFileTarget(file);
    const existing = target.parse?.records ?? [];
    const d = decide(existing, alreadyRecorded(existing, claim.fingerprint));
    if ('refuse' in d) return { status: 'refused', added: [], duplicates: [], refusal: d.refuse, firstRow: 0 };
    const plan = planLedgerAppend(target.parse, d.add, recordedOn);
    if (plan.noHeader) {
      throw new InputError(
        `${path.resolve(file)}：台账工作表没有身份证号码列，无法追加`,
        `${path.resolve(file)}: the ledger sheet has no ID number column; cannot append`,
      );
    }
    const done = alreadyRecorded(existing, claim.fingerprint);
    if (plan.added.length) {
      if (target.wb && target.ws) await saveWorkbookWithPlan(target.wb, target.ws, plan, target.parse, file);
      else await saveCsvWithPlan(file, target.csv ?? null, plan, target.parse);
    }
    return {
      status: done ? 'already' : 'recorded',
      added: plan.added,
      duplicates: [...d.duplicates, ...plan.duplicates],
      refusal: [],
      firstRow: plan.firstRow,
    };
  });
}
