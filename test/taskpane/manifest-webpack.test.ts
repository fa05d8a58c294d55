// `npm run build -- --env baseUrl=…` for real: webpack.config.js in production mode with a base URL, built
// (the function file only, to keep it short) into a temporary folder: its manifest.xml points at the base,
// and support.html is shipped next to it.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => webpack.Configuration & { entry: Record<string, string>; output: { path: string } };

function build(env: Record<string, unknown>): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'rc-build-'));
  const config = makeConfig(env, { mode: 'production' });
  config.entry = { commands: config.entry.commands };
  config.output.path = out;
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats!.toString('errors-only')));
      else resolve(out);
    }),
  );
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('a production build with --env baseUrl writes a manifest for that host and ships support.html', async () => {
  const out = await build({ baseUrl: 'https://rc.example.gov.cn/addins/rc/' });
  dirs.push(out);
  const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
  expect(manifest).not.toMatch(/localhost/);
  expect(manifest).toContain('<SupportUrl DefaultValue="https://rc.example.gov.cn/addins/rc/support.html"/>');
  expect(manifest).toContain('<AppDomain>https://rc.example.gov.cn</AppDomain>');
  expect(execFileSync('xmllint', ['--noout', join(out, 'manifest.xml')], { encoding: 'utf8' })).toBe('');
  expect(readFileSync(join(out, 'support.html'), 'utf8')).toContain('花名册核验 · 帮助');
  for (const f of ['commands.html', 'assets/icon-32.png']) expect(existsSync(join(out, f))).toBe(true);
  expect(readFileSync(join(out, 'commands.html'), 'utf8')).toContain('appsforoffice.microsoft.com');
});

test('a build without a base keeps the development manifest; a bad base stops the build', async () => {
  const out = await build({});
  dirs.push(out);
  expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toBe(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
  expect(() => makeConfig({ baseUrl: 'http://rc.example.gov.cn/' }, { mode: 'production' })).toThrow(/https/);
});
