// Entry point of the roster-check command line: main(argv) returns the exit status.
import { promises as fs } from 'fs';
import { type Catalog, InputError, type Locale, type Policy } from '../core';
import { parseValidateArgs, UsageError, type ValidateArgs } from './args';
import { parseMaxSize, resetLimits, setLimits } from '../xlsx/limits';
import { HELP_EN, HELP_ZH } from './help';
import { processIo, type Io } from './io';
import { loadCatalog, loadPolicy } from './load';
import { errorCode, jsonError, jsonFailure, jsonReport } from './report-json';
import { textReport } from './report-text';
import { checkFileSheets, exitCode, markedName, missingMessage, writeMarked } from './validate';

export type { Io } from './io';

function wantsEnglish(argv: string[]): boolean {
  return argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en'));
}

function wantsJson(argv: string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
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
    // 1. read and check each file (each of its roster sheets); a file that cannot be read is reported and left out
    type Checked = Awaited<ReturnType<typeof checkFileSheets>>[number];
    const checked: (Checked | { failed: string; code: string })[] = [];
    const fileOf: number[] = [];
    for (let i = 0; i < args.files.length; i++) {
      try {
        const sheets = await checkFileSheets(args.files[i], args, policy, catalog, locale);
        for (const c of sheets) { checked.push(c); fileOf.push(i); }
      } catch (e) {
        checked.push({ failed: errorText(e, en), code: errorCode(e) });
        fileOf.push(i);
      }
    }
    // 2. repeats across the rosters of this run and against the ledger
    const ok = checked.filter((c): c is Checked => !('failed' in c));
    if (repeats && (ledger || ok.length > 1)) {
      const merged = await repeats.applyLedgerChecks(ok, ledger, policy, locale);
      ok.forEach((r, i) => (r.result = merged[i]));
    }
    // 3. mark and report
    const docs: unknown[] = [];
    const texts: string[] = [];
    let status = 0;
    const marked = new Set<number>();
    for (let i = 0; i < checked.length; i++) {
      const c = checked[i];
      const file = args.files[fileOf[i]];
      const out = outs[fileOf[i]];
      try {
        if ('failed' in c) throw new InputError(c.failed, c.failed);
        // one marked copy per file: of its first roster sheet (the others are listed in the report)
        if (out && !marked.has(fileOf[i])) {
          await writeMarked(c, out, locale);
          if (c.out) marked.add(fileOf[i]);
        }
        const code = exitCode(c);
        status = Math.max(status, code);
        if (code === 2) {
          const msg = missingMessage(c, locale);
          io.stderr(msg + '\n');
          if (args.format === 'json') docs.push({ ...jsonReport(c, policy, catalog, locale), error: { code: 'columns-missing', message: msg.split('\n')[0], file: args.files[fileOf[i]] } });
          continue;
        }
        if (args.format === 'json') docs.push(jsonReport(c, policy, catalog, locale));
        else texts.push(textReport(c, policy, catalog, locale));
      } catch (e) {
        status = 2;
        const msg = errorText(e, en);
        io.stderr(msg + '\n');
        if (args.format === 'json') docs.push(jsonFailure(file, 'failed' in c ? c.code : errorCode(e), msg));
      }
    }
    if (args.format === 'json') io.stdout(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
    else if (texts.length) io.stdout(texts.join('\n' + '─'.repeat(60) + '\n\n'));
    return status;
  } finally {
    await ledger?.close();
  }
}

/**
 * --max-size SIZE (any command): the largest uncompressed size of a workbook read (limits.ts); taken
 * out of argv here so that every command accepts it. Returns argv without it.
 */
function takeMaxSize(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a !== '--max-size' && !a.startsWith('--max-size=')) { out.push(a); continue; }
    const v = a === '--max-size' ? argv[++i] : a.slice('--max-size='.length);
    const p = v === undefined ? null : parseMaxSize(v);
    if (!p) throw new UsageError(`--max-size 应为大小，如 500MB 或 1GB（收到“${v ?? ''}”）`, `--max-size must be a size such as 500MB or 1GB (got "${v ?? ''}")`);
    setLimits(p);
  }
  return out;
}

/** Runs the command line; returns the exit status (0 no errors, 1 errors found, 2 bad usage or input). */
export async function main(argv0: string[], io: Io = processIo): Promise<number> {
  const en = wantsEnglish(argv0);
  resetLimits();
  let argv = argv0;
  try {
    argv = takeMaxSize(argv0);
  } catch (e) {
    io.stderr(`roster-check: ${errorText(e, en)}\n`);
    if (wantsJson(argv0)) io.stdout(JSON.stringify(jsonError(errorCode(e), errorText(e, en)), null, 2) + '\n');
    return 2;
  }
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
      if (['migrate', 'import', 'export'].includes(rest[0])) return await (await import('./ledger-admin')).runLedgerAdmin(rest[0], rest.slice(1), io);
      throw new UsageError('用法：roster-check ledger add|migrate|import|export …（用 --help 查看用法）', 'usage: roster-check ledger add|migrate|import|export … (see --help)');
    }
    if (command !== 'validate') throw new UsageError(`未知命令 ${command}（可用：validate、assemble、ledger add；用 --help 查看用法）`, `unknown command ${command} (available: validate, assemble, ledger add; see --help)`);
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(en ? HELP_EN : HELP_ZH);
      return 0;
    }
    return await validate(rest, io);
  } catch (e) {
    io.stderr(`roster-check: ${errorText(e, en)}\n`);
    if (wantsJson(argv0)) io.stdout(JSON.stringify(jsonError(errorCode(e), errorText(e, en)), null, 2) + '\n');
    return 2;
  }
}
