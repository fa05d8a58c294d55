// One way to start the built pane in Debian's headless Chromium for the browser tests: the flags the
// project requires (no sandbox, no GPU, no first run, no background networking, component updates or
// sync), a fresh user-data-dir each time, the test bundle served from 127.0.0.1, every request and page
// error recorded, and the in-page test double reachable as `dbl(fn, ...args)`.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildTestBundle, ROOT, TEST_DIST } from './build';
import { serveDir, type Served } from './serve';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-output', 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe` where Chromium is installed; elsewhere `describe.skip` with a word (CI installs it: .ci/run) */
export function describeWithChromium(file: string): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  console.warn(`SKIPPED ${file}: ${CHROMIUM} is missing (apt-get install -y chromium)`);
  return describe.skip;
}

export interface PaneBrowserOptions {
  /** prefix of the fresh user-data-dir under the system temp folder */
  profile: string;
  viewport?: { width: number; height: number };
  locale?: string;
  timezoneId?: string;
  acceptDownloads?: boolean;
  /** e.g. --lang=en-US */
  extraArgs?: string[];
  /** the window property the test entry puts its double's inspection API on */
  doubleGlobal?: '__rosterDouble' | '__wpsDouble';
}

export interface PaneBrowser {
  served: Served;
  context: BrowserContext;
  page: Page;
  /** every URL the page asked for, and those not on the local server (data: and blob: excepted) */
  requested: string[];
  outside: string[];
  pageErrors: string[];
  dbl<T>(fn: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export async function openPaneBrowser(opts: PaneBrowserOptions): Promise<PaneBrowser> {
  buildTestBundle();
  mkdirSync(SHOTS, { recursive: true });
  const served = await serveDir(TEST_DIST);
  const profile = mkdtempSync(join(tmpdir(), `${opts.profile}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    viewport: opts.viewport ?? { width: 380, height: 900 },
    locale: opts.locale ?? 'zh-CN',
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
    ...(opts.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const requested: string[] = [];
  const outside: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (r) => {
    const u = r.url();
    requested.push(u);
    if (!u.startsWith(served.origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const global = opts.doubleGlobal ?? '__rosterDouble';
  return {
    served,
    context,
    page,
    requested,
    outside,
    pageErrors,
    dbl: <T>(fn: string, ...args: unknown[]) =>
      page.evaluate(
        ([g, f, a]) =>
          (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[g as string][f as string](
            ...(a as unknown[]),
          ),
        [global, fn, args] as const,
      ) as Promise<T>,
    async close() {
      await context.close();
      await served.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
