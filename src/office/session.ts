/// <reference types="office-js" />
// One Excel.run batch at a time: counts syncs, keeps each request under a byte budget, honours cancel.

export interface AdapterLimits {
  /** bytes of request (and expected response) queued before a sync; Excel's limit is about 5 MB */
  budgetBytes: number;
  /** longest comma-joined address passed to Worksheet.getRanges (Excel fails somewhere above 8,000) */
  maxAddressChars: number;
  /** estimated bytes of one queued command besides its arguments (object paths, ids, action type) */
  opOverheadBytes: number;
}

export const DEFAULT_LIMITS: AdapterLimits = {
  budgetBytes: 2_500_000,
  maxAddressChars: 2_000,
  opOverheadBytes: 200,
};

export interface RunStats {
  syncs: number;
  /** format commands queued (fill colour, fill clear, …) */
  formatCalls: number;
  noteCalls: number;
  /** the largest estimate of one batch's bytes, by the adapter's own reckoning */
  maxBatchBytes: number;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? 'null');
}

export function abortError(): Error {
  const e = new Error('The operation was cancelled');
  e.name = 'AbortError';
  return e;
}

export class Session {
  readonly stats: RunStats = { syncs: 0, formatCalls: 0, noteCalls: 0, maxBatchBytes: 0 };
  private pending = 0;

  constructor(readonly ctx: Excel.RequestContext, readonly limits: AdapterLimits, private signal?: AbortSignal) {}

  checkAbort(): void {
    if (this.signal?.aborted) throw abortError();
  }

  async sync(): Promise<void> {
    this.checkAbort();
    this.stats.maxBatchBytes = Math.max(this.stats.maxBatchBytes, this.pending);
    this.pending = 0;
    this.stats.syncs++;
    await this.ctx.sync();
  }

  /** Makes room for a command of about `bytes` (arguments plus expected response): syncs first when the batch is full. */
  async room(bytes: number): Promise<void> {
    const cost = bytes + this.limits.opOverheadBytes;
    if (this.pending > 0 && this.pending + cost > this.limits.budgetBytes) await this.sync();
    this.pending += cost;
  }

  /** syncs what is queued, if anything */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded/.test(code);
}
