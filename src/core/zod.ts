// zod, required on first use. Loading it costs ~100 ms and ~9 MB of fresh pages at every start, and a
// `validate` with a built-in policy parses no JSON at all; so the schemas (policy/schema.ts,
// claim/info.ts) are built by a function on first use rather than at module load.
import type { z as Z } from 'zod';

let loaded: typeof Z | undefined;

/** The zod namespace (`z`), required the first time it is asked for. */
export function zod(): typeof Z {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= (require('zod') as { z: typeof Z }).z);
}
