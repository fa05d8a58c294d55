// The built CLI on worker threads: --jobs 1 and --jobs 4 give identical reports and marked copies;
// people repeated across rosters and in a ledger are found alike with --jobs 1 and --jobs 3.
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { writeInbox, writeRepeatInbox } from '../fixtures/inbox';
import { run, tempDir } from './run';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'roster-check.js');

beforeAll(() => {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    { cwd: root, stdio: 'pipe' },
  );
}, 240000);

test('--jobs 1 and --jobs 4: the same JSON, the same summary, the same marked copies', async () => {
  expect(await fs.stat(path.join(root, 'dist', 'cli', 'cli', 'inbox', 'worker.js'))).toBeTruthy();
  const dir = await tempDir('jobs');
  await writeInbox(path.join(dir, 'inbox'), 12, 2);
  const runJobs = (n: number) => {
    const r = spawnSync(
      process.execPath,
      [
        cli,
        'validate',
        path.join(dir, 'inbox'),
        '--format',
        'json',
        '--jobs',
        String(n),
        '--out-dir',
        path.join(dir, `out${n}`),
      ],
      { encoding: 'utf8' },
    );
    return { status: r.status, doc: JSON.parse(r.stdout.split(path.join(dir, `out${n}`)).join('OUT')) };
  };
  const one = runJobs(1);
  const four = runJobs(4);
  expect(one.status).toBe(2);
  expect(four.status).toBe(one.status);
  expect(four.doc).toEqual(one.doc);
  expect(one.doc.files).toHaveLength(16);
  const names = (await fs.readdir(path.join(dir, 'out1'))).sort();
  expect((await fs.readdir(path.join(dir, 'out4'))).sort()).toEqual(names);
  // each copy is the input's package with marks patched in: the same parts with the same contents
  // (the zip's own entry times differ with the moment of writing)
  const parts = async (f: string) => {
    const zip = await JSZip.loadAsync(await fs.readFile(f));
    const out: Record<string, string> = {};
    for (const name of Object.keys(zip.files).sort()) out[name] = await zip.files[name].async('base64');
    return out;
  };
  for (const n of names) expect(await parts(path.join(dir, 'out4', n))).toEqual(await parts(path.join(dir, 'out1', n)));
}, 240000);

test('--jobs 1 and --jobs 3: the same repeats across rosters and against the ledger', async () => {
  const dir = await tempDir('jobs-repeats');
  const files = await writeRepeatInbox(path.join(dir, 'inbox'));
  // the ledger: roster E claimed earlier under another name
  const earlier = path.join(dir, 'E-earlier.xlsx');
  await fs.copyFile(files[4], earlier);
  const claim = path.join(dir, 'claim.xlsx');
  const ledger = path.join(dir, '补贴台账.xlsx');
  expect(
    (await run('assemble', earlier, '--info', path.join(root, 'examples', 'claim-info.json'), '--out', claim)).code,
  ).toBe(0);
  expect((await run('ledger', 'add', claim, '--ledger', ledger)).code).toBe(0);
  const runJobs = (n: number) => {
    const argv = [
      cli,
      'validate',
      path.join(dir, 'inbox'),
      '--ledger',
      ledger,
      '--format',
      'jsonl',
      '--jobs',
      String(n),
    ];
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout };
  };
  const one = runJobs(1);
  const three = runJobs(3);
  expect(one.status).toBe(1);
  expect(three).toEqual(one);
  const docs = one.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; findings: { code: string }[] });
  const repeats = docs.map((d) => d.findings.filter((f) => f.code.startsWith('ledger.')).length);
  // A and B repeat each other, C and D each other, E the ledger
  expect(docs.map((d) => path.basename(d.file))).toEqual(['A.xlsx', 'B.xlsx', 'C.xlsx', 'D.xlsx', 'E.xlsx']);
  expect(repeats.every((n) => n > 0)).toBe(true);
}, 240000);
