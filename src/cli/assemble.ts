// `roster-check assemble ROSTER.xlsx --info INFO.json --out CLAIM.xlsx`: checks the roster and writes a
// copy of its workbook with the claim papers (拨付资金汇总表, 资金审批表, 公示名单, 归档清单) added.
import {
  buildClaim,
  type CalDate,
  type CheckResult,
  checkGrid,
  CLAIM_SHEETS,
  type ClaimInfo,
  ClaimInfoError,
  type ClaimLedger,
  fenToCapital,
  formatDate,
  formatYuan,
  InputError,
  isValidDate,
  type Locale,
  type MappingOverride,
  noteText,
  parseClaimInfo,
  runKeys,
  SHEET_NAMES,
  t,
  todayLocal,
} from '../core';
import { promises as fs } from 'fs';
import * as path from 'path';
import { gridNotes } from '../xlsx/grid-limits';
import { checkXlsxFile, readRosterGrid } from '../xlsx/read';
import { writeSheetsCopy, writeSheetsWorkbook } from '../xlsx/sheets-copy';
import { DEFAULT_POLICY, parseMap, UsageError } from './args';
import { loadCatalog, loadPolicy } from './load';
import { dateArg, langArg, tokenize } from './options';
import type { Io } from './io';
import { headersFound, missingMessage } from './validate';

export const ASSEMBLE_HELP_ZH = `用法：roster-check assemble 花名册.xlsx --info INFO.json --out 申报材料.xlsx [选项]

核验花名册后生成申报材料：在花名册工作簿的副本中加入「拨付资金汇总表」「资金审批表」「公示名单」「归档清单」
（已有同名工作表时替换）。有错误的行默认不纳入申领，列在汇总表的「未纳入」部分。

  --info FILE        申报信息（JSON，字段见 examples/claim-info.json 与 docs/claim.md），必填
  --out FILE         输出文件，必填（不能与输入相同；先写临时文件再改名）
  --policy ID|FILE   政策（默认 ${DEFAULT_POLICY}）
  --catalog FILE     职业目录 .csv/.xlsx（默认内置示例目录）
  --sheet NAME       花名册工作表名
  --map 字段=列      指定列，如 --map id=D
  --ledger 台账       补贴台账（.xlsx/.csv 文件、文件夹或 .sqlite 数据库，同 validate --ledger）：
                     台账显示已享受补贴的人员列入「未纳入」并注明原因
  --ledger-db FILE   台账导入此 SQLite 文件（同 validate --ledger-db）
  --notice-out FILE  另存一个只含「公示名单」的工作簿（供公开发布：姓名、身份证号码均已遮盖）
  --include-errors   有错误的行也纳入申领（在备注中标明；台账查出的重复补贴人员始终不纳入）
  --include-unrated  政策未规定补贴标准的行（如郑州 2021 的专项职业能力证书）也按花名册金额纳入（在备注中标明）
  --date YYYY-MM-DD  填报日期（默认今天）
  --notice-end YYYY-MM-DD
                     公示截止日期：仅当节假日数据未收录公示所跨年度时需要（此时必填，公示名单注明为手工填写）
  --lang zh|en       提示语言
  --max-size SIZE    工作簿解压后的大小上限，如 1GB
退出码：0 已生成；2 用法、申报信息或输入有误
`;

export const ASSEMBLE_HELP_EN = `usage: roster-check assemble ROSTER.xlsx --info INFO.json --out CLAIM.xlsx [options]

Checks the roster and writes a copy of its workbook with the claim sheets 拨付资金汇总表, 资金审批表,
公示名单 and 归档清单 (replacing sheets of those names). Rows with errors are left out and listed under 未纳入.

  --info FILE        claim info (JSON; see examples/claim-info.json and docs/claim.md), required
  --out FILE         output workbook, required (never the input; written to a temp name, then renamed)
  --policy ID|FILE   policy profile (default ${DEFAULT_POLICY})
  --catalog FILE     occupation catalog .csv/.xlsx (default: the bundled sample)
  --sheet NAME       the roster's sheet
  --map field=COL    map a column, e.g. --map id=D
  --ledger PATH      the subsidy ledger (.xlsx/.csv, a folder or a .sqlite database, as for validate
                     --ledger): people it shows as paid are left out, with the rule's message
  --ledger-db FILE   keep the ledger in this SQLite file (as for validate --ledger-db)
  --notice-out FILE  also write a workbook holding only the 公示名单 (for publishing: names and IDs masked)
  --include-errors   claim rows with errors too (marked in the remarks; never people the ledger shows as paid)
  --include-unrated  claim rows whose certificate has no rate in the policy, at the roster's amount (marked)
  --date YYYY-MM-DD  the date printed as 填报日期 (default today)
  --notice-end YYYY-MM-DD
                     the notice's end date: required only where the holiday calendar lacks the notice's
                     year (the notice then says the date was set by hand)
  --lang zh|en       message language
  --max-size SIZE    largest uncompressed workbook, e.g. 1GB
exit status: 0 written; 2 bad usage, claim info or input
`;

