// A check worker: reads and checks, or marks, one roster per message (see pool.ts).
import { parentPort, workerData } from 'worker_threads';
import { checkRosterPlain, errorPair, markRoster } from './jobs';
import type { WorkerInit, WorkerJob, WorkerReply } from './worker-protocol';

const init = workerData as WorkerInit;

parentPort?.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    if (job.kind === 'check') reply = { ok: true, kind: 'check', checked: await checkRosterPlain(job.file, init) };
    else {
      await markRoster(job, init.locale);
      reply = { ok: true, kind: 'mark', out: job.out };
    }
  } catch (e) {
    reply = { ok: false, error: errorPair(e) };
  }
  parentPort?.postMessage(reply);
});
