// Regenerates examples/roster-sample.xlsx (the demo roster with planted faults).
// Run: npx tsc -p scripts/tsconfig.json && node dist/scripts/scripts/make-fixtures.js
import * as path from 'path';
import { writeRosterSample } from '../test/fixtures/sample';

async function run(): Promise<void> {
  const file = path.join(__dirname, '..', '..', '..', 'examples', 'roster-sample.xlsx');
  const plan = await writeRosterSample(file);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n${JSON.stringify(plan.rows)}\n`);
}

run().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
