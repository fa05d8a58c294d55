// The built command line, spawned as a user runs it: node bin/roster-check.js.
import { execFileSync, spawnSync } from 'child_process';
import * as path from 'path';
import { writeRosterSample } from '../fixtures/sample';
import { tempDir } from './run';

const root = path.join(__dirname, '..', '..');

beforeAll(() => {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    { cwd: root, stdio: 'pipe' },
  );
}, 120000);

test('bin/roster-check.js validates a roster: JSON on stdout, exit 1 for errors, exit 2 for a missing file', async () => {
  const dir = await tempDir('spawn');
  const file = path.join(dir, 'roster.xlsx');
  await writeRosterSample(file);
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'roster-check.js'), 'validate', file, '--format', 'json'],
    { encoding: 'utf8' },
  );
  expect(r.status).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(doc.schemaVersion).toBe(1);
  expect(doc.findings.length).toBeGreaterThan(10);
  const bad = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'roster-check.js'), 'validate', path.join(dir, 'none.xlsx')],
    { encoding: 'utf8' },
  );
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim()).toBe(`${path.join(dir, 'none.xlsx')}：文件不存在`);
}, 60000);
