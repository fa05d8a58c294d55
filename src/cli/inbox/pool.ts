// Checking many rosters on worker threads and this one. `--jobs N` is N threads at work: this thread
// and N - 1 workers. The workers are started first, so that each loads the CLI's modules while this
// thread loads the policy and catalog (and already checks the first files); they are then handed
// those once (plain data, structured-cloned) and kept for every job of the run (checks, then marked
// copies). Each worker holds up to two jobs, so it never waits for this thread between files; the
// results come back in input order whatever order the threads finish in. Run from the TypeScript
// sources (the tests), there is no compiled worker: the files are then all checked in this thread.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Worker } from 'worker_threads';
import type { WorkerInit, WorkerJob, WorkerMessage, WorkerReply } from './worker-protocol';

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

interface Slot {
  worker: Worker;
  /** the jobs posted to this worker and not yet answered, oldest first */
  queue: number[];
}

interface Batch {
  jobs: readonly WorkerJob[];
  replies: WorkerReply[];
  next: number;
  done: number;
  onDone?: (index: number, reply: WorkerReply) => void;
  resolve: (replies: WorkerReply[]) => void;
  reject: (e: Error) => void;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private batch: Batch | null = null;
  private failed: Error | null = null;
  private closing = false;

  /** Starts `count` workers now (at least one); they wait for init(). */
  constructor(file: string, count: number) {
    // worker_threads only when there are workers to start (~15 ms at every start otherwise)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('worker_threads') as typeof import('worker_threads');
    this.slots = Array.from({ length: Math.max(1, count) }, () => ({ worker: new Worker(file), queue: [] }));
    for (const s of this.slots) {
      s.worker.on('message', (reply: WorkerReply) => this.answered(s, reply));
      s.worker.on('error', (e) => this.fail(e));
      s.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`worker exited with code ${code}`));
      });
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** The shared inputs, once per worker (before any job). */
  init(init: WorkerInit): void {
    for (const s of this.slots) s.worker.postMessage({ kind: 'init', init } satisfies WorkerMessage);
  }

  /**
   * Runs every job and returns the replies in job order. onDone is called as each job finishes (in the
   * order they finish: the progress line). With `here`, this thread takes jobs from the same queue too,
   * one at a time (`here` answers failures with a reply, as a worker does).
   */
  run(
    jobs: readonly WorkerJob[],
    onDone?: (index: number, reply: WorkerReply) => void,
    here?: (job: WorkerJob) => Promise<WorkerReply>,
  ): Promise<WorkerReply[]> {
    if (this.batch) throw new Error('the worker pool is busy');
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const batch: Batch = { jobs, replies: new Array(jobs.length), next: 0, done: 0, onDone, resolve, reject };
      if (!jobs.length) return resolve(batch.replies);
      this.batch = batch;
      for (const s of this.slots) this.feed(s);
      if (here) this.work(batch, here).catch((e: Error) => this.fail(e));
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private feed(s: Slot): void {
    const b = this.batch;
    if (!b) return;
    // two jobs per worker while there are plenty left; one at the end, so the last ones spread
    const depth = b.jobs.length - b.next > this.slots.length ? 2 : 1;
    while (s.queue.length < depth && b.next < b.jobs.length) {
      s.queue.push(b.next);
      s.worker.postMessage(b.jobs[b.next++] satisfies WorkerMessage);
    }
  }

  /** This thread's share: the next job of the queue, one after another. */
  private async work(b: Batch, here: (job: WorkerJob) => Promise<WorkerReply>): Promise<void> {
    while (this.batch === b && b.next < b.jobs.length) {
      const i = b.next++;
      const reply = await here(b.jobs[i]);
      if (this.batch === b) this.record(b, i, reply);
    }
  }

  private answered(s: Slot, reply: WorkerReply): void {
    const b = this.batch;
    const i = s.queue.shift();
    if (!b || i === undefined) return;
    this.record(b, i, reply);
    this.feed(s);
  }

  private record(b: Batch, i: number, reply: WorkerReply): void {
    b.replies[i] = reply;
    b.done++;
    b.onDone?.(i, reply);
    if (b.done === b.jobs.length) {
      this.batch = null;
      b.resolve(b.replies);
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    const b = this.batch;
    this.batch = null;
    b?.reject(e);
  }
}
