// RequestContext, the base of every proxy, and request payload accounting.
// Commands are queued on the context and applied to the model only on sync(), in order.
import { RichApiError, notLoaded } from './errors';
import type { HostConfig, WorkbookModel } from './model';

export interface SyncRecord {
  ops: number;
  requestBytes: number;
  responseBytes: number;
  formatCalls: number;
  failed?: string;
}

export interface DoubleStats {
  syncCount: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  formatCalls: number;
  totalOps: number;
  log: SyncRecord[];
}

export function newStats(): DoubleStats {
  return { syncCount: 0, maxRequestBytes: 0, maxResponseBytes: 0, formatCalls: 0, totalOps: 0, log: [] };
}

/** What a load gives back: its size in the response, and a commit run only when the whole batch succeeds. */
export interface LoadResult {
  bytes: number;
  commit: () => void;
}

interface QueuedOp {
  target: number;
  /** what this command costs in the request, counted as Office.js serialises it (see requestBytes) */
  bytes: number;
  name: string;
  args: unknown[];
  format: boolean;
  run: () => LoadResult | void;
}

export function utf8Length(s: string): number {
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
  return utf8Length(JSON.stringify(v) ?? 'null');
}

export interface Host {
  model: WorkbookModel;
  config: HostConfig;
  stats: DoubleStats;
  supports(set: string, version: string): boolean;
}

let nextObjectId = 1;

/*
 * Request size, counted conservatively. Office.js sends a batch as one JSON request of "Actions" (each with
 * an ActionType, Id, ObjectPathId and ArgumentInfo) plus the "ObjectPaths" those actions refer to (each with
 * its Name, ParentObjectPathId and ArgumentInfo, e.g. the address given to getRanges). Real requests share a
 * path between the actions on one object; the double counts the whole path chain again for every command,
 * so an address of 2,000 characters costs 2,000 bytes in getRanges and again in each format set on it.
 * Limit: "Excel on the web has a payload size limit for requests and responses of **5MB**. `RichAPI.Error`
 * will be thrown if that limit is exceeded." and "A range is limited to **5,000,000** cells for read
 * operations." (OfficeDev/office-js-docs-pr, docs/concepts/resource-limits-and-performance-optimization.md,
 * "Excel add-ins" section, commit 096a3ee86608;
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The page names Excel on the web only; the double applies the same 5 MB (5 × 1024 × 1024 bytes, the
 * larger reading of "5MB", so the adapter's own 2.5 MB budget is what keeps requests small) in every mode.
 */
const REQUEST_ENVELOPE_BYTES = 64;
const MAX_PATH_DEPTH = 32;

function pathBytes(o: ClientObject): number {
  let n = 0;
  let cur: ClientObject | undefined = o;
  for (let depth = 0; cur && depth < MAX_PATH_DEPTH; depth++) {
    const from: PathLink | undefined = cur.pathFrom;
    n += jsonBytes({
      Id: cur._id,
      ObjectPathType: 1,
      Name: from?.name ?? cur.constructor.name,
      ParentObjectPathId: from?.parent._id ?? 0,
      ArgumentInfo: { Arguments: from?.args ?? [] },
    });
    cur = from?.parent;
  }
  return n;
}

function commandBytes(target: ClientObject, name: string, args: unknown[]): number {
  return (
    jsonBytes({ Id: 0, ActionType: 1, Name: name, ObjectPathId: target._id, ArgumentInfo: { Arguments: args } }) +
    pathBytes(target)
  );
}

/** how an object was reached: the parent, the method or property name, its arguments */
export interface PathLink {
  parent: ClientObject;
  name: string;
  args: unknown[];
}

/** records that child was reached from parent by name(args); returns the child */
export function linkPath<T extends ClientObject>(
  child: T,
  parent: ClientObject,
  name: string,
  args: unknown[] = [],
): T {
  child.pathFrom = { parent, name, args: args.map((a) => (a instanceof ClientObject ? { _o: a._id } : a)) };
  return child;
}

export class RequestContext {
  readonly host: Host;
  private queue: QueuedOp[] = [];
  /** set by the workbook module (avoids an import cycle) */
  static makeWorkbook: (ctx: RequestContext) => unknown = () => undefined;
  private wb: unknown;

  constructor(host: Host) {
    this.host = host;
  }

  get workbook(): unknown {
    if (!this.wb) this.wb = RequestContext.makeWorkbook(this);
    return this.wb;
  }

  get pendingOps(): number {
    return this.queue.length;
  }