export interface AssembleArgs {
  file: string;
  info: string;
  out: string;
  policy: string;
  catalog?: string;
  sheet?: string;
  map: MappingOverride;
  includeErrors: boolean;
  includeUnrated: boolean;
  ledger?: string;
  ledgerDb?: string;
  date?: CalDate;
  noticeEnd?: CalDate;
  noticeOut?: string;
  lang: 'zh' | 'en';
  help: boolean;
}

/** argv after `assemble`. */
export function parseAssembleArgs(argv: string[]): AssembleArgs {
  const t = tokenize(argv, {
    command: 'assemble',
    values: [
      'info',
      'out',
      'policy',
      'catalog',
      'sheet',
      'map',
      'date',
      'lang',
      'ledger',
      'ledger-db',
      'notice-end',
      'notice-out',
    ],
    repeatable: ['map'],
    flags: ['include-errors', 'include-unrated'],
  });
  const map: MappingOverride = {};
  for (const m of t.lists.map ?? []) parseMap(m, map);
  let date: CalDate | undefined;
  if (t.values.date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.values.date);
    const d = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
    if (!d || !isValidDate(d.y, d.m, d.d))
      throw new UsageError(
        `--date 应为 YYYY-MM-DD 格式的日期（收到“${t.values.date}”）`,
        `--date must be a date as YYYY-MM-DD (got "${t.values.date}")`,
      );
    date = d;
  }
  const a: AssembleArgs = {
    file: t.positionals[0] ?? '',
    info: t.values.info ?? '',
    out: t.values.out ?? '',
    policy: t.values.policy ?? DEFAULT_POLICY,
    catalog: t.values.catalog,
    sheet: t.values.sheet,
    map,
    includeErrors: t.flags['include-errors'] ?? false,
    includeUnrated: t.flags['include-unrated'] ?? false,
    ledger: t.values.ledger,
    ledgerDb: t.values['ledger-db'],
    date,
    noticeEnd: dateArg('--notice-end', t.values['notice-end']),
    noticeOut: t.values['notice-out'],
    lang: langArg(t.values.lang),
    help: t.flags.help ?? false,
  };
  if (a.help) return a;
  if (t.positionals.length !== 1)
    throw new UsageError(
      'assemble 需要且只需要一个花名册文件（用 assemble --help 查看用法）',
      'assemble takes exactly one roster file (see assemble --help)',
    );
  if (!a.info)
    throw new UsageError(
      '缺少 --info 申报信息文件（字段见 examples/claim-info.json）',
      'missing --info INFO.json (see examples/claim-info.json)',
    );
  if (!a.out) throw new UsageError('缺少 --out 输出文件', 'missing --out CLAIM.xlsx');
  if (a.noticeOut !== undefined && (!/\.xlsx$/i.test(a.noticeOut) || a.noticeOut === a.out)) {
    throw new UsageError('--notice-out 应为另一个 .xlsx 文件', '--notice-out must be another .xlsx file');
  }
  return a;
}

export async function loadClaimInfo(file: string): Promise<ClaimInfo> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError(
      'file.unreadable',
      t(`${file}：无法读取申报信息文件（${code}）`, `${file}: cannot read the claim info file (${code})`),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(
      'info.invalid',
      t(`${file}：申报信息不是有效的 JSON（${msg}）`, `${file}: the claim info is not valid JSON (${msg})`),
    );
  }
  try {
    return parseClaimInfo(json, file);
  } catch (e) {
    if (e instanceof ClaimInfoError) throw new InputError('info.invalid', t(e.message, e.en));
    throw e;
  }
}

/**
 * Runs `make` with the ledger named by --ledger, loaded exactly as `validate --ledger` loads it (the
 * same loader: files, folders, databases); without --ledger, with none. The records of the roster's
 * people are looked up once, in one batch, before the papers are built (the core's lookup is synchronous).
 */
async function withLedger<T>(
  args: AssembleArgs,
  result: CheckResult,
  io: Io,
  en: boolean,
  make: (ledger?: ClaimLedger) => T,
): Promise<T> {
  if (!args.ledger) return make(undefined);
  const { loadLedger } = await import('./ledger');
  const loaded = await loadLedger(args.ledger, { db: args.ledgerDb });
  try {
    for (const n of loaded.notes) io.stderr((en ? n.en : n.zh) + '\n');
    const name = path.basename(args.ledger.replace(/[\\/]+$/, '')) || args.ledger;
    const source = path.basename(args.file);
    const index = await loaded.lookup(runKeys([{ source, trainees: result.trainees }]));
    return make({ name, records: loaded.size, lookup: () => index, source });
  } finally {
    await loaded.close();
  }
}

