// --out is compared with the input by real path and by device + inode: a symbolic or hard link to
// the roster is never overwritten, whichever side the link is on.
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { run, tempDir } from '../cli/run';
import { roster } from './corpus';

const sha = async (f: string) =>
  createHash('sha256')
    .update(await fs.readFile(f))
    .digest('hex');

let dir = '';
let real = '';
let before = '';

beforeAll(async () => {
  dir = await tempDir('outpaths');
  real = path.join(dir, 'real.xlsx');
  await fs.writeFile(real, await roster());
  before = await sha(real);
  await fs.symlink(real, path.join(dir, 'link.xlsx'));
  await fs.link(real, path.join(dir, 'hard.xlsx'));
  await fs.mkdir(path.join(dir, 'sub'));
  await fs.symlink(dir, path.join(dir, 'sub', 'up'));
});

test.each([
  ['a symlinked input, --out its target', 'link.xlsx', 'real.xlsx'],
  ['the input, --out a symlink to it', 'real.xlsx', 'link.xlsx'],
  ['a hard link of the input', 'hard.xlsx', 'real.xlsx'],
  ['the input reached through a symlinked folder', 'real.xlsx', 'sub/up/real.xlsx'],
])('%s: refused with exit 2, the roster unchanged', async (_what, input, out) => {
  const r = await run('validate', path.join(dir, input), '--out', path.join(dir, out));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/输出文件不能与输入文件相同（原文件不会被修改）/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(await sha(real)).toBe(before);
  expect((await fs.lstat(path.join(dir, 'link.xlsx'))).isSymbolicLink()).toBe(true);
  expect((await fs.readdir(dir)).sort()).toEqual(['hard.xlsx', 'link.xlsx', 'real.xlsx', 'sub']);
});

test('assemble refuses a symlink to its roster as --out too', async () => {
  const info = path.join(dir, 'info.json');
  await fs.copyFile(path.join(__dirname, '..', '..', 'examples', 'claim-info.json'), info);
  const r = await run('assemble', path.join(dir, 'link.xlsx'), '--info', info, '--out', path.join(dir, 'real.xlsx'));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/输出文件不能与输入文件相同/);
  expect(await sha(real)).toBe(before);
  await fs.rm(info);
});
