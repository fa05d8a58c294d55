// `roster-check validate`: check every roster named (files, folders, globs), then the ledger and the
// rosters against each other, then mark, report and summarise. With several files, reading, checking
// and marking run on this thread and worker threads (--jobs, default the number of cores).
import { promises as fs } from 'fs';
import * as path from 'path';
import { type Catalog, findInstitution, type Grid, type Locale, type Policy } from '../core';
import { parseValidateArgs, UsageError, type ValidateArgs } from './args';
import { expandInputs } from './inbox/inputs';
import { applyLedgerChecks } from './inbox/cross';
import { errorPair, fromPlain, runJob, type Checked as CheckedRoster } from './inbox/jobs';
import { defaultJobs, WorkerPool, workerFile } from './inbox/pool';
import { Progress } from './inbox/progress';
import { sortSummary, summaryText, topRules, type SummaryRow } from './inbox/summary';
import { writeSummary } from './inbox/summary-out';
import type { WorkerInit, WorkerJob, WorkerReply } from './inbox/worker-protocol';
import type { LoadedLedger } from '../ledger-store/loaded';
import { loadCatalog, loadPolicy } from './load';
import type { Io } from './io';
import { jsonFailure, jsonReport } from './report-json';
import { textReport } from './report-text';
import { checkFileSheets, exitCode, markedName, missingMessage, type FileReport } from './validate';
import { limits } from '../xlsx/zip-limits';

type ErrorPair = { zh: string; en: string; code: string };
type Checked = CheckedRoster | { failed: ErrorPair };
const UNKNOWN: ErrorPair = { zh: '内部错误', en: 'internal error', code: 'internal' };

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Where the marked copy of each file goes: --out itself for one file, a folder for several; --out-dir. */
async function outPaths(args: ValidateArgs, files: readonly string[]): Promise<(string | undefined)[]> {
  const dir =
    args.outDir ?? (args.out && (/[\\/]$/.test(args.out) || (await isDirectory(args.out))) ? args.out : undefined);
  if (!dir) {
    if (!args.out) return files.map(() => undefined);
    if (files.length > 1) {
      throw new UsageError(
        `核验多个文件时 --out 应为文件夹（以 / 结尾或已存在的文件夹），或使用 --out-dir：${args.out}`,
        `with several files --out must be a folder (ending in / or existing), or use --out-dir: ${args.out}`,
      );
    }
    return [args.out];
  }
  await fs.mkdir(dir, { recursive: true });
  // two inputs of the same name from different folders get distinct copies; an input is never a target
  const inputs = new Set(files.map((f) => path.resolve(f)));
  const used = new Set<string>();
  return files.map((f) => {
    let out = markedName(f, dir);
    for (let n = 2; used.has(out) || inputs.has(path.resolve(out)); n++) {
      out = path.join(dir, `${path.basename(f, path.extname(f))}.${n}.marked.xlsx`);
    }
    used.add(out);
    return out;
  });
}

function summaryRow(file: string, c: Checked, out: string | undefined, status: number, locale: Locale): SummaryRow {
  if ('failed' in c) {
    const reason = locale === 'en-US' ? c.failed.en : c.failed.zh;
    return {
      file,
      institution: '',
      sheet: '',
      trainees: 0,
      errors: 0,
      warnings: 0,
      top: [],
      verdict: 'unreadable',
      reason,
    };
  }
  const { result } = c;
  const row: SummaryRow = {
    file,
    institution: c.institution,
    sheet: c.sheet,
    trainees: result.trainees.length,
    errors: result.summary.error,
    warnings: result.summary.warning,
    top: topRules(result.byRule),
    verdict: status === 2 ? 'unreadable' : result.summary.error > 0 ? 'return' : 'pass',
  };
  if (status === 2) row.reason = missingMessage(c, locale).split('\n')[0];
  if (out) row.out = out;
  return row;
}

