// `roster-check ledger add CLAIM.xlsx --ledger LEDGER.xlsx|.csv`: appends the included rows of an
// approved claim to the subsidy ledger (补贴台账), each carrying the claim's roster fingerprint, so a
// second run adds nothing. `loadLedger` (for `validate … --ledger`) is re-exported from ledger-store.
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { rosterFingerprint } from '../core/claim';
import { selectRows } from '../core/claim/rows';
import { checkGrid, todayLocal, type CheckResult } from '../core/engine';
import type { MappingOverride } from '../core/layout/detect';
import {
  buildLedgerIndex, EMPTY_LEDGER, findInstitution, LEDGER_SHEET, planLedgerAppend, recordIdentity, recordsFromClaimRows, type LedgerParse,
} from '../core/ledger';
import { checkAgainstLedger, runKeys, withLedgerFindings } from '../core/rules/ledger';
import type { Policy } from '../core/policy';
import type { CalDate, Grid, Locale } from '../core/types';
import { pickLedgerSheet, readLedgerCsvText } from '../ledger-store/files';
import type { LoadedLedger } from '../ledger-store/load';
import { saveCsvWithPlan, saveWorkbookWithPlan } from '../ledger-store/write';
import { InputError } from '../xlsx/errors';
import { readRoster, readWorkbook } from '../xlsx/read';
import { DEFAULT_POLICY, parseMap, UsageError } from './args';
import { decodeCsv, loadCatalog, loadPolicy } from './load';
import { dateArg, langArg, tokenize } from './options';
import type { Io } from './io';

export { loadLedger, type LoadedLedger, type LoadLedgerOptions } from '../ledger-store/load';

/** One checked roster file of a `validate` run. */
export interface RunFile {
  file: string;
  result: CheckResult;
  /** the roster's grid, for the institution line above its header */
  grid?: Grid;
}

/**
 * The ledger checks of a `validate` run: every roster (those whose columns were found) against the
 * ledger, when given, and against each other. Returns each file's result with the ledger findings
 * merged in (sorted, counted), in the order given; mark and report these instead of the originals.
 * Files are named by base name, by the path given when two base names are the same.
 */
export function applyLedgerChecks(files: readonly RunFile[], ledger: LoadedLedger | null, policy: Policy, locale: Locale): CheckResult[] {
  const base = files.map((f) => path.basename(f.file));
  const names = base.map((b, i) => (base.indexOf(b) !== base.lastIndexOf(b) ? files[i].file : b));
  const rosters = files.map((x, i) => ({
    source: names[i],
    trainees: x.result.layout.missing.length ? [] : x.result.trainees,
    institution: x.grid ? findInstitution(x.grid) : '',
  }));
  const index = ledger ? ledger.lookup(runKeys(rosters)) : EMPTY_LEDGER;
  const found = checkAgainstLedger(rosters, index, policy, { locale });
  return files.map((x, i) => withLedgerFindings(x.result, found.get(names[i]) ?? []));
}

export interface LedgerAddArgs {
  file: string;
  ledger: string;
  policy: string;
  catalog?: string;
  sheet?: string;
  map: MappingOverride;
  paid?: CalDate;
  institution?: string;
  includeErrors: boolean;
  force: boolean;
  date?: CalDate;
  lang: 'zh' | 'en';
}

/** argv after `ledger add`. */
export function parseLedgerAddArgs(argv: string[]): LedgerAddArgs {
  const t = tokenize(argv, {
    command: 'ledger add',
    values: ['ledger', 'policy', 'catalog', 'sheet', 'map', 'paid', 'institution', 'date', 'lang'],
    repeatable: ['map'],
    flags: ['include-errors', 'force'],
  });
  const map: MappingOverride = {};
  for (const m of t.lists.map ?? []) parseMap(m, map);
  if (t.positionals.length !== 1) throw new UsageError('ledger add 需要且只需要一个申报花名册文件', 'ledger add takes exactly one claim roster file');
  const ledger = t.values.ledger;
  if (!ledger) throw new UsageError('缺少 --ledger 台账文件（.xlsx 或 .csv）', 'missing --ledger LEDGER.xlsx|.csv');
  return {
    file: t.positionals[0],
    ledger,
    policy: t.values.policy ?? DEFAULT_POLICY,
    catalog: t.values.catalog,
    sheet: t.values.sheet,
    map,
    paid: dateArg('--paid', t.values.paid),
    institution: t.values.institution?.trim(),
    includeErrors: t.flags['include-errors'] ?? false,
    force: t.flags.force ?? false,
    date: dateArg('--date', t.values.date),
    lang: langArg(t.values.lang),
  };
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}

/** The target ledger: its workbook/sheet (xlsx) or text (csv), parsed; a missing file is a new ledger. */
async function openTarget(file: string): Promise<{ parse: LedgerParse | null; wb?: ExcelJS.Workbook; ws?: ExcelJS.Worksheet; csv?: string | null }> {
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  const there = await exists(file);
  if (ext === '.csv') {
    if (!there) return { parse: null, csv: null };
    const text = decodeCsv(await fs.readFile(file));
    return { parse: readLedgerCsvText(text, name), csv: text };
  }
  if (ext !== '.xlsx' && ext !== '.xlsm') throw new UsageError(`--ledger ${file}：台账应为 .xlsx 或 .csv 文件`, `--ledger ${file}: the ledger must be an .xlsx or .csv file`);
  if (!there) {
    const wb = new ExcelJS.Workbook();
    return { parse: null, wb, ws: wb.addWorksheet(LEDGER_SHEET) };
  }
  const wb = await readWorkbook(file);
  const pick = pickLedgerSheet(wb, name);
  if (pick) return { parse: pick.parse, wb, ws: pick.ws };
  const ws = wb.addWorksheet(LEDGER_SHEET);
  return { parse: null, wb, ws };
}

