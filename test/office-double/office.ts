// Installs the double as the globals office.js would provide: Office, Excel, OfficeExtension.
import { ClientResult, newStats, RequestContext, type DoubleStats, type Host } from './context';
import { RichApiError } from './errors';
import { DEFAULT_CONFIG, versionAtLeast, WorkbookModel, type HostConfig } from './model';
import './sheets';

type AsyncCallback = (result: { status: 'succeeded' | 'failed'; value?: unknown; error?: { message: string } }) => void;

/** Office.context.document.settings: a JSON store saved into the document by saveAsync. */
export class DocumentSettings {
  private live: Record<string, unknown>;

  constructor(private model: WorkbookModel) {
    this.live = JSON.parse(JSON.stringify(model.savedSettings));
  }

  get(name: string): unknown {
    return name in this.live ? JSON.parse(JSON.stringify(this.live[name])) : null;
  }

  set(name: string, value: unknown): void {
    this.live[name] = JSON.parse(JSON.stringify(value ?? null));
  }

  remove(name: string): void {
    delete this.live[name];
  }

  saveAsync(optionsOrCallback?: unknown, callback?: AsyncCallback): void {
    const cb = (typeof optionsOrCallback === 'function' ? optionsOrCallback : callback) as AsyncCallback | undefined;
    this.model.savedSettings = JSON.parse(JSON.stringify(this.live));
    setTimeout(() => cb?.({ status: 'succeeded' }), 0);
  }

  refreshAsync(callback?: AsyncCallback): void {
    this.live = JSON.parse(JSON.stringify(this.model.savedSettings));
    setTimeout(() => callback?.({ status: 'succeeded', value: this }), 0);
  }
}

export interface OfficeDouble {
  model: WorkbookModel;
  config: HostConfig;
  stats: DoubleStats;
  settings: DocumentSettings;
  resetStats(): void;
  /** as if the workbook were saved, closed and opened again: proxies are gone, unsaved settings lost */
  reopen(): void;
  uninstall(): void;
}

export interface InstallOptions extends Partial<HostConfig> {
  model?: WorkbookModel;
}

export function installOfficeDouble(opts: InstallOptions = {}): OfficeDouble {
  const g = globalThis as Record<string, unknown>;
  const previous = { Office: g.Office, Excel: g.Excel, OfficeExtension: g.OfficeExtension };
  const { model: givenModel, ...config } = opts;
  const double: OfficeDouble = {
    model: givenModel ?? new WorkbookModel(),
    config: {
      ...DEFAULT_CONFIG,
      ...config,
      requirementSets: { ...DEFAULT_CONFIG.requirementSets, ...(config.requirementSets ?? {}) },
    },
    stats: newStats(),
    settings: null as unknown as DocumentSettings,
    resetStats() {
      double.stats = newStats();
    },
    reopen() {
      double.settings = new DocumentSettings(double.model);
      document.settings = double.settings;
      const visible = double.model.live().find((s) => s.visibility === 'Visible') ?? null;
      if (!double.model.activeSheet || double.model.activeSheet.deleted) double.model.activeSheet = visible;
    },
    uninstall() {
      Object.assign(g, previous);
    },
  };
  double.settings = new DocumentSettings(double.model);
  const host: Host = {
    get model() {
      return double.model;
    },
    get config() {
      return double.config;
    },
    get stats() {
      return double.stats;
    },
    supports: (set, version) => isSetSupported(set, version),
  };
  function isSetSupported(name: string, version?: string): boolean {
    const have = double.config.requirementSets[name];
    if (have === undefined || have === '0') return false;
    return versionAtLeast(have, version ?? '1.1');
  }
  const document = { settings: double.settings, url: 'https://localhost/Book1.xlsx' };

  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (ctx: RequestContext) => Promise<T>;
    if (typeof batch !== 'function') throw new RichApiError('InvalidArgument', 'Excel.run needs a batch function');
    // Excel.run(context or object, batch) reuses that context (how an event handler is removed, events.ts)
    const given = a && typeof a === 'object' ? ((a as { context?: unknown }).context ?? a) : undefined;
    const ctx = given instanceof RequestContext ? given : new RequestContext(host);
    const result = await batch(ctx);
    if (ctx.pendingOps) await ctx.sync();
    return result;
  }

  g.Excel = {
    run,
    RequestContext,
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ErrorCodes: { itemNotFound: 'ItemNotFound', invalidArgument: 'InvalidArgument', apiNotFound: 'ApiNotFound' },
  };
  g.OfficeExtension = { Error: RichApiError, ClientResult, ErrorCodes: { propertyNotLoaded: 'PropertyNotLoaded' } };
  g.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      document,
      get displayLanguage() {
        return double.config.displayLanguage;
      },
      requirements: { isSetSupported },
      host: 'Excel',
      platform: 'OfficeOnline',
    },
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise((resolve) =>
        setTimeout(() => {
          cb?.(info);
          resolve(info);
        }, 0),
      );
    },
  };
  return double;
}
