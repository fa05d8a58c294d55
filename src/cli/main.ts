// Entry point of the roster-check command line: main(argv) returns the exit status.
import { InputError } from '../core';
import { parseMaxSize, resetLimits, setLimits } from '../xlsx/limits';
import { UsageError } from './args';
import { HELP_EN, HELP_ZH } from './help';
import { processIo, type Io } from './io';
import { errorCode, jsonError } from './report-json';

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

/**
 * --max-size SIZE (any command): the largest uncompressed size of a workbook read (limits.ts); taken
 * out of argv here so that every command accepts it. Returns argv without it.
 */
function takeMaxSize(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a !== '--max-size' && !a.startsWith('--max-size=')) {
      out.push(a);
      continue;
    }
    const v = a === '--max-size' ? argv[++i] : a.slice('--max-size='.length);
    const p = v === undefined ? null : parseMaxSize(v);
    if (!p)
      throw new UsageError(
        `--max-size 应为大小，如 500MB 或 1GB（收到“${v ?? ''}”）`,
        `--max-size must be a size such as 500MB or 1GB (got "${v ?? ''}")`,
      );
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
      if (['migrate', 'import', 'export'].includes(rest[0]))
        return await (await import('./ledger-admin')).runLedgerAdmin(rest[0], rest.slice(1), io);
      throw new UsageError(
        '用法：roster-check ledger add|migrate|import|export …（用 --help 查看用法）',
        'usage: roster-check ledger add|migrate|import|export … (see --help)',
      );
    }
    if (command !== 'validate')
      throw new UsageError(
        `未知命令 ${command}（可用：validate、assemble、ledger add；用 --help 查看用法）`,
        `unknown command ${command} (available: validate, assemble, ledger add; see --help)`,
      );
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(en ? HELP_EN : HELP_ZH);
      return 0;
    }
    // the reader and the report writers only for a command that reads: --help and bad usage need none of them
    const { runValidate } = await import('./validate-run');
    return await runValidate(rest, io, io === processIo && process.stderr.isTTY === true);
  } catch (e) {
    io.stderr(`roster-check: ${errorText(e, en)}\n`);
    if (wantsJson(argv0)) io.stdout(JSON.stringify(jsonError(errorCode(e), errorText(e, en)), null, 2) + '\n');
    return 2;
  }
}
