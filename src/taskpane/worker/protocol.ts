// Messages between the pane and the check worker.
import type { CheckOptions, CheckResult, Grid } from '../../core';

export interface CheckRequest {
  grid: Grid;
  options: CheckOptions;
}

export type WorkerReply = { ok: true; result: CheckResult } | { ok: false; error: string };
