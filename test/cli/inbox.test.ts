// A reviewer's inbox: a folder of 30 rosters in one command, with a summary to act on.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { expandInputs } from '../../src/cli/inbox/inputs';
import { sortSummary, type SummaryRow } from '../../src/cli/inbox/summary';
import { writeInbox, type InboxPlan } from '../fixtures/inbox';
import { run, tempDir } from './run';

let dir: string;
let plan: InboxPlan;

beforeAll(async () => {
  dir = await tempDir('inbox');
  plan = await writeInbox(path.join(dir, 'inbox'));
}, 120000);

const base = (f: string) => path.basename(f);

test('a folder: every roster found (subfolders too), the lock file and the text file skipped with a word', async () => {
  const inputs = await expandInputs([path.join(dir, 'inbox')]);
  expect(inputs.files).toHaveLength(30);
  expect(inputs.skipped.map((s) => base(s.path)).sort()).toEqual(['readme.txt', '~$clean-01.xlsx']);
  // globs, for shells that pass them as typed
  const glob = await expandInputs([path.join(dir, 'inbox', '**', 'clean-*.xlsx')]);
  expect(glob.files).toHaveLength(26);
  expect((await expandInputs([path.join(dir, 'inbox', 'nothing-*.xlsx')])).skipped[0].reason.zh).toBe('没有匹配的文件');
});

test('the summary: one row per file, verdicts, worst first, exit status the worst of all', async () => {
  const r = await run('validate', path.join(dir, 'inbox'), '--format', 'json');
  expect(r.code).toBe(2);
  const doc = JSON.parse(r.stdout) as { files: { file: string }[]; summary: SummaryRow[] };
  expect(doc.files).toHaveLength(30);
  const verdicts = doc.summary.map((s) => `${s.verdict}:${base(s.file)}`);
  expect(verdicts.slice(0, 2).sort()).toEqual(['unreadable:broken.xlsx', 'unreadable:instructions.xlsx']);
  expect(verdicts.slice(2, 4).sort()).toEqual(['return:faulty-1.xlsx', 'return:faulty-2.xlsx']);
  expect(verdicts.slice(4).every((v) => v.startsWith('pass:clean-'))).toBe(true);
  const faulty = doc.summary[2];
  expect(faulty.errors).toBeGreaterThan(10);
  expect(faulty.top).toHaveLength(3);
  const clean = doc.summary.find((s) => base(s.file) === 'clean-04.xlsx')!;
  expect(clean).toMatchObject({ institution: '第4职业培训学校', errors: 0, trainees: 11, verdict: 'pass' });
  expect(r.stderr).toContain('~$clean-01.xlsx：Excel/WPS 锁定文件，已跳过');
});

test('--quiet prints only the summary table, in Chinese', async () => {
  const r = await run('validate', path.join(dir, 'inbox'), '--quiet');
  const lines = r.stdout.trim().split('\n');
  expect(lines[0]).toBe('汇总：共 30 份花名册，通过 26 份，退回修改 2 份，无法读取 2 份');
  expect(lines[1]).toMatch(/^结论\s+文件\s+培训机构\s+工作表\s+人数\s+错误\s+警告\s+主要问题$/);
  expect(lines[2]).toMatch(/^无法读取/);
  expect(lines).toHaveLength(32);
  expect(r.stdout).not.toContain('问题明细');
});

test('--format jsonl: one report per line, in input order', async () => {
  const r = await run('validate', ...plan.clean.slice(0, 3), plan.faulty[0], '--format', 'jsonl');
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { file: string; schemaVersion: number });
  expect(lines.map((l) => l.file)).toEqual([...plan.clean.slice(0, 3), plan.faulty[0]]);
  expect(r.code).toBe(1);
});

test('--out-dir writes one marked copy per roster, never over an input; --summary-out links to them', async () => {
  const out = path.join(dir, 'marked');
  const csv = path.join(dir, 'summary.csv');
  const xlsx = path.join(dir, 'summary.xlsx');
  const before = await fs.readFile(plan.faulty[0]);
  let r = await run('validate', path.join(dir, 'inbox'), '--quiet', '--out-dir', out, '--summary-out', xlsx);
  expect(r.code).toBe(2);
  r = await run('validate', path.join(dir, 'inbox'), '--quiet', '--summary-out', csv);
  const names = (await fs.readdir(out)).sort();
  expect(names).toHaveLength(28); // the unreadable file and the non-roster get no copy
  expect(names).toContain('faulty-1.marked.xlsx');
  expect(await fs.readFile(plan.faulty[0])).toEqual(before);
  const text = await fs.readFile(csv, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split('\r\n')[0]).toBe('\ufeff结论,文件,培训机构,工作表,人数,错误,警告,主要问题,标记副本');
  // LibreOffice opens the xlsx summary, and its links point at the marked copies
  const html = path.join(dir, 'html');
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(dir, 'lo')}`,
      '--convert-to',
      'html',
      '--outdir',
      html,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 170000 },
  );
  const page = await fs.readFile(path.join(html, 'summary.html'), 'utf8');
  expect(page).toMatch(/href="[^"]*marked\/faulty-1\.marked\.xlsx"/);
  expect(page).toContain('退回修改');
}, 200000);

test('sortSummary: unreadable, then most errors, then most warnings, then by name', () => {
  const row = (file: string, verdict: SummaryRow['verdict'], errors = 0, warnings = 0): SummaryRow => ({
    file,
    institution: '',
    sheet: '',
    trainees: 1,
    errors,
    warnings,
    top: [],
    verdict,
  });
  const sorted = sortSummary([
    row('a', 'pass', 0, 1),
    row('b', 'return', 2),
    row('c', 'unreadable'),
    row('d', 'return', 5),
    row('e', 'pass', 0, 3),
  ]);
  expect(sorted.map((s) => s.file)).toEqual(['c', 'd', 'b', 'e', 'a']);
});
