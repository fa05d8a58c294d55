// Checking many rosters on worker threads. Each worker is handed the loaded policy and catalog once
// (plain data, structured-cloned), then reads and checks one file at a time; the results come back in
// input order whatever order the workers finish in. Run from the TypeScript sources (the tests), there
// is no compiled worker: the files are then checked in this thread, one after another.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkerInit, WorkerJob, WorkerReply } from './worker-protocol';

/** --jobs default: the machine's cores (available parallelism where Node tells it). */
export function defaultJobs(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, n);
}

/** The compiled worker beside this file, or null when running from TypeScript sources. */
export function workerFile(): string | null {
  const f = path.join(__dirname, 'worker.js');
  return fs.existsSync(f) ? f : null;
}

/**
 * Runs every job on up to `jobs` workers and returns the replies in job order. onDone is called as each
 * job finishes (for the progress line and --format jsonl, which streams in input order).
 */
export async function runOnWorkers(
  file: string,
  init: WorkerInit,
  jobs: readonly WorkerJob[],
  count: number,
  onDone?: (index: number, reply: WorkerReply) => void,
): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = new Array(jobs.length);
  let next = 0;
  const n = Math.max(1, Math.min(count, jobs.length));
  const workers = Array.from({ length: n }, () => new Worker(file, { workerData: init }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const feed = () => {
              if (next >= jobs.length) return resolve();
              current = next++;
              w.postMessage(jobs[current]);
            };
            w.on('message', (reply: WorkerReply) => {
              replies[current] = reply;
              onDone?.(current, reply);
              feed();
            });
            w.on('error', reject);
            w.on('exit', (code) => {
              if (next < jobs.length || (current >= 0 && replies[current] === undefined)) {
                reject(new Error(`worker exited with code ${code}`));
              }
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return replies;
}
