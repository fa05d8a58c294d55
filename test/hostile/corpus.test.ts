// The CLI on every file of the hostile corpus, spawned as a user runs it: exit 2 with one line, or
// 0/1 with a report; peak RSS under 1 GB; the input unchanged; nothing left at --out.
import { createHash } from 'crypto';
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { tempDir } from '../cli/run';
import { buildCorpus, type CorpusFile } from './corpus';

const root = path.join(__dirname, '..', '..');
const GB = 1024 ** 3;
let dir = '';
let preload = '';
let corpus: CorpusFile[] = [];

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    { cwd: root, stdio: 'pipe' },
  );
  dir = await tempDir('hostile');
  preload = path.join(dir, 'rss.js');
  await fs.writeFile(
    preload,
    "process.on('exit', () => process.stderr.write('\\n@@maxrss ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  corpus = await buildCorpus(path.join(dir, 'in'));
}, 180000);

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
  maxRss: number;
}

function cli(...args: string[]): Ran {
  const r = spawnSync(process.execPath, ['--require', preload, path.join(root, 'bin', 'roster-check.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const m = /\n@@maxrss (\d+)\n$/.exec(r.stderr);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: m ? r.stderr.slice(0, m.index) : r.stderr,
    maxRss: m ? Number(m[1]) * 1024 : Infinity,
  };
}

const sha = async (f: string) =>
  createHash('sha256')
    .update(await fs.readFile(f))
    .digest('hex');

test('every corpus file: one line and exit 2, or a report; under 1 GB; input unchanged; nothing half-written', async () => {
  const problems: string[] = [];
  for (const c of corpus) {
    const before = await sha(c.file);
    const outDir = path.join(dir, 'out', c.name);
    await fs.mkdir(outDir, { recursive: true });
    const out = path.join(outDir, 'marked.xlsx');
    const r = cli('validate', c.file, '--out', out);
    const say = (s: string) => problems.push(`${c.name} (${c.what}): ${s}`);
    if (r.maxRss >= GB) say(`peak RSS ${Math.round(r.maxRss / 1048576)} MB`);
    if ((await sha(c.file)) !== before) say('the input changed');
    const left = await fs.readdir(outDir);
    // exit 2 for missing required columns is the one multi-line message: a report of the headers found
    const columnsReport = /：找不到必需的列：.*\n {2}找到的表头：.*\n {2}请用 --map/.test(r.stderr);
    if (r.status === 2) {
      if (r.stderr.trim().split('\n').length !== 1 && !columnsReport) say(`not one line: ${r.stderr.slice(0, 300)}`);
      if (/内部错误|internal error|\n\s+at /.test(r.stderr)) say(`internal error: ${r.stderr.slice(0, 300)}`);
      if (left.length) say(`left at --out: ${left.join(', ')}`);
    } else if (r.status === 0 || r.status === 1) {
      if (!/共 \d+ 人|人员/.test(r.stdout)) say(`no report: ${r.stdout.slice(0, 200)}`);
      if (left.some((f) => f !== 'marked.xlsx')) say(`temporary files left: ${left.join(', ')}`);
    } else say(`exit ${r.status}: ${r.stderr.slice(0, 300)}`);
  }
  expect(problems).toEqual([]);
}, 600000);

test('the zip bombs are refused as too large, naming the file with its folder', () => {
  for (const name of ['bomb-2g.xlsx', 'bomb-lying.xlsx', 'bomb-300m.xlsx']) {
    const file = (corpus.find((c) => c.name === name) as CorpusFile).file;
    const r = cli('validate', file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：文件解压后过大`));
  }
  // --max-size raises the limit: the 300 MB bomb is then read (and has no roster in it)
  const big = (corpus.find((c) => c.name === 'bomb-300m.xlsx') as CorpusFile).file;
  const r = cli('validate', big, '--max-size', '400MB');
  expect(r.stderr).not.toMatch(/解压后过大/);
  expect(r.maxRss).toBeLessThan(GB);
}, 300000);

test('a stray value at XFD1048576 is left out with a note; the roster is checked as without it', () => {
  const good = cli('validate', (corpus.find((c) => c.name === 'good.xlsx') as CorpusFile).file, '--format', 'json');
  const stray = cli(
    'validate',
    (corpus.find((c) => c.name === 'stray-xfd.xlsx') as CorpusFile).file,
    '--format',
    'json',
  );
  expect(stray.status).toBe(good.status);
  const a = JSON.parse(good.stdout),
    b = JSON.parse(stray.stdout);
  expect(b.findings).toEqual(a.findings);
  expect(b.trainees).toBe(60);
  expect(b.notes.join('\n')).toMatch(/区域以外的 1 个单元格未读取（如 XFD1048576）/);
  expect(stray.maxRss).toBeLessThan(400 * 1024 ** 2);
}, 120000);

test('a temporary file being written is removed when the process gets SIGTERM or SIGINT', async () => {
  const atomic = path.join(root, 'dist', 'cli', 'xlsx', 'atomic.js');
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    const out = path.join(dir, 'signal', signal, 'out.xlsx');
    const script = `require(${JSON.stringify(atomic)}).writeFileAtomic(${JSON.stringify(out)}, undefined, async (tmp) => {
      require('fs').writeFileSync(tmp, 'half');
      process.kill(process.pid, '${signal}');
      await new Promise((r) => setTimeout(r, 10000));
    });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(code);
    expect(await fs.readdir(path.dirname(out))).toEqual([]);
  }
}, 60000);