function say(io: Io, locale: Locale, zh: string, en: string): void {
  io.stdout((locale === 'zh-CN' ? zh : en) + '\n');
}

/** Runs `ledger add`; returns the exit status (0 done or nothing to do, 1 refused: repeat claims found, 2 bad usage or input). */
export async function runLedgerAdd(argv: string[], io: Io): Promise<number> {
  const en = argv.some((x, i) => x === '--lang=en' || (x === '--lang' && argv[i + 1] === 'en'));
  try {
    const args = parseLedgerAddArgs(argv);
    const locale: Locale = en ? 'en-US' : 'zh-CN';
    const policy = await loadPolicy(args.policy);
    const catalog = await loadCatalog(args.catalog);
    const today = args.date ?? todayLocal();
    const roster = await readRoster(args.file, args.sheet, args.map);
    const result = checkGrid(roster.grid, { policy, catalog, mapping: args.map, locale, today });
    if (result.layout.missing.length) {
      throw new InputError(`${args.file}：缺少必需的列（${result.layout.missing.join('、')}），无法登记`, `${args.file}: required columns missing (${result.layout.missing.join(', ')}); nothing recorded`);
    }
    const { included, excluded } = selectRows(result, { policy, catalog, includeErrorRows: args.includeErrors, today });
    const fingerprint = rosterFingerprint(included);
    const source = path.basename(args.file);
    const institution = args.institution ?? findInstitution(roster.grid);
    const target = await openTarget(args.ledger);
    const { records, skipped } = recordsFromClaimRows(included, { source, institution, fingerprint, paidOn: args.paid ?? null, ledgerFile: path.basename(args.ledger) });
    if (!args.force && target.parse) {
      // the claim against the ledger as it stands; its own earlier entries (same fingerprint, or the
      // very same trainings) are double entries the plan leaves out, not repeat claims
      const rows = new Set(records.map((r) => r.sourceRow));
      const same = new Set(records.map(recordIdentity));
      const others = buildLedgerIndex(target.parse.records.filter((r) => !same.has(recordIdentity(r))));
      const found = checkAgainstLedger([{ source, trainees: result.trainees.filter((t) => rows.has(t.row)), institution, fingerprint }],
        others, policy, { locale }).get(source) ?? [];
      if (found.length) {
        io.stderr(found.map((f) => `${source} ${en ? 'row' : '第'} ${f.row} ${en ? '' : '行'}: ${f.message}`).join('\n') + '\n');
        io.stderr(en ? `${found.length} repeat-claim findings against the ledger; nothing recorded (use --force to record anyway)\n`
          : `与台账比对发现 ${found.length} 处重复享受补贴的问题，未登记（确认无误可加 --force 强制登记）\n`);
        return 1;
      }
    }
    const plan = planLedgerAppend(target.parse, records, today);
    if (plan.noHeader) throw new InputError(`${args.ledger}：台账工作表没有身份证号码列，无法追加`, `${args.ledger}: the ledger sheet has no ID number column; cannot append`);
    if (plan.added.length) {
      if (target.wb && target.ws) await saveWorkbookWithPlan(target.wb, target.ws, plan, target.parse, args.ledger);
      else await saveCsvWithPlan(args.ledger, target.csv ?? null, plan, target.parse);
    }
    const fp = fingerprint.slice(0, 12);
    if (plan.alreadyRecorded) say(io, locale, `${source} 已于此前登记入账（花名册指纹 ${fp}…），本次未重复登记`, `${source} was already recorded (roster fingerprint ${fp}…); nothing added`);
    else say(io, locale, `已登记入账 ${plan.added.length} 条：${source} → ${args.ledger}（第 ${plan.firstRow} 行起，花名册指纹 ${fp}…）`,
      `recorded ${plan.added.length} rows: ${source} → ${args.ledger} (from row ${plan.firstRow}, roster fingerprint ${fp}…)`);
    if (plan.duplicates.length && !plan.alreadyRecorded) say(io, locale, `跳过已在台账中的 ${plan.duplicates.length} 条`, `skipped ${plan.duplicates.length} rows already in the ledger`);
    if (plan.alreadyRecorded) return 0;
    if (excluded.length) say(io, locale, `未纳入申领的 ${excluded.length} 行未登记（第 ${excluded.map((x) => x.row).join('、')} 行）`, `${excluded.length} rows not in the claim were not recorded (rows ${excluded.map((x) => x.row).join(', ')})`);
    if (skipped.length) say(io, locale, `身份证号码无法识别的 ${skipped.length} 行未登记（第 ${skipped.map((x) => x.row).join('、')} 行）`, `${skipped.length} rows with an unreadable ID were not recorded (rows ${skipped.map((x) => x.row).join(', ')})`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`roster-check: ${en ? e.en : e.message}\n`);
      return 2;
    }
    throw e;
  }
}
