// The goals of issue 6, judged on the figures of one run. The bench asserts nothing: it reports.
import type { Results } from './results';
import { median } from './stats';

export interface Goal {
  goal: string;
  met: boolean | null;
  detail: string;
}

const FOUR_MB = 4 * 1024 * 1024;
/** 1 GB read as 1 GiB (1,024 MB as the figures print them) */
const GB = 1024 * 1024 * 1024;

export function judgeGoals(r: Results): Goal[] {
  const goals: Goal[] = [];
  const sizes = Object.keys(r.sizes)
    .map(Number)
    .sort((a, b) => a - b);
  const big = sizes[sizes.length - 1];
  const at = r.sizes[big];
  const note = big === 100_000 ? '' : ` (measured at ${big.toLocaleString('en')} rows only: --quick)`;

  const core = at.core;
  goals.push({
    goal: 'core engine ≥ 500,000 rows/s on 100,000 rows',
    met: big === 100_000 ? core.rowsPerSecond >= 500_000 : null,
    detail:
      `${Math.round(core.rowsPerSecond).toLocaleString('en')} rows/s settled (${Math.round(core.rowsPerCpuSecond).toLocaleString('en')} per CPU second)` +
      `${core.coldRowsPerSecond ? `; first (cold) check ${Math.round(core.coldRowsPerSecond).toLocaleString('en')} rows/s` : ''}${note}`,
  });
  goals.push({
    goal: 'core engine ≥ 1,000,000 rows/s on 100,000 rows (issue 17)',
    met: big === 100_000 ? core.rowsPerSecond >= 1_000_000 : null,
    detail: `${Math.round(core.rowsPerSecond).toLocaleString('en')} rows/s settled (${Math.round(core.rowsPerCpuSecond).toLocaleString('en')} per CPU second)${note}`,
  });
  const t = r.throughput;
  if (t?.floor && t.validate) {
    const ratio = t.validate.seconds / t.floor.seconds;
    goals.push({
      goal: 'validate, 100,000 rows, no --out: within 2× the read floor and < 300 MB (issue 17)',
      met: big === 100_000 ? ratio <= 2 && t.validate.maxRssBytes < 300 * 2 ** 20 : null,
      detail: `${t.validate.seconds.toFixed(2)} s against a floor of ${t.floor.seconds.toFixed(2)} s (${ratio.toFixed(1)}×), ${(t.validate.maxRssBytes / 2 ** 20).toFixed(0)} MB${note}`,
    });
  }
  if (t?.assemble) {
    goals.push({
      goal: 'assemble, 100,000 rows: < 10 s and < 1 GB (issue 12)',
      met: big === 100_000 ? t.assemble.seconds < 10 && t.assemble.maxRssBytes < GB : null,
      detail: `${t.assemble.seconds.toFixed(1)} s (${t.assemble.cpuSeconds.toFixed(1)} s CPU), ${(t.assemble.maxRssBytes / 2 ** 20).toFixed(0)} MB${note}`,
    });
  }
  if (t?.hostile) {
    goals.push({
      goal: 'hostile corpus: peak RSS < 1 GB on every file (issue 14)',
      met: t.hostile.maxRssBytes < GB,
      detail: `${t.hostile.files} files, highest ${(t.hostile.maxRssBytes / 2 ** 20).toFixed(0)} MB (${t.hostile.worst})`,
    });
  }
  if (t?.fullSheet) {
    goals.push({
      goal: 'a roster of 1,048,576 rows: peak RSS < 1 GB (issue 14)',
      met: t.fullSheet.maxRssBytes < GB,
      detail: `${(t.fullSheet.maxRssBytes / 2 ** 20).toFixed(0)} MB, exit ${t.fullSheet.exit}: ${t.fullSheet.said.slice(0, 100)}`,
    });
  }
  if (at.cli) {
    goals.push({
      goal: 'CLI end to end, 100,000 rows: < 10 s and < 1 GB',
      met: big === 100_000 ? at.cli.seconds < 10 && at.cli.maxRssBytes < GB : null,
      detail: `${at.cli.seconds.toFixed(1)} s, ${(at.cli.maxRssBytes / 2 ** 20).toFixed(0)} MB${note}`,
    });
  }
  const office = sizes.map((n) => r.sizes[n].office).filter((o): o is NonNullable<typeof o> => !!o);
  if (office.length) {
    const syncOk = office.every((o) => o.read.syncs <= o.syncBound && o.mark.syncs <= o.syncBound);
    goals.push({
      goal: 'adapter: syncs ≤ 3 + ⌈rows/chunk⌉ (read and mark)',
      met: syncOk,
      detail: office
        .map((o) => `${o.rows.toLocaleString('en')}: read ${o.read.syncs}, mark ${o.mark.syncs} ≤ ${o.syncBound}`)
        .join('; '),
    });
    const bytes = Math.max(...office.map((o) => Math.max(o.read.maxRequestBytes, o.mark.maxRequestBytes)));
    goals.push({
      goal: 'adapter: every request < 4 MB',
      met: bytes < FOUR_MB,
      detail: `largest ${(bytes / 2 ** 20).toFixed(2)} MB`,
    });
    goals.push({
      goal: 'adapter: format calls ∝ runs of faulty cells, not cells',
      met: office.every((o) => o.mark.formatCalls <= Math.max(1, o.runs)),
      detail: office
        .map(
          (o) =>
            `${o.rows.toLocaleString('en')}: ${o.mark.formatCalls} calls for ${o.runs} runs / ${o.faultyCells} cells`,
        )
        .join('; '),
    });
  }
  if (r.ledger) {
    const l = r.ledger;
    const best = Math.min(l.memoryMs, l.memoryPickMs);
    goals.push({
      goal: `ledger: ${l.records.toLocaleString('en')} records vs ${l.rosterRows.toLocaleString('en')} rows < 5 s`,
      met: l.records >= 1_000_000 ? best < 5000 && l.sqliteMs < 5000 : null,
      detail: `in memory ${(best / 1000).toFixed(2)} s, SQLite (imported) ${(l.sqliteMs / 1000).toFixed(2)} s`,
    });
  }
  if (at.formula) {
    const f = at.formula;
    goals.push({
      goal: '≥ 10× faster than the formula approach at 100,000 rows',
      met: big === 100_000 ? f.ratio >= 10 : null,
      detail: `${f.timedOut ? '>' : ''}${f.ratio.toFixed(1)}× (LibreOffice ${f.timedOut ? '>' : ''}${f.seconds.toFixed(1)} s, our CLI ${f.oursSeconds.toFixed(1)} s)${note}`,
    });
  }
  if (r.ids) {
    const ours = r.ids.validators[0];
    const peers = r.ids.validators.slice(2);
    const fastest = peers.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
    goals.push({
      goal: 'IDs: at least as fast as the fastest npm validator, none wrong',
      met: ours.perSecond >= fastest.perSecond && ours.wrong === 0,
      detail: `ours ${Math.round(ours.perSecond).toLocaleString('en')}/s, ${ours.wrong} wrong; fastest peer ${fastest.name} ${Math.round(fastest.perSecond).toLocaleString('en')}/s, ${fastest.wrong} wrong`,
    });
  }
  if (r.units) {
    const p = r.units.policyRules;
    const cpu = median(p.cpuMs);
    goals.push({
      goal: 'policy rules: 200,000 trainees in < 1 s of CPU',
      met: p.rows === 200_000 ? cpu < 1000 : null,
      detail: `${cpu.toFixed(0)} ms for ${p.rows.toLocaleString('en')} trainees`,
    });
    const list = median(r.units.findingsList.ms);
    goals.push({
      goal: 'task pane: filter and page 20,000 findings < 200 ms',
      met: list < 200,
      detail: `${list.toFixed(1)} ms`,
    });
  }
  return goals;
}
