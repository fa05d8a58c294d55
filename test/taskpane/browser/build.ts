// Builds the test bundle (webpack --env test → dist/addin-test) unless it is newer than every source.
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..', '..');
export const TEST_DIST = join(ROOT, 'dist', 'addin-test');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function buildTestBundle(): void {
  const out = join(TEST_DIST, 'taskpane.js');
  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'test', 'office-double')),
    newest(join(ROOT, 'test', 'taskpane')),
    statSync(join(ROOT, 'webpack.config.js')).mtimeMs,
  );
  if (
    existsSync(out) &&
    existsSync(join(TEST_DIST, 'office-double.js')) &&
    statSync(out).mtimeMs > sources &&
    !process.env.ROSTER_PANE_REBUILD
  )
    return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'development', '--env', 'test'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
