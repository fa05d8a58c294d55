/// <reference types="office-js" />
// One Excel.run batch at a time: counts syncs, keeps each request under a byte budget, honours cancel.
import { hostFeatures, type HostFeatures } from './features';

export interface AdapterLimits {
  /** bytes of request (and expected response) queued before a sync; Excel's limit is about 5 MB */
  budgetBytes: number;
  /** longest comma-joined address passed to Worksheet.getRanges (Excel refused an 8,207-character one:
   * OfficeDev/office-js issue #5198; the limit is undocumented, so the default stays far below it) */
  maxAddressChars: number;
  /**
   * estimated bytes of one queued command besides its arguments: the action and its whole object path
   * (workbook, worksheets, getItem(name), the range, format, fill …), as the double counts them
   */
  opOverheadBytes: number;
}

export const DEFAULT_LIMITS: AdapterLimits = {
  budgetBytes: 2_500_000,
  maxAddressChars: 2_000,
  opOverheadBytes: 600,
};

export interface RunStats {
  syncs: number;
  /** format commands queued (fill colour, fill clear, …) */
  formatCalls: number;
  noteCalls: number;
  /** the largest estimate of one batch's bytes, by the adapter's own reckoning */
  maxBatchBytes: number;
  /** batches the host refused as too large and that were sent again in smaller pieces */
  backoffs: number;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
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

/**
 * A write that can be queued again: Office.js refuses a request that is too large as a whole, before
 * anything in it runs, so the commands of a refused batch are queued again in smaller batches. queue()
 * must build its proxies afresh from names (worksheets.getItem) and never reuse a proxy made by another
 * unit; split() gives the same write as smaller units when one unit alone is too large.
 */
export interface WriteUnit {
  bytes: number;
  /** commands it queues (each costs opOverheadBytes more: the object path sent with it); 1 when absent */
  ops?: number;
  queue: () => void;
  split?: () => WriteUnit[];
}

export class Session {
  readonly stats: RunStats = { syncs: 0, formatCalls: 0, noteCalls: 0, maxBatchBytes: 0, backoffs: 0 };
  private pending = 0;
  /** the writes queued since the last sync; null once a command that cannot be repeated (a load) is queued */
  private units: WriteUnit[] | null = [];
  /** the batch budget in use: halved each time the host refuses a request as too large */
  private budget: number;

  constructor(
    readonly ctx: Excel.RequestContext,
    readonly limits: AdapterLimits,
    private signal?: AbortSignal,
    /** what this Excel supports beyond ExcelApi 1.7 (src/office/features.ts) */
    readonly features: HostFeatures = hostFeatures(),
  ) {
    this.budget = limits.budgetBytes;
  }

  checkAbort(): void {
    if (this.signal?.aborted) throw abortError();
  }

  async sync(): Promise<void> {
    this.checkAbort();
    const units = this.units;
    this.stats.maxBatchBytes = Math.max(this.stats.maxBatchBytes, this.pending);
    this.pending = 0;
    this.units = [];
    this.stats.syncs++;
    try {
      await this.ctx.sync();
    } catch (e) {
      if (!isRequestTooLarge(e) || !units?.length) throw e;
      this.stats.backoffs++;
      this.budget = Math.max(1, Math.floor(this.budget / 2));
      await this.replay(units, e);
    }
  }

  /** queues the units again in two halves (a single unit in its parts), each synced on its own */
  private async replay(units: WriteUnit[], cause: unknown): Promise<void> {
    const parts = units.length > 1 ? [units.slice(0, units.length >> 1), units.slice(units.length >> 1)] : null;
    if (!parts) {
      const pieces = units[0].split?.();
      if (!pieces || pieces.length < 2) throw cause;
      return this.replay(pieces, cause);
    }
    for (const part of parts) {
      for (const u of part) await this.write(u);
      await this.flush();
    }
  }

  /** Makes room for a command of about `bytes` (arguments plus expected response): syncs first when the batch is full. */
  async room(bytes: number, ops = 1): Promise<void> {
    await this.reserve(bytes, ops);
    this.units = null;
  }

  private async reserve(bytes: number, ops: number): Promise<void> {
    const cost = bytes + ops * this.limits.opOverheadBytes;
    if (this.pending > 0 && this.pending + cost > this.budget) await this.sync();
    this.pending += cost;
  }

  /** a load is queued: the batch cannot be sent again as it was */
  loading(): void {
    this.units = null;
  }

  /** Queues a write (syncing first when the batch is full); it is queued again in smaller batches if refused as too large. */
  async write(unit: WriteUnit): Promise<void> {
    await this.reserve(unit.bytes, unit.ops ?? 1);
    unit.queue();
    this.units?.push(unit);
  }

  /** the batch budget now (smaller after the host refused a request as too large) */
  get budgetBytes(): number {
    return this.budget;
  }

  /** syncs what is queued, if anything */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }
}

/** RequestPayloadSizeLimitExceeded: the request was refused whole, nothing in it ran */
export function isRequestTooLarge(e: unknown): boolean {
  return /RequestPayloadSizeLimitExceeded/.test((e as { code?: string } | null)?.code ?? '');
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded/.test(code);
}
