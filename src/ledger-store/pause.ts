// A fail point for the crash tests: with ROSTER_CHECK_PAUSE_BEFORE_COMMIT=1 in the environment, a
// ledger write stops just before it becomes visible (before COMMIT, before the rename), says so on
// stderr and waits to be killed. Without the variable this does nothing.
export async function pauseBeforeCommit(): Promise<void> {
  if (process.env.ROSTER_CHECK_PAUSE_BEFORE_COMMIT !== '1') return;
  process.stderr.write('ROSTER_CHECK_PAUSED\n');
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
