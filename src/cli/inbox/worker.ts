// A check worker: takes the shared inputs (the first message), then reads and checks, or marks, one
// roster per message, one after another, each answered in turn (see pool.ts).
import { parentPort } from 'worker_threads';
import { setLimits } from '../../xlsx/zip-limits';
import { runJob } from './jobs';
import type { WorkerInit, WorkerMessage } from './worker-protocol';

let init: WorkerInit | undefined;
let chain: Promise<void> = Promise.resolve();

parentPort?.on('message', (msg: WorkerMessage) => {
  if (msg.kind === 'init') {
    init = msg.init;
    setLimits(init.limits);
    return;
  }
  const shared = init;
  if (!shared) throw new Error('a job before the init');
  chain = chain.then(async () => parentPort?.postMessage(await runJob(msg, shared)));
});
