// Tokenising a command's arguments with Node's util.parseArgs, with one-line bilingual errors.
// Each command then checks the values it takes (formats, dates, --map).
import { parseArgs } from 'util';
import { type CalDate, parseDateText } from '../core';
import { UsageError } from './usage-error';

export interface OptionSpec {
  /** options that take a value, without the leading dashes (e.g. 'sheet') */
  values: readonly string[];
  /** options that may be given several times (e.g. 'map') */
  repeatable?: readonly string[];
  /** options without a value (e.g. 'include-errors'); 'help' (-h) is always accepted */
  flags?: readonly string[];
  /** the command name for "see … --help" in messages */
  command: string;
}

export interface Tokens {
  values: Record<string, string | undefined>;
  lists: Record<string, string[]>;
  flags: Record<string, boolean>;
  positionals: string[];
}

type ParseOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function optionName(message: string): string {
  const m = /'(-[^' ]+)/.exec(message);
  return m ? m[1] : '';
}

export function tokenize(argv: string[], spec: OptionSpec): Tokens {
  const options: ParseOptions = { help: { type: 'boolean', short: 'h' } };
  for (const f of spec.flags ?? []) options[f] = { type: 'boolean' };
  for (const v of spec.values) options[v] = { type: 'string', multiple: spec.repeatable?.includes(v) ?? false };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const name = optionName((e as Error).message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(
        `未知选项 ${name}（用 ${spec.command} --help 查看用法）`,
        `unknown option ${name} (see ${spec.command} --help)`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`选项 ${name.split(' ')[0]} 缺少取值`, `option ${name.split(' ')[0]} needs a value`);
    }
    throw new UsageError(`参数有误：${(e as Error).message}`, `bad arguments: ${(e as Error).message}`);
  }
  const t: Tokens = { values: {}, lists: {}, flags: {}, positionals: parsed.positionals };
  for (const [k, v] of Object.entries(parsed.values)) {
    if (typeof v === 'boolean') t.flags[k] = v;
    else if (Array.isArray(v)) t.lists[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') t.values[k] = v;
  }
  return t;
}

/** --lang zh|en */
export function langArg(v: string | undefined): 'zh' | 'en' {
  if (v === undefined) return 'zh';
  if (v !== 'zh' && v !== 'en')
    throw new UsageError(`--lang 只能是 zh 或 en（收到“${v}”）`, `--lang must be zh or en (got "${v}")`);
  return v;
}

/** a date option such as --paid 2021-05-10 (also 2021.5.10, 2021年5月10日) */
export function dateArg(name: string, v: string | undefined): CalDate | undefined {
  if (v === undefined) return undefined;
  const d = parseDateText(v);
  if (!d)
    throw new UsageError(
      `${name} 应为日期，如 2021-05-10（收到“${v}”）`,
      `${name} must be a date such as 2021-05-10 (got "${v}")`,
    );
  return d;
}

/** The environment variable naming the ledger when --ledger is not given (e.g. a shared PostgreSQL ledger). */
export const LEDGER_ENV = 'ROSTER_CHECK_LEDGER';

/** --ledger, else ROSTER_CHECK_LEDGER (validate, assemble and the ledger commands all take it). */
export function ledgerArg(v: string | undefined): string | undefined {
  const s = v ?? process.env[LEDGER_ENV];
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}
