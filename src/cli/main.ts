// Entry point of the roster-check command line: main(argv) returns the exit status.
import { InputError } from '../xlsx/errors';
import { UsageError } from './args';
import { HELP_EN, HELP_ZH } from './help';
import { runValidate } from './validate-run';

import type { Io } from './io';

export type { Io };

const processIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

function wantsEnglish(argv: string[]): boolean {
  return argv.some((a, i) => a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en'));
}

function errorText(e: unknown, en: boolean): string {
  if (e instanceof InputError) return en ? e.en : e.message;
  // an unexpected failure: still one line, no stack trace
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return en ? `internal error: ${msg}` : `内部错误：${msg}`;
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
    return await runValidate(rest, io, io === processIo && process.stderr.isTTY === true);
  } catch (e) {
    io.stderr(`roster-check: ${errorText(e, en)}\n`);
    return 2;
  }
}
