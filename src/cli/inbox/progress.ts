// The progress line on stderr while many rosters are checked: only on a terminal, never in a pipe or log.
import * as path from 'path';
import type { Locale } from '../../core';

interface Out {
  stderr: (s: string) => void;
}

export class Progress {
  private count = 0;
  private rows = 0;
  private readonly started = Date.now();
  private shown = false;

  constructor(
    private readonly io: Out,
    private readonly on: boolean,
    private readonly total: number,
    private readonly locale: Locale,
  ) {}

  /** One more file done: "12/40 个文件 · 18,000 行/秒 · 某机构花名册.xlsx". */
  done(file: string, rows: number): void {
    this.count++;
    this.rows += rows;
    if (!this.on || this.total < 2) return;
    const secs = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = Math.round(this.rows / secs).toLocaleString('en-US');
    const line =
      this.locale === 'en-US'
        ? `${this.count}/${this.total} files · ${rate} rows/s · ${path.basename(file)}`
        : `${this.count}/${this.total} 个文件 · ${rate} 行/秒 · ${path.basename(file)}`;
    this.io.stderr(`\r\x1b[2K${line}`);
    this.shown = true;
  }

  end(): void {
    if (this.shown) this.io.stderr('\r\x1b[2K');
  }
}
