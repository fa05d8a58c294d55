// The check worker: runs the core engine off the UI thread, so the pane stays responsive and a
// cancel can stop a long check at once (the pane terminates the worker).
import { checkGrid } from '../../core/engine';
import type { CheckRequest, WorkerReply } from './protocol';

interface WorkerScope {
  onmessage: ((e: { data: CheckRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  try {
    scope.postMessage({ ok: true, result: checkGrid(e.data.grid, e.data.options) });
  } catch (err) {
    scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
