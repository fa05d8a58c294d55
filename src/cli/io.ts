// Where a command writes: stdout for the report, stderr for messages (captured in tests).
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}
