// The ledger commands: `roster-check ledger add CLAIM.xlsx --ledger …` appends the included rows of an
// approved claim to the subsidy ledger (补贴台账), each carrying the claim's roster fingerprint, so a
// second run adds nothing; `ledger migrate`, `ledger import`, `ledger export` keep a database ledger.
// The ledger is an .xlsx/.csv file, a SQLite file or a PostgreSQL URL (--ledger, else
// ROSTER_CHECK_LEDGER). `loadLedger` (for `validate … --ledger`) is re-exported from ledger-store.
import * as path from 'path';
import { checkGrid, todayLocal } from '../core';
import type { MappingOverride } from '../core';
import { buildLedgerIndex, findInstitution, recordIdentity, recordsFromClaimRows, type LedgerRecord } from '../core';
import { checkAgainstLedger } from '../core';
import type { Policy } from '../core';
import type { CalDate, Locale, Trainee } from '../core';
import { splitNew, type ClaimToRecord, type Decide, type RecordOutcome } from '../ledger-store/claim';
import { isFileLedger, recordClaimInFile } from '../ledger-store/file-target';
import { claimRows } from './claim-rows';
import { isPgUrl, maskUrl } from '../ledger-store/pg/url';
import { LedgerStore } from '../ledger-store/store';
import { InputError, t } from '../core';
import { readRoster } from '../xlsx/read';
import { DEFAULT_POLICY, parseMap, UsageError } from './args';
import { loadCatalog, loadPolicy } from './load';
import { dateArg, langArg, ledgerArg, tokenize } from './options';
import type { Io } from './io';

export { loadLedger, type LoadedLedger, type LoadLedgerOptions } from '../ledger-store/load';

// the cross-roster checks of `validate` (kept apart: they need neither ExcelJS nor the ledger stores)
export { applyLedgerChecks, type RunFile } from './inbox/cross';

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

const NO_LEDGER = new UsageError(
  '缺少 --ledger 台账（.xlsx、.csv、.sqlite 文件或 postgres:// 地址；也可设置环境变量 ROSTER_CHECK_LEDGER）',
  'missing --ledger LEDGER (.xlsx, .csv, .sqlite or postgres:// URL; or set ROSTER_CHECK_LEDGER)',
);

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
  if (t.positionals.length !== 1)
    throw new UsageError('ledger add 需要且只需要一个申报花名册文件', 'ledger add takes exactly one claim roster file');
  const ledger = ledgerArg(t.values.ledger);
  if (!ledger) throw NO_LEDGER;
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

function say(io: Io, locale: Locale, zh: string, en: string): void {
  io.stdout((locale === 'zh-CN' ? zh : en) + '\n');
}

/** How the ledger is named in messages: the path, or the URL without its password. */
export function ledgerName(spec: string): string {
  return isPgUrl(spec) ? maskUrl(spec) : spec;
}

/**
 * The check of `ledger add`, run by the backend on the ledger as it stands under its lock: a claim
 * recorded before adds nothing; else (unless --force) any repeat claim refuses the whole claim; else
 * the records not yet in the ledger are added. The claim's own earlier entries (same fingerprint, or
 * the very same trainings) are double entries, not repeat claims.
 */
export function claimDecider(opts: {
  source: string;
  institution: string;
  fingerprint: string;
  records: LedgerRecord[];
  trainees: readonly Trainee[];
  policy: Policy;
  locale: Locale;
  force: boolean;
}): Decide {
  const en = opts.locale !== 'zh-CN';
  return (existing, done) => {
    if (done) return { add: [], duplicates: opts.records };
    if (!opts.force && existing.length) {
      const same = new Set(opts.records.map(recordIdentity));
      const others = buildLedgerIndex(existing.filter((r) => !same.has(recordIdentity(r))));
      const roster = {
        source: opts.source,
        trainees: opts.trainees,
        institution: opts.institution,
        fingerprint: opts.fingerprint,
      };
      const found = checkAgainstLedger([roster], others, opts.policy, { locale: opts.locale }).get(opts.source) ?? [];
      if (found.length)
        return {
          refuse: found.map((f) => `${opts.source} ${en ? 'row' : '第'} ${f.row} ${en ? '' : '行'}: ${f.message}`),
        };
    }
    return splitNew(existing, opts.records);
  };
}

