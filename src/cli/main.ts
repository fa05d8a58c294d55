// Entry point of the roster-check command line: main(argv) returns the exit status.
import { promises as fs } from 'fs';
import { type Catalog, InputError, type Locale, type Policy, t } from '../core';
import { parseValidateArgs, UsageError, type ValidateArgs } from './args';
import { HELP_EN, HELP_ZH } from './help';
import { processIo, type Io } from './io';
import { loadCatalog, loadPolicy } from './load';
import { jsonFailure, jsonReport } from './report-json';
import { textReport } from './report-text';
import { checkFile, exitCode, markedName, missingMessage, writeMarked } from './validate';

export type { Io } from './io';

function wantsEnglish(argv: string[]): boolean {
  return argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en'));
}

function errorText(e: unknown, en: boolean): string {
  if (e instanceof InputError) return e.textIn(en ? 'en-US' : 'zh-CN');
  // an unexpected failure: still one line, no stack trace
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return en ? `internal error: ${msg}` : `内部错误：${msg}`;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Where the marked copy of each file goes: --out itself for one file, a folder for several. */
async function outPaths(args: ValidateArgs): Promise<(string | undefined)[]> {
  if (!args.out) return args.files.map(() => undefined);
  const dirLike = /[\\/]$/.test(args.out) || (await isDirectory(args.out));
  if (args.files.length > 1 && !dirLike) {
    throw new UsageError(`核验多个文件时 --out 应为文件夹（以 / 结尾或已存在的文件夹）：${args.out}`, `with several files --out must be a folder (ending in / or existing): ${args.out}`);
  }
  return args.files.map((f) => (dirLike ? markedName(f, args.out as string) : args.out));
}

/** Checks every file, then the ledger and the files against each other, then marks and reports. */
async function validate(argv: string[], io: Io): Promise<number> {
  const args = parseValidateArgs(argv);
  const locale: Locale = args.lang === 'en' ? 'en-US' : 'zh-CN';
  const en = args.lang === 'en';
  const policy: Policy = await loadPolicy(args.policy);
  const catalog: Catalog = await loadCatalog(args.catalog);
  const outs = await outPaths(args);
  // the ledger code (and ExcelJS behind it) only when there is a ledger or several rosters to compare
  const repeats = args.ledger || args.files.length > 1 ? await import('./ledger') : null;
  const ledger = repeats && args.ledger ? await repeats.loadLedger(args.ledger, { db: args.ledgerDb }) : null;
  try {
    if (ledger) for (const n of ledger.notes) io.stderr((en ? n.en : n.zh) + '\n');
    // 1. read and check each file; a file that cannot be read is reported and left out
    const checked: (Awaited<ReturnType<typeof checkFile>> | { failed: string })[] = [];
    for (const file of args.files) {
      try {
        checked.push(await checkFile(file, args, policy, catalog, locale));
      } catch (e) {
        checked.push({ failed: errorText(e, en) });
      }
    }
    // 2. repeats across the rosters of this run and against the ledger
    const ok = checked.filter((c): c is Awaited<ReturnType<typeof checkFile>> => !('failed' in c));
    if (repeats && (ledger || ok.length > 1)) {
      const merged = repeats.applyLedgerChecks(ok, ledger, policy, locale);
      ok.forEach((r, i) => (r.result = merged[i]));
    }
    // 3. mark and report
    const docs: unknown[] = [];
    const texts: string[] = [];
    let status = 0;
    for (let i = 0; i < checked.length; i++) {
      const c = checked[i];
      const file = args.files[i];
      try {
        if ('failed' in c) throw new InputError('roster.unreadable', t(c.failed, c.failed));
        if (outs[i]) await writeMarked(c, outs[i] as string, locale);
        const code = exitCode(c);
        status = Math.max(status, code);
        if (code === 2) {
          const msg = missingMessage(c, locale);
          io.stderr(msg + '\n');
          if (args.format === 'json') docs.push({ ...jsonReport(c, policy, catalog), error: msg.split('\n')[0] });
          continue;
        }
        if (args.format === 'json') docs.push(jsonReport(c, policy, catalog));
        else texts.push(textReport(c, policy, catalog, locale));
      } catch (e) {
        status = 2;
        const msg = errorText(e, en);
        io.stderr(msg + '\n');
        if (args.format === 'json') docs.push(jsonFailure(file, msg));
      }
    }
    if (args.format === 'json') io.stdout(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
    else if (texts.length) io.stdout(texts.join('\n' + '─'.repeat(60) + '\n\n'));
    return status;
  } finally {
    ledger?.close();
  }
}

/** Runs the command line; returns the exit status (0 no errors, 1 errors found, 2 bad usage or input). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const en = wantsEnglish(argv);
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(en ? HELP_EN : HELP_ZH);
      return command ? 0 : 2;
    }
    // assemble and ledger load ExcelJS: required only when used, so validate starts faster
    if (command === 'assemble') return await (await import('./assemble')).runAssemble(rest, io);
    if (command === 'ledger') {
      if (rest[0] === 'add') return await (await import('./ledger')).runLedgerAdd(rest.slice(1), io);
      throw new UsageError('用法：roster-check ledger add 申报花名册.xlsx --ledger 台账.xlsx', 'usage: roster-check ledger add CLAIM.xlsx --ledger LEDGER.xlsx');
    }
    if (command !== 'validate') throw new UsageError(`未知命令 ${command}（可用：validate、assemble、ledger add；用 --help 查看用法）`, `unknown command ${command} (available: validate, assemble, ledger add; see --help)`);
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(en ? HELP_EN : HELP_ZH);
      return 0;
    }
    return await validate(rest, io);
  } catch (e) {
    io.stderr(`roster-check: ${errorText(e, en)}\n`);
    return 2;
  }
}
