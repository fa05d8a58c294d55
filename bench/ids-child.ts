// Child process: identity-number checks per second of ours and of the npm validators a clerk would
// pick, on the same numbers, with the answers each gets wrong. Prints JSON on stdout.
// usage: node ids-child.js COUNT RUNS
import { compareDates, isValidId, parseIdCell } from '../src/core/id';
import { CATEGORIES, idMix, type IdCase } from './id-mix';
import { median, nowMs } from './stats';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS packages without typings
const IDValidator = require('id-validator') as new (gb?: unknown) => { isValid(id: string): boolean };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS packages without typings
const GB2260 = require('id-validator/src/GB2260') as unknown;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS packages without typings
const idcard = require('idcard') as { verify(id: string): boolean };

export interface ValidatorFigures {
  name: string;
  perSecond: number;
  ms: number[];
  /** answers that differ from ours */
  disagreeWithOurs: number;
  /** answers that differ from the generator's intended answer */
  wrong: number;
  byCategory: Record<string, number>;
  samples: { id: string; category: string; answer: boolean; ours: boolean; reason: string }[];
}

export interface IdsChildResult {
  count: number;
  categories: Record<string, number>;
  validators: ValidatorFigures[];
}

type Check = () => (id: string) => boolean;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1_000_000);
  const runs = Number(process.argv[3] ?? 3);
  const d = new Date();
  const today = { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
  const cases: IdCase[] = idMix(count, today);
  const ids = cases.map((c) => c.id);
  const why = new Map(CATEGORIES.map(([c, , , reason]) => [c, reason]));
  const opts = { today };
  // each factory gives a fresh checker per run: id-validator caches every answer by ID, so a warm
  // instance would only measure its cache
  const peers: [string, Check][] = [
    ['ours: isValidId', () => (id) => isValidId(id, opts)],
    [
      'ours: parseIdCell (full parse)',
      () => (id) => {
        // the parse the engine's ID rules share; the same verdict as isValidId, spelled out
        const p = parseIdCell(id);
        if (p.kind !== 'citizen' && p.kind !== 'permit' && p.kind !== 'foreign') return false;
        if (!p.checksumOk || p.birthStatus !== 'ok' || (p.region !== 'ok' && p.region !== 'county-unknown'))
          return false;
        return !(p.birth && compareDates(p.birth, today) > 0);
      },
    ],
    [
      'id-validator 1.3.0 (with GB2260)',
      () => {
        const v = new IDValidator(GB2260);
        return (id) => v.isValid(id);
      },
    ],
    ['idcard 4.2.0 (verify)', () => (id) => idcard.verify(id)],
  ];
  // warm every checker up on the first numbers, then time them in turn, rotating the order each run,
  // so that JIT warm-up and the machine's load fall on all of them alike
  for (const [, make] of peers) {
    const check = make();
    for (let i = 0; i < Math.min(ids.length, 50_000); i++) check(ids[i]);
  }
  const ms: number[][] = peers.map(() => []);
  const answers: boolean[][] = peers.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let j = 0; j < peers.length; j++) {
      const k = (j + run) % peers.length;
      const check = peers[k][1]();
      const out = new Array<boolean>(ids.length);
      const t0 = nowMs();
      for (let i = 0; i < ids.length; i++) out[i] = check(ids[i]);
      ms[k].push(nowMs() - t0);
      answers[k] = out;
      if (global.gc) global.gc();
    }
  }
  const validators: ValidatorFigures[] = [];
  const ours = answers[0];
  peers.forEach(([name], k) => {
    const got = answers[k];
    const byCategory: Record<string, number> = {};
    const samples: ValidatorFigures['samples'] = [];
    const seen = new Map<string, number>();
    let disagree = 0;
    let wrong = 0;
    for (let i = 0; i < ids.length; i++) {
      if (got[i] !== cases[i].valid) wrong++;
      if (got[i] === ours[i]) continue;
      disagree++;
      const c = cases[i].category;
      byCategory[c] = (byCategory[c] ?? 0) + 1;
      if ((seen.get(c) ?? 0) < 2) {
        seen.set(c, (seen.get(c) ?? 0) + 1);
        samples.push({ id: ids[i], category: c, answer: got[i], ours: ours[i], reason: why.get(c) ?? c });
      }
    }
    validators.push({
      name,
      perSecond: ids.length / (median(ms[k]) / 1000),
      ms: ms[k],
      disagreeWithOurs: disagree,
      wrong,
      byCategory,
      samples,
    });
  });
  const categories: Record<string, number> = {};
  for (const c of cases) categories[c.category] = (categories[c.category] ?? 0) + 1;
  const out: IdsChildResult = { count, categories, validators };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