/** A roster of a single-file run, checked in this thread and kept as read (but for its grid). */
function withInstitution(r: FileReport & { grid: Grid }): CheckedRoster {
  const { grid, ...rest } = r;
  return { ...rest, institution: findInstitution(grid) };
}

/** Checks every file, then the ledger and the files against each other, then marks and reports. */
export async function runValidate(argv: string[], io: Io, isTty = false): Promise<number> {
  const args = parseValidateArgs(argv);
  const locale: Locale = args.lang === 'en' ? 'en-US' : 'zh-CN';
  const en = args.lang === 'en';
  const pick = (p: { zh: string; en: string }) => (en ? p.en : p.zh);
  const inputs = await expandInputs(args.files);
  for (const s of inputs.skipped) io.stderr(`${s.path}：${pick(s.reason)}\n`.replace('：', en ? ': ' : '：'));
  const files = inputs.files;
  if (!files.length) throw new UsageError('没有找到要核验的花名册文件', 'no roster file found to check');
  const many = files.length > 1;
  // --jobs N: N threads at work, this one and N - 1 workers
  const jobs = Math.min(args.jobs ?? defaultJobs(), files.length);
  const worker = jobs > 1 ? workerFile() : null;
  // the workers load their modules while this thread loads the policy, the catalog and the ledger
  const pool = worker ? new WorkerPool(worker, jobs - 1) : null;
  let ledger: LoadedLedger | null = null;
  try {
    const policy: Policy = await loadPolicy(args.policy);
    const catalog: Catalog = await loadCatalog(args.catalog);
    const outs = await outPaths(args, files);
    // the ledger code only when there is a ledger
    if (args.ledger)
      ledger = await (await import('../ledger-store/load')).loadLedger(args.ledger, { db: args.ledgerDb });
    const init: WorkerInit = { policy, catalog, locale, sheet: args.sheet, map: args.map, limits: limits() };
    pool?.init(init);
    // a reply made here is kept as it is made (plain data, as a worker posts it). One read through
    // SheetJS (.xls, .ods, .csv) is cloned: its strings may be slices of the file's whole text, which
    // they would keep alive. The .xlsx reader decodes each string on its own (src/xlsx/byte-strings.ts).
    const here = async (job: WorkerJob) => {
      const reply = await runJob(job, init);
      const sliced = reply.ok && reply.kind === 'check' && reply.checked.some((c) => c.format !== undefined);
      return sliced ? structuredClone(reply) : reply;
    };
    /** Every job, on the workers and this thread, or on this thread alone; the replies in job order. */
    const runAll = async (list: WorkerJob[], onDone?: (i: number, r: WorkerReply) => void) => {
      if (pool) return pool.run(list, onDone, here);
      const replies: WorkerReply[] = [];
      for (const job of list) {
        replies.push(await here(job));
        onDone?.(replies.length - 1, replies[replies.length - 1]);
      }
      return replies;
    };
    const progress = new Progress(io, isTty && args.format !== 'jsonl', files.length, locale);
    if (ledger) for (const n of ledger.notes) io.stderr(pick(n) + '\n');
    // 1. read and check each file (each of its roster sheets); a file that cannot be read is reported and
    // left out. Of several files, each roster is kept without its grid (see inbox/people.ts).
    const byFile: Checked[][] = new Array(files.length);
    const done = (i: number, got: Checked[]) => {
      byFile[i] = got;
      progress.done(
        files[i],
        got.reduce((n, c) => n + ('failed' in c ? 0 : c.result.trainees.length), 0),
      );
    };
    if (many) {
      await runAll(
        files.map((file) => ({ kind: 'check', file })),
        (i, r) =>
          done(i, r.ok && r.kind === 'check' ? r.checked.map(fromPlain) : [{ failed: r.ok ? UNKNOWN : r.error }]),
      );
    } else {
      // one file: its trainees as read (nothing to post, nothing kept beside other files)
      try {
        done(0, (await checkFileSheets(files[0], args, policy, catalog, locale)).map(withInstitution));
      } catch (e) {
        done(0, [{ failed: errorPair(e) }]);
      }
    }
    progress.end();
    const checked: Checked[] = [];
    const fileOf: number[] = [];
    byFile.forEach((got, i) => {
      for (const c of got) {
        checked.push(c);
        fileOf.push(i);
      }
    });
    // 2. repeats across the rosters of this run and against the ledger
    const ok = checked.filter((c): c is Exclude<Checked, { failed: unknown }> => !('failed' in c));
    if (ledger || ok.length > 1) {
      const merged = await applyLedgerChecks(ok, ledger, policy, locale);
      ok.forEach((r, i) => (r.result = merged[i]));
    }
    // 3. mark (in parallel too): one marked copy per file, of its first roster sheet; then report in input order
    const markErr: (ErrorPair | null)[] = checked.map(() => null);
    const markJobs: { index: number; job: WorkerJob }[] = [];
    const marking = new Set<number>();
    checked.forEach((c, i) => {
      const out = outs[fileOf[i]];
      if (!out || 'failed' in c || c.result.layout.missing.length || marking.has(fileOf[i])) return;
      marking.add(fileOf[i]);
      const { layout, findings } = c.result;
      markJobs.push({
        index: i,
        job: {
          kind: 'mark',
          file: c.file,
          out,
          sheet: c.sheet,
          layout,
          findings,
          ...(c.format ? { format: c.format } : {}),
        },
      });
    });
    const marked = await runAll(markJobs.map((m) => m.job));
    marked.forEach((r, k) => (markErr[markJobs[k].index] = r.ok ? null : r.error));
    for (const m of markJobs) if (!markErr[m.index]) (checked[m.index] as FileReport).out = outs[fileOf[m.index]];

    const docs: unknown[] = [];
    const texts: string[] = [];
    const rows: SummaryRow[] = [];
    let status = 0;
    for (let i = 0; i < checked.length; i++) {
      const c = checked[i];
      const file = files[fileOf[i]];
      const failed = 'failed' in c ? c.failed : markErr[i];
      let doc: unknown;
      let code: number;
      if (failed) {
        code = 2;
        io.stderr(pick(failed) + '\n');
        doc = jsonFailure(file, failed.code, pick(failed));
        rows.push(summaryRow(file, { failed }, undefined, 2, locale));
      } else {
        const r = c as Exclude<Checked, { failed: unknown }>;
        code = exitCode(r);
        if (code === 2) {
          const msg = missingMessage(r, locale);
          io.stderr(msg + '\n');
          doc = {
            ...jsonReport(r, policy, catalog, locale),
            error: { code: 'columns-missing', message: msg.split('\n')[0], file },
          };
        } else {
          doc = jsonReport(r, policy, catalog, locale);
          if (args.format === 'text' && !args.quiet) texts.push(textReport(r, policy, catalog, locale));
        }
        rows.push(summaryRow(file, r, r.out, code, locale));
      }
      status = Math.max(status, code);
      if (args.format === 'json') docs.push(doc);
      if (args.format === 'jsonl') io.stdout(JSON.stringify(doc) + '\n');
    }
    const summary = sortSummary(rows);
    if (args.format === 'json') {
      io.stdout(
        JSON.stringify(docs.length === 1 && !many ? docs[0] : { schemaVersion: 1, files: docs, summary }, null, 2) +
          '\n',
      );
    } else if (args.format === 'text') {
      if (texts.length) io.stdout(texts.join('\n' + '─'.repeat(60) + '\n\n'));
      if (many || args.quiet || rows.length > 1)
        io.stdout((texts.length ? '\n' + '═'.repeat(60) + '\n' : '') + summaryText(summary, locale));
    }
    if (args.summaryOut) await writeSummary(args.summaryOut, summary, locale);
    return status;
  } finally {
    void ledger?.close();
    await pool?.close();
  }
}
