// The check worker: runs the core engine off the UI thread, so the pane stays responsive and a
// cancel can stop a long check at once (the pane terminates the worker).
import { checkGrid, plainTrainee } from '../../core';
import type { CheckRequest, WorkerReply } from './protocol';

interface WorkerScope {
  onmessage: ((e: { data: CheckRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  try {
    const result = checkGrid(e.data.grid, e.data.options);
    // trainees read their texts and cells from the grid through prototype getters, which a structured clone drops
    result.trainees = result.trainees.map(plainTrainee);
    scope.postMessage({ ok: true, result });
  } catch (err) {
    scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
