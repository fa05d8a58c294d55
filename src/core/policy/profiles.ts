// The policy profiles shipped with the product, and loading a user's POLICY.json.
import ningxia2019 from './profiles/ningxia-2019.json';
import zhengzhou2021 from './profiles/zhengzhou-2021.json';
import loaded from './profiles/loaded.json';
import { parsePolicy, PolicyError, type Policy } from './schema';

/** The built-in profiles as shipped (JSON, amounts in yuan), in the order they are offered. */
const SHIPPED = [
  { json: zhengzhou2021, file: 'profiles/zhengzhou-2021.json' },
  { json: ningxia2019, file: 'profiles/ningxia-2019.json' },
];

/**
 * The shipped profiles parsed by the schema (zod): what profiles/loaded.json holds. Called by the test
 * that compares the two (test/core/policy/profiles.test.ts) and by scripts/policy-profiles.js, which
 * writes loaded.json (`npm run profiles`).
 */
export function parseShippedProfiles(): Policy[] {
  return SHIPPED.map((s) => parsePolicy(s.json, s.file));
}

/**
 * The built-in profiles, in order, as parsed: read from profiles/loaded.json (amounts in fen, defaults
 * filled in), not parsed at every start, since parsing needs zod (~100 ms and ~9 MB to load) and a
 * `validate` with a built-in profile parses nothing else. The test checks loaded.json against the schema.
 */
export const BUILTIN_POLICIES: readonly Policy[] = loaded as unknown as Policy[];

const BY_ID = new Map(BUILTIN_POLICIES.map((p) => [p.id, p]));

/** A built-in profile by id ('zhengzhou-2021', 'ningxia-2019'), or undefined. */
export function getBuiltinPolicy(id: string): Policy | undefined {
  return BY_ID.get(id);
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
