// The published forms of a run: bench/results.json, docs/performance-table.md and README's perf block.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Results } from './results';
import { ROOT } from './stats';

const n0 = (x: number) => Math.round(x).toLocaleString('en');
const mbs = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
const secs = (s: number) => `${s.toFixed(s < 10 ? 2 : 1)} s`;

export function tableMarkdown(r: Results): string {
  const sizes = Object.keys(r.sizes)
    .map(Number)
    .sort((a, b) => a - b);
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `Measured by \`npm run bench\`${r.quick ? ' --quick' : ''} on ${m.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}, ${m.libreoffice}; commit ${m.commit}; load average ${m.loadStart.toFixed(1)} at the start, ${m.loadEnd.toFixed(1)} at the end${m.loadMax !== undefined ? ` (highest ${m.loadMax.toFixed(1)})` : ''}. Medians; details in \`bench/results.json\`.`,
  );
  out.push('');
  out.push(`| Figure | ${sizes.map((n) => `${n0(n)} rows`).join(' | ')} |`);
  out.push(`|---|${sizes.map(() => '--:').join('|')}|`);
  const row = (label: string, cell: (s: Results['sizes'][number]) => string) =>
    out.push(`| ${label} | ${sizes.map((n) => cell(r.sizes[n])).join(' | ')} |`);
  row('Core engine, rows/s (settled: after warm-up)', (s) => n0(s.core.rowsPerSecond));
  row('Core engine, rows/s (cold: first check of a process)', (s) =>
    s.core.coldRowsPerSecond ? n0(s.core.coldRowsPerSecond) : '–',
  );
  row('Core engine, rows per CPU second (settled)', (s) =>
    s.core.rowsPerCpuSecond ? n0(s.core.rowsPerCpuSecond) : '–',
  );
  row('Core engine, peak RSS (with its grid)', (s) => mbs(s.core.maxRssBytes));
  row('CLI end to end (read, check, write marked copy)', (s) => (s.cli ? secs(s.cli.seconds) : '–'));
  row('CLI peak RSS', (s) => (s.cli ? mbs(s.cli.maxRssBytes) : '–'));
  row('Adapter syncs: read / mark (bound)', (s) =>
    s.office ? `${s.office.read.syncs} / ${s.office.mark.syncs} (≤ ${s.office.syncBound})` : '–',
  );
  row('Adapter largest request', (s) =>
    s.office ? `${(Math.max(s.office.read.maxRequestBytes, s.office.mark.maxRequestBytes) / 1024).toFixed(0)} KB` : '–',
  );
  row('Adapter format calls / runs / faulty cells', (s) =>
    s.office ? `${s.office.mark.formatCalls} / ${s.office.runs} / ${s.office.faultyCells}` : '–',
  );
  row('Formula approach in LibreOffice (COUNTIF + check digit)', (s) =>
    s.formula
      ? `${s.formula.timedOut ? '> ' : ''}${secs(s.formula.seconds)}${s.formula.timedOut ? ` (${s.formula.exit})` : ''}`
      : '–',
  );
  row('… LibreOffice load + save alone, no formulas', (s) => (s.formula ? secs(s.formula.plainSeconds) : '–'));
  row('… our CLI on the same file', (s) => (s.formula ? secs(s.formula.oursSeconds) : '–'));
  row('**Ours vs formula approach**', (s) =>
    s.formula ? `**${s.formula.timedOut ? '> ' : ''}${s.formula.ratio.toFixed(1)}×**` : '–',
  );
  const t = r.throughput;
  if (t) {
    const big = Math.max(...sizes);
    out.push('');
    out.push(`Reading, checking and writing at ${n0(big)} rows, and hostile input (wall time; CPU time in brackets):`);
    out.push('');
    out.push('| Figure | Time | Peak RSS |');
    out.push('|---|--:|--:|');
    const cpu = (s: number) => ` (${secs(s)} CPU)`;
    if (t.floor)
      out.push(`| Floor: unzip and scan the sheet XML | ${secs(t.floor.seconds)}${cpu(t.floor.cpuSeconds)} | – |`);
    if (t.validate && t.floor)
      out.push(
        `| \`validate\` without --out (${(t.validate.seconds / t.floor.seconds).toFixed(1)}× the floor) | ${secs(t.validate.seconds)}${cpu(t.validate.cpuSeconds)} | ${mbs(t.validate.maxRssBytes)} |`,
      );
    out.push(
      `| Core engine alone | ${n0(r.sizes[big].core.rowsPerSecond)} rows/s | ${mbs(r.sizes[big].core.maxRssBytes)} |`,
    );
    if (t.assemble)
      out.push(
        `| \`assemble\` (claim papers written) | ${secs(t.assemble.seconds)}${cpu(t.assemble.cpuSeconds)} | ${mbs(t.assemble.maxRssBytes)} |`,
      );
    if (t.inbox) {
      const i = t.inbox;
      out.push(
        `| Inbox: ${i.files} rosters × ${i.rowsEach} rows, --jobs 1 | ${secs(i.one.seconds)}${cpu(i.one.cpuSeconds)} | ${mbs(i.one.maxRssBytes)} |`,
      );
      out.push(
        `| … --jobs ${i.jobs} (**${i.ratio.toFixed(2)}×** faster) | ${secs(i.many.seconds)}${cpu(i.many.cpuSeconds)} | ${mbs(i.many.maxRssBytes)} |`,
      );
    }
    if (t.hostile)
      out.push(
        `| Hostile corpus, ${t.hostile.files} files (highest: ${t.hostile.worst}) | – | ${mbs(t.hostile.maxRssBytes)} |`,
      );
    if (t.fullSheet)
      out.push(
        `| Roster of ${n0(t.fullSheet.rows)} rows (exit ${t.fullSheet.exit}) | ${secs(t.fullSheet.seconds)} | ${mbs(t.fullSheet.maxRssBytes)} |`,
      );
  }
  if (r.ids) {
    out.push('');
    out.push(`Identity numbers (${n0(r.ids.count)} of a realistic mix, the same for every validator):`);
    out.push('');
    out.push('| Validator | IDs/s | vs ours | Differs from ours | Wrong |');
    out.push('|---|--:|--:|--:|--:|');
    const ours = r.ids.validators[0].perSecond;
    for (const v of r.ids.validators) {
      out.push(
        `| ${v.name} | ${n0(v.perSecond)} | ${(v.perSecond / ours).toFixed(2)}× | ${n0(v.disagreeWithOurs)} | ${n0(v.wrong)} |`,
      );
    }
  }
  if (r.ledger) {
    const l = r.ledger;
    out.push('');
    out.push(
      `Ledger, ${n0(l.records)} records against ${n0(l.rosterRows)} rows: in memory ${secs(Math.min(l.memoryMs, l.memoryPickMs) / 1000)}; SQLite ${secs(l.sqliteMs / 1000)} per check once imported (import ${secs(l.sqliteImportMs / 1000)}, once).`,
    );
  }
  if (r.goals) {
    out.push('');
    out.push('| Goal | | Measured |');
    out.push('|---|---|---|');
    for (const g of r.goals)
      out.push(`| ${g.goal} | ${g.met === null ? 'not measured' : g.met ? 'met' : '**missed**'} | ${g.detail} |`);
  }
  return out.join('\n') + '\n';
}

const START = '<!-- perf:start -->';
const END = '<!-- perf:end -->';

/**
 * Writes results.json and the table; replaces README's perf block only when both markers are there.
 * A --quick run writes bench/results-quick.json only, so it never replaces the published figures.
 */
export async function publish(r: Results): Promise<string[]> {
  const written: string[] = [];
  const results = path.join(ROOT, 'bench', r.quick ? 'results-quick.json' : 'results.json');
  await fs.writeFile(results, JSON.stringify(r, null, 2) + '\n');
  written.push(results);
  if (r.quick) return written;
  const table = tableMarkdown(r);
  const tableFile = path.join(ROOT, 'docs', 'performance-table.md');
  await fs.mkdir(path.dirname(tableFile), { recursive: true });
  await fs.writeFile(tableFile, table);
  written.push(tableFile);
  const readme = path.join(ROOT, 'README.md');
  const text = await fs.readFile(readme, 'utf8').catch(() => null);
  if (text) {
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    if (a >= 0 && b > a) {
      await fs.writeFile(readme, text.slice(0, a + START.length) + '\n' + table + text.slice(b));
      written.push(readme);
    }
  }
  return written;
}
