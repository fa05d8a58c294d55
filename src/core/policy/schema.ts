// The policy profile: rates, uplifts, limits. Data, never code: profiles are JSON files validated by the
// zod schema in schema-zod.ts, which is required on the first parse rather than at load.
import type { z } from 'zod';
import type { PolicySchema } from './schema-zod';

export type { WorkingAge } from './schema-zod';

/** The policy schema (zod), required on first use. */
export function policySchema(): typeof PolicySchema {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./schema-zod') as typeof import('./schema-zod')).PolicySchema;
}

export type Policy = z.output<typeof PolicySchema>;
export type PolicyRate = Policy['rates'][number];
export type PolicyAmount = PolicyRate['amount'];

export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

/** Validates a parsed JSON value as a policy; the error names the source and each bad field. */
export function parsePolicy(json: unknown, source: string): Policy {
  const r = policySchema().safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.slice(0, 8).map((i) => {
    const path = i.path.length
      ? i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
      : '(root)';
    return `  ${path}: ${i.message}`;
  });
  throw new PolicyError(`${source}: invalid policy profile\n${lines.join('\n')}`);
}
