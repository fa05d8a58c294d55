// The policy profiles shipped with the product, and loading a user's POLICY.json.
import ningxia2019 from './profiles/ningxia-2019.json';
import zhengzhou2021 from './profiles/zhengzhou-2021.json';
import { parsePolicy, PolicyError, type Policy } from './schema';

/** The built-in profiles as shipped (JSON, amounts in yuan), in the order they are offered. */
const SHIPPED = [
  { json: zhengzhou2021, file: 'profiles/zhengzhou-2021.json' },
  { json: ningxia2019, file: 'profiles/ningxia-2019.json' },
];

/** The ids of the built-in profiles, in order: read from the files, nothing parsed. */
export const BUILTIN_POLICY_IDS: readonly string[] = SHIPPED.map((s) => s.json.id);

const parsed = new Map<string, Policy>();

/**
 * A built-in profile by id ('zhengzhou-2021', 'ningxia-2019'), or undefined. Each is validated (and
 * converted to fen) on first use, not at load: parsing needs zod, which a start without a policy to
 * read need not load (test/core/policy/profiles.test.ts parses every shipped profile).
 */
export function getBuiltinPolicy(id: string): Policy | undefined {
  const shipped = SHIPPED.find((s) => s.json.id === id);
  if (!shipped) return undefined;
  let p = parsed.get(id);
  if (!p) parsed.set(id, (p = parsePolicy(shipped.json, shipped.file)));
  return p;
}

/** Every built-in profile, parsed, in order. */
export function builtinPolicies(): readonly Policy[] {
  return BUILTIN_POLICY_IDS.map((id) => getBuiltinPolicy(id)!);
}

/** 1-based line and column of a character offset in text. */
function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: pos - lineStart + 1 };
}

/** Where a JSON.parse error happened, from the engine's message (V8 says "at position N", newer ones add line/column). */
function errorPosition(message: string, text: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const { line, column } = lineColumn(text, Number(pos[1]));
    return `line ${line}, column ${column}`;
  }
  if (/end of (JSON )?input/i.test(message)) {
    const { line, column } = lineColumn(text, text.length);
    return `line ${line}, column ${column} (end of file)`;
  }
  return 'unknown position';
}

/**
 * Parses a POLICY.json text. A JSON syntax error names the file and the line/column; a schema error
 * names the file and each bad field's path (see parsePolicy). Both throw PolicyError.
 */
export function loadPolicyJson(text: string, source: string): Policy {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new PolicyError(`${source}: not valid JSON at ${errorPosition(message, body)}: ${message}`);
  }
  return parsePolicy(json, source);
}