  queueOp(target: ClientObject, name: string, args: unknown[], run: () => LoadResult | void, format = false): void {
    const plain = args.map((a) => (a instanceof ClientObject ? { _o: a._id } : a));
    this.queue.push({ target: target._id, name, args: plain, format, run, bytes: commandBytes(target, name, plain) });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const stats = this.host.stats;
    const requestBytes = REQUEST_ENVELOPE_BYTES + ops.reduce((n, o) => n + o.bytes, 0);
    const formatCalls = ops.filter((o) => o.format).length;
    const record: SyncRecord = { ops: ops.length, requestBytes, responseBytes: 0, formatCalls };
    stats.syncCount++;
    stats.totalOps += ops.length;
    stats.log.push(record);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    await Promise.resolve();
    if (requestBytes > this.host.config.requestLimitBytes) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new RichApiError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} bytes).`,
      );
    }
    stats.formatCalls += formatCalls;
    const loads: LoadResult[] = [];
    for (const op of ops) {
      try {
        const r = op.run();
        if (r) loads.push(r);
      } catch (e) {
        record.failed = e instanceof RichApiError ? e.code : String(e);
        throw e;
      }
    }
    const responseBytes = loads.reduce((n, l) => n + l.bytes, 0);
    record.responseBytes = responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > this.host.config.responseLimitBytes) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new RichApiError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${responseBytes} bytes).`,
      );
    }
    for (const l of loads) l.commit();
    return passThroughValue as T;
  }
}

/** The value of a method that returns data (e.g. getCellProperties), readable after sync. */
export class ClientResult<T> {
  private has = false;
  private v: T | undefined;

  set(v: T): void {
    this.v = v;
    this.has = true;
  }

  get value(): T {
    if (!this.has) throw notLoaded('value');
    return this.v as T;
  }
}

/** Splits load() arguments into property paths ('values', 'format/fill/color', 'items/name'). */
export function loadPaths(opts: unknown): string[] | null {
  if (opts === undefined || opts === null) return null;
  if (typeof opts === 'string')
    return opts
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(opts)) return opts.flatMap((s) => loadPaths(s) ?? []);
  if (typeof opts === 'object') {
    const o = opts as Record<string, unknown>;
    if (typeof o.select === 'string' || typeof o.expand === 'string') {
      return [...(loadPaths(o.select) ?? []), ...(loadPaths(o.expand) ?? [])];
    }
    const out: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(k);
      else if (v && typeof v === 'object') for (const p of loadPaths(v) ?? []) out.push(`${k}/${p}`);
    }
    return out;
  }
  throw new RichApiError('InvalidArgument', 'load: unsupported options');
}

export abstract class ClientObject {
  readonly context: RequestContext;
  readonly _id = nextObjectId++;
  /** how this proxy was reached (for the request size); absent for the roots */
  pathFrom?: PathLink;
  protected loaded = new Map<string, unknown>();
  /** 'pending' until the sync that resolves an *OrNullObject call */
  nullState: 'no' | 'pending' | 'null' | 'ok' = 'no';

  constructor(context: RequestContext) {
    this.context = context;
  }

  get isNullObject(): boolean {
    if (this.nullState === 'pending') throw notLoaded('isNullObject');
    return this.nullState === 'null';
  }

  /** scalar properties load() with no argument brings back */
  protected abstract scalarNames(): string[];
  /** reads a scalar property from the model, at apply time */
  protected abstract readScalar(prop: string): unknown;
  protected nav(name: string): ClientObject | undefined {
    void name;
    return undefined;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => void, format = false): void {
    this.loaded.set(prop, value);
    this.context.queueOp(
      this,
      `set:${prop}`,
      [value],
      () => {
        if (this.nullState !== 'null') apply();
      },
      format,
    );
  }

  protected call(name: string, args: unknown[], apply: () => void, format = false): void {
    this.context.queueOp(
      this,
      name,
      args,
      () => {
        if (this.nullState !== 'null') apply();
      },
      format,
    );
  }

  /** snapshot of props taken at apply time; used by collections for their items too */
  snapshot(props: string[]): { values: Record<string, unknown>; commit: () => void } {
    const values: Record<string, unknown> = {};
    for (const p of props) values[p] = this.nullState === 'null' ? null : this.readScalar(p);
    return {
      values,
      commit: () => {
        for (const p of props) this.loaded.set(p, values[p]);
      },
    };
  }

  /** groups paths into own scalars and per-navigation sub-paths */
  protected splitPaths(paths: string[]): { own: string[]; sub: Map<string, string[]> } {
    const own: string[] = [];
    const sub = new Map<string, string[]>();
    for (const p of paths) {
      const slash = p.indexOf('/');
      if (slash < 0 && !this.nav(p)) own.push(p);
      else {
        const head = slash < 0 ? p : p.slice(0, slash);
        const list = sub.get(head) ?? [];
        if (slash >= 0) list.push(p.slice(slash + 1));
        sub.set(head, list);
      }
    }
    return { own, sub };
  }

  load(opts?: unknown): this {
    const paths = loadPaths(opts) ?? this.scalarNames();
    const { own, sub } = this.splitPaths(paths);
    for (const [head, rest] of sub) {
      const child = this.nav(head);
      if (!child) throw new RichApiError('InvalidArgument', `load: unknown navigation property '${head}'`);
      child.load(rest.length ? rest : undefined);
    }
    if (own.length || !sub.size) {
      this.context.queueOp(this, 'load', [own], () => {
        const s = this.snapshot(own);
        return { bytes: utf8Length(JSON.stringify(s.values)), commit: s.commit };
      });
    }
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