/** Records the claim in the ledger the spec names: PostgreSQL, SQLite or an .xlsx/.csv file. */
async function recordClaim(
  spec: string,
  claim: ClaimToRecord,
  meta: { source: string; institution: string; recordedOn: CalDate },
  decide: Decide,
): Promise<RecordOutcome> {
  if (isPgUrl(spec)) {
    const { PgLedger } = await import('../ledger-store/pg/ledger');
    const db = await PgLedger.connect(spec);
    try {
      await db.requireSchema();
      return await db.recordClaim(claim, meta, decide);
    } finally {
      await db.close();
    }
  }
  if (['.sqlite', '.sqlite3', '.db'].includes(path.extname(spec).toLowerCase())) {
    const store = new LedgerStore(spec);
    try {
      return await store.recordClaim(claim, decide);
    } finally {
      store.close();
    }
  }
  if (!isFileLedger(spec)) {
    throw new UsageError(
      `--ledger ${spec}：台账应为 .xlsx、.csv、.sqlite 文件或 postgres:// 地址`,
      `--ledger ${spec}: the ledger must be an .xlsx, .csv or .sqlite file, or a postgres:// URL`,
    );
  }
  return recordClaimInFile(spec, claim, meta.recordedOn, decide);
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
      throw new InputError(
        'roster.columns-missing',
        t(
          `${args.file}：缺少必需的列（${result.layout.missing.join('、')}），无法登记`,
          `${args.file}: required columns missing (${result.layout.missing.join(', ')}); nothing recorded`,
        ),
      );
    }
    // the claim's own rows: those whose fingerprint is the one on its 资金审批表 (see claim-rows.ts)
    const { included, excluded, fingerprint, matched } = claimRows(roster.workbook, result, {
      policy,
      catalog,
      includeErrorRows: args.includeErrors,
      today,
    });
    if (matched === false) {
      say(
        io,
        locale,
        '注意：花名册与申报材料「资金审批表」上的指纹不一致（申报材料生成后花名册被改动），按当前花名册登记',
        "note: the roster no longer matches the fingerprint on the claim's 资金审批表 (changed after the claim was made); recording it as it is now",
      );
    }
    const source = path.basename(args.file);
    const institution = args.institution ?? findInstitution(roster.grid);
    const shown = ledgerName(args.ledger);
    const ledgerFile = isPgUrl(args.ledger) ? '' : path.basename(args.ledger);
    const { records, skipped } = recordsFromClaimRows(included, {
      source,
      institution,
      fingerprint,
      paidOn: args.paid ?? null,
      ledgerFile,
    });
    const rows = new Set(records.map((r) => r.sourceRow));
    const trainees = result.trainees.filter((t) => rows.has(t.row));
    const decide = claimDecider({
      source,
      institution,
      fingerprint,
      records,
      trainees,
      policy,
      locale,
      force: args.force,
    });
    const out = await recordClaim(
      args.ledger,
      { fingerprint, records },
      { source, institution, recordedOn: today },
      decide,
    );
    if (out.status === 'refused') {
      io.stderr(out.refusal.join('\n') + '\n');
      io.stderr(
        en
          ? `${out.refusal.length} repeat-claim findings against the ledger; nothing recorded (use --force to record anyway)\n`
          : `与台账比对发现 ${out.refusal.length} 处重复享受补贴的问题，未登记（确认无误可加 --force 强制登记）\n`,
      );
      return 1;
    }
    const fp = fingerprint.slice(0, 12);
    if (out.status === 'already') {
      say(
        io,
        locale,
        `${source} 已于此前登记入账（花名册指纹 ${fp}…），本次未重复登记`,
        `${source} was already recorded (roster fingerprint ${fp}…); nothing added`,
      );
      return 0;
    }
    const at = isFileLedger(args.ledger) ? ['行', 'row'] : ['号记录', 'record'];
    say(
      io,
      locale,
      `已登记入账 ${out.added.length} 条：${source} → ${shown}（第 ${out.firstRow} ${at[0]}起，花名册指纹 ${fp}…）`,
      `recorded ${out.added.length} rows: ${source} → ${shown} (from ${at[1]} ${out.firstRow}, roster fingerprint ${fp}…)`,
    );
    if (out.duplicates.length)
      say(
        io,
        locale,
        `跳过已在台账中的 ${out.duplicates.length} 条`,
        `skipped ${out.duplicates.length} rows already in the ledger`,
      );
    if (excluded.length)
      say(
        io,
        locale,
        `未纳入申领的 ${excluded.length} 行未登记（第 ${excluded.map((x) => x.row).join('、')} 行）`,
        `${excluded.length} rows not in the claim were not recorded (rows ${excluded.map((x) => x.row).join(', ')})`,
      );
    if (skipped.length)
      say(
        io,
        locale,
        `身份证号码无法识别的 ${skipped.length} 行未登记（第 ${skipped.map((x) => x.row).join('、')} 行）`,
        `${skipped.length} rows with an unreadable ID were not recorded (rows ${skipped.map((x) => x.row).join(', ')})`,
      );
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`roster-check: ${e.textIn(en ? 'en-US' : 'zh-CN')}\n`);
      return 2;
    }
    throw e;
  }
}
