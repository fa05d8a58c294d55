// Under --format json, exit status 2 prints { schemaVersion: 1, error: { code, message, file } } on stdout.
import { promises as fs } from 'fs';
import * as path from 'path';
import { run, tempDir } from '../cli/run';
import { bomb, roster } from './corpus';

test('a usage error prints the JSON error document', async () => {
  const r = await run('validate', '--format', 'json', '--nope', 'x.xlsx');
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stdout)).toEqual({
    schemaVersion: 1,
    error: { code: 'usage', message: expect.stringContaining('--nope'), file: null },
  });
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  const size = await run('validate', 'x.xlsx', '--format=json', '--max-size', 'lots');
  expect(JSON.parse(size.stdout).error.code).toBe('usage');
});

test('an input error before any file (policy) prints the JSON error document', async () => {
  const r = await run('validate', 'x.xlsx', '--format', 'json', '--policy', 'no-such-policy');
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, error: { code: 'input', file: null } });
});

test('files that cannot be read: one document each, with the code, message and file', async () => {
  const dir = await tempDir('jsonerr');
  const missing = path.join(dir, 'none.xlsx');
  const broken = path.join(dir, 'broken.xlsx');
  const big = path.join(dir, 'big.xlsx');
  await fs.writeFile(broken, (await roster()).subarray(0, 500));
  await fs.writeFile(big, await bomb(64 * 1024 ** 2));
  const r = await run('validate', missing, broken, big, '--format', 'json', '--max-size', '32MB');
  expect(r.code).toBe(2);
  const docs = JSON.parse(r.stdout).files;
  expect(docs.map((d: { error: { code: string; file: string } }) => [d.error.code, d.error.file])).toEqual([
    ['input', missing],
    ['damaged', broken],
    ['too-large', big],
  ]);
  expect(docs[2].error.message).toMatch(/文件解压后过大/);
  expect(docs.every((d: { schemaVersion: number }) => d.schemaVersion === 1)).toBe(true);
});
