// Runs the core engine for the pane: in a Web Worker when the browser has one (cancel terminates
// it), otherwise in this thread after yielding once to the event loop.
import { checkGrid, type CheckResult } from '../../core';
import type { CheckRequest, WorkerReply } from './protocol';

export interface CheckRunner {
  run(req: CheckRequest, signal?: AbortSignal): Promise<CheckResult>;
}

export function abortError(): Error {
  const e = new Error('aborted');
  e.name = 'AbortError';
  return e;
}

export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

export const inlineRunner: CheckRunner = {
  async run(req, signal) {
    await new Promise((r) => setTimeout(r, 0));
    if (signal?.aborted) throw abortError();
    const result = checkGrid(req.grid, req.options);
    if (signal?.aborted) throw abortError();
    return result;
  },
};

/** A runner that starts a fresh worker from scriptUrl per check; falls back to inline if the worker cannot run. */
export function workerRunner(scriptUrl: string): CheckRunner {
  return {
    run(req, signal) {
      if (typeof Worker === 'undefined') return inlineRunner.run(req, signal);
      return new Promise<CheckResult>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        let worker: Worker;
        try {
          worker = new Worker(scriptUrl);
        } catch {
          return resolve(inlineRunner.run(req, signal));
        }
        const onAbort = () => {
          worker.terminate();
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => {
          signal?.removeEventListener('abort', onAbort);
          worker.terminate();
        };
        worker.onmessage = (e: MessageEvent<WorkerReply>) => {
          done();
          if (e.data.ok) resolve(e.data.result);
          else reject(new Error(e.data.error));
        };
        // the worker script failed to load or crashed outside checkGrid: check in this thread instead
        worker.onerror = (e) => {
          e.preventDefault?.();
          done();
          resolve(inlineRunner.run(req, signal));
        };
        worker.postMessage(req);
      });
    },
  };
}
