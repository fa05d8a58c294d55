// Figures that used to be wall-clock assertions in the unit tests (a test on a shared machine must not
// time itself): the policy rules over 200,000 trainees, and the task pane's findings list filtering
// and paging 20,000 findings. Medians of a few runs, in-process.
import { getBuiltinPolicy, SAMPLE_CATALOG, type Finding, type Severity } from '../src/core';
import { policyRules } from '../src/core/rules/policy';
import { filterFindings, pageOf } from '../src/taskpane/state/findings';
import { makeContext, makeTrainee } from '../test/helpers/factory';
import { nowMs } from './stats';

export interface UnitFigures {
  policyRules: { rows: number; findings: number; cpuMs: number[] };
  findingsList: { findings: number; ms: number[] };
}

function policyRulesCpuMs(rows: number, runs: number): UnitFigures['policyRules'] {
  const occupations = ['电工', '焊工', '中式烹调师', '电工（初级）', '焊接工', '保洁员'];
  const ts = Array.from({ length: rows }, (_, i) =>
    makeTrainee({
      row: i + 4,
      occupation: occupations[i % occupations.length],
      amount: i % 3 ? 1800 : 1500,
      level: i % 2 ? '初级工' : '五级',
    }),
  );
  const ctx = makeContext(ts, { policy: getBuiltinPolicy('zhengzhou-2021'), catalog: SAMPLE_CATALOG });
  const cpuMs: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage().user;
    findings = policyRules.reduce((sum, r) => sum + r.run(ctx).length, 0);
    cpuMs.push((process.cpuUsage().user - t0) / 1000);
  }
  return { rows, findings, cpuMs };
}

function findingsListMs(n: number, runs: number): UnitFigures['findingsList'] {
  const sev: Severity[] = ['error', 'warning', 'info'];
  const codes = ['id.checksum', 'dup.id', 'rate.mismatch', 'field.missing'];
  const all: Finding[] = Array.from({ length: n }, (_, i) => ({
    code: codes[i % 4],
    severity: sev[i % 3],
    row: 4 + i,
    col: 1 + (i % 10),
    params: {},
  }));
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    const errors = filterFindings(all, { rule: 'all', severity: 'error' });
    filterFindings(all, { rule: 'id.checksum', severity: 'all' });
    pageOf(errors, 10);
    ms.push(nowMs() - t0);
  }
  return { findings: n, ms };
}

export function unitFigures(quick: boolean): UnitFigures {
  return {
    policyRules: policyRulesCpuMs(quick ? 20_000 : 200_000, quick ? 1 : 3),
    findingsList: findingsListMs(20_000, 5),
  };
}