/** Runs `assemble`; returns the exit status (0 written, 2 bad usage or input). */
export async function runAssemble(argv: string[], io: Io): Promise<number> {
  const en = argv.some((x, i) => x === '--lang=en' || (x === '--lang' && argv[i + 1] === 'en'));
  try {
    const args = parseAssembleArgs(argv);
    if (args.help) {
      io.stdout(en ? ASSEMBLE_HELP_EN : ASSEMBLE_HELP_ZH);
      return 0;
    }
    const locale: Locale = en ? 'en-US' : 'zh-CN';
    const info = await loadClaimInfo(args.info);
    const policy = await loadPolicy(args.policy);
    const catalog = await loadCatalog(args.catalog);
    const today = args.date ?? todayLocal();
    await checkXlsxFile(args.file); // the papers go into a copy of the roster's own .xlsx package
    const roster = await readRosterGrid(args.file, args.sheet, args.map);
    if (CLAIM_SHEETS.has(roster.sheetName)) {
      throw new UsageError(
        `${args.file}：找到的是申报材料表「${roster.sheetName}」而不是花名册，请用 --sheet 指定花名册工作表`,
        `${args.file}: found the claim sheet "${roster.sheetName}" rather than a roster; name the roster with --sheet`,
      );
    }
    // Messages in Chinese: the reasons go onto the Chinese sheets.
    const result = checkGrid(roster.grid, { policy, catalog, mapping: args.map, locale: 'zh-CN', today });
    if (result.layout.missing.length) {
      const report = {
        file: args.file,
        sheet: roster.sheetName,
        result,
        headersFound: headersFound(roster.grid, result.layout.headerRows),
      };
      io.stderr(missingMessage(report, locale) + '\n');
      return 2;
    }
    for (const note of gridNotes(roster.grid))
      io.stderr(`${en ? 'note' : '提示'}：${noteText(note, en ? 'en-US' : 'zh-CN')}\n`);
    const claim = await withLedger(args, result, io, en, (ledger) =>
      buildClaim(result, {
        policy,
        catalog,
        info,
        includeErrorRows: args.includeErrors,
        includeUnrated: args.includeUnrated,
        today,
        rosterSheet: roster.sheetName,
        ledger,
        noticeEnd: args.noticeEnd,
      }),
    );
    await writeSheetsCopy(args.file, args.out, claim.sheets);
    if (args.noticeOut) {
      // the notice alone, for publishing: the claim workbook holds the full roster and full IDs
      const only = claim.sheets.filter((s) => s.name === SHEET_NAMES.notice);
      await writeSheetsWorkbook(args.noticeOut, only, args.file);
    }
    const { persons, fen } = claim.totals;
    const period = `${formatDate(claim.notice.start)} – ${formatDate(claim.notice.end)}`;
    io.stdout(
      en
        ? `${args.out}: wrote ${claim.sheets.map((s) => s.name).join(', ')}\n` +
            `  claimed: ${persons} persons, ${formatYuan(fen)} yuan (${fenToCapital(fen)})\n` +
            `  left out: ${claim.excluded.length} rows with errors${args.includeErrors ? ' (--include-errors: only rows without an amount)' : ''}\n` +
            `  public notice: ${period} (${claim.notice.workingDays} working days)${args.noticeOut ? `, to publish: ${args.noticeOut}` : ''}\n  roster fingerprint (SHA-256): ${claim.fingerprint}\n`
        : `${args.out}：已生成 ${claim.sheets.map((s) => s.name).join('、')}\n` +
            `  申领 ${persons} 人，合计 ${formatYuan(fen)} 元（${fenToCapital(fen)}）\n` +
            `  未纳入 ${claim.excluded.length} 人${claim.excluded.length ? '（原因见拨付资金汇总表）' : ''}\n` +
            `  公示期 ${period}（${claim.notice.workingDays} 个工作日）${args.noticeOut ? `，供发布的公示名单：${args.noticeOut}` : ''}\n  花名册指纹（SHA-256）：${claim.fingerprint}\n`,
    );
    for (const w of claim.warnings)
      io.stderr(en ? `warning: ${args.info}: ${w.en}\n` : `提示：${args.info}：${w.zh}\n`);
    if (claim.notice.setByHand) {
      io.stderr(
        en
          ? 'note: the holiday calendar does not cover the notice year; the end date is the one given by --notice-end\n'
          : '提示：节假日数据未收录公示所跨年度，公示截止日期按 --notice-end 填写，公示名单已注明\n',
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`roster-check assemble: ${e.textIn(en ? 'en-US' : 'zh-CN')}\n`);
      return 2;
    }
    // a field the papers cannot do without (the notice end where the holiday calendar lacks the year)
    if (e instanceof ClaimInfoError) {
      io.stderr(`roster-check assemble: ${en ? e.en : e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    io.stderr(`roster-check assemble: ${en ? 'internal error' : '内部错误'}: ${msg}\n`);
    return 2;
  }
}
