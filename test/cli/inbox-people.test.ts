// What a check worker posts back (inbox/jobs.ts toPlain): no grid, the people as columns; the trainees
// rebuilt from them find the same repeats across rosters and against a ledger as the trainees read
// from the grids, and the cross-roster check, which hands the core only people seen twice, finds what
// the core finds over everyone.
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkAgainstLedger, EMPTY_LEDGER, findInstitution, runKeys, type Finding } from '../../src/core';
import { DEFAULT_POLICY, type ValidateArgs } from '../../src/cli/args';
import { applyLedgerChecks, type RunFile } from '../../src/cli/inbox/cross';
import { fromPlain, toPlain } from '../../src/cli/inbox/jobs';
import { loadLedger } from '../../src/cli/ledger';
import { loadCatalog, loadPolicy } from '../../src/cli/load';
import { checkFileSheets } from '../../src/cli/validate';
import { writeRepeatInbox } from '../fixtures/inbox';
import { run, tempDir } from './run';

const ledgerOnly = (fs: readonly Finding[]) => fs.filter((f) => f.code.startsWith('ledger.'));

test('a checked roster travels without its grid; its people find the same repeats as the grid', async () => {
  const dir = await tempDir('people');
  const files = await writeRepeatInbox(path.join(dir, 'inbox'));
  // a ledger holding E's people, claimed earlier from another roster (E's people are in no other roster)
  const earlier = path.join(dir, 'E-earlier.xlsx');
  await fs.copyFile(files[4], earlier);
  const claim = path.join(dir, 'claim.xlsx');
  const ledgerFile = path.join(dir, '补贴台账.xlsx');
  const info = path.join(__dirname, '../../examples/claim-info.json');
  expect((await run('assemble', earlier, '--info', info, '--out', claim)).code).toBe(0);
  expect((await run('ledger', 'add', claim, '--ledger', ledgerFile)).code).toBe(0);

  const policy = await loadPolicy(DEFAULT_POLICY);
  const catalog = await loadCatalog(undefined);
  const args = { map: {} } as ValidateArgs;
  const read: RunFile[] = [];
  const carried: RunFile[] = [];
  for (const f of files) {
    const [r] = await checkFileSheets(f, args, policy, catalog, 'zh-CN');
    read.push({ file: f, result: r.result, grid: r.grid });
    const plain = structuredClone(toPlain(r));
    expect(Object.keys(plain)).not.toContain('grid');
    expect(plain.people.rows).toHaveLength(r.result.trainees.length);
    const back = fromPlain(plain);
    expect(back.result.trainees).toHaveLength(r.result.trainees.length);
    expect(back.result.trainees.map((t) => t.row)).toEqual(r.result.trainees.map((t) => t.row));
    expect(back.institution).toBe(findInstitution(r.grid));
    carried.push({ file: f, result: back.result, institution: back.institution });
  }
  // a carried trainee says what it does not carry instead of answering wrong
  expect(() => carried[0].result.trainees[0].phone).toThrow(/not carried/);

  for (const withLedger of [false, true]) {
    const ledger = withLedger ? await loadLedger(ledgerFile) : null;
    const fromGrid = await applyLedgerChecks(read, ledger, policy, 'zh-CN');
    const fromPeople = await applyLedgerChecks(carried, ledger, policy, 'zh-CN');
    const said = (rs: typeof fromGrid) => rs.map(({ findings, summary, byRule }) => ({ findings, summary, byRule }));
    expect(said(fromPeople)).toEqual(said(fromGrid));
    // the core over every trainee of every roster, unfiltered
    const rosters = read.map((x) => ({
      source: path.basename(x.file),
      trainees: x.result.trainees,
      institution: carried[read.indexOf(x)].institution,
    }));
    const index = ledger ? await ledger.lookup(runKeys(rosters)) : EMPTY_LEDGER;
    const all = checkAgainstLedger(rosters, index, policy, { locale: 'zh-CN' });
    rosters.forEach((r, i) => expect(ledgerOnly(fromGrid[i].findings)).toEqual(all.get(r.source)));
    const counts = fromGrid.map((r) => ledgerOnly(r.findings).length);
    // A and B repeat each other, C and D each other across layouts, E only the ledger
    expect(counts.slice(0, 4).every((n) => n > 0)).toBe(true);
    expect(counts[4] > 0).toBe(withLedger);
    await ledger?.close();
  }
}, 120000);
