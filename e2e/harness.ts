import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, PageScreenshotOptions } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { build } from 'vite';
import { vi } from 'vitest';
import type { Db } from '../electron/db/open';
import { openSharedRegister } from '../electron/db/postgres/open-shared';
import type { HostOptions, RunningHost } from '../electron/host/server';
import { startHost } from '../electron/host/server';
import { loadDemo } from '../electron/services/register/register-file';
import { prepareRegister } from '../electron/services/register/register-prepare';
import { onPostgres } from '../electron/testing/engine';
import { tempSharedDatabase } from '../electron/testing/temp-register';

export const root = new URL('..', import.meta.url).pathname;

/**
 * How long one browser test, and the setup that builds the renderer and opens Chromium, may take:
 * ceilings for a loaded 2-core machine, never a measure (a test that passes returns as soon as it can).
 */
export const E2E_TEST_TIMEOUT = 180_000;
export const E2E_SETUP_TIMEOUT = 300_000;
// Every e2e file imports this harness: its tests get the ceilings above instead of the unit tests' 30 s.
vi.setConfig({ testTimeout: E2E_TEST_TIMEOUT, hookTimeout: E2E_SETUP_TIMEOUT });
const screenshots = join(root, 'docs', 'screenshots');

/** The two screens the README shows every screen at: the smallest office laptop and a full HD monitor. */
const SCREENS = [
  { suffix: '', width: 1366, height: 768 },
  { suffix: '-1920', width: 1920, height: 1080 },
] as const;

/**
 * Takes a screenshot of the page (drawing it is part of the test); under `npm run screenshots` it
 * replaces the README's copies in docs/screenshots, at 1366×768 (`name`) and 1920×1080
 * (`name-1920`), so that running the tests leaves the tree clean.
 */
export async function screenshot(page: Page, name: string, options: Omit<PageScreenshotOptions, 'path'> = {}): Promise<void> {
  // The screen from its top, title and tabs in view: the desk scrolls its main area, not the page.
  await page.evaluate("document.getElementById('contenu')?.scrollTo(0, 0)");
  if (process.env['REGISTRE_SCREENSHOTS'] !== '1') {
    await page.screenshot(options);
    return;
  }
  const viewport = page.viewportSize();
  for (const screen of SCREENS) {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.screenshot({ ...options, path: join(screenshots, name.replace(/\.png$/, `${screen.suffix}.png`)) });
  }
  if (viewport !== null) await page.setViewportSize(viewport);
}

/** A browser on the app served by the local host, over a fresh demo register in a temp folder. */
export interface E2eApp<D extends Db = Db> {
  dir: string;
  db: D;
  host: RunningHost;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * Builds the renderer into the test's own folder (e2e files run in parallel), opens a demo register
 * (the reference session) — or an empty one, as `serve --new` creates it —, and Debian's Chromium
 * on the host. `now` dates what the services write. When the suite runs on PostgreSQL
 * (REGISTRE_TEST_ENGINE=postgres), the register is a fresh database of the run's cluster, opened
 * as the app opens a shared register (its changes listened to).
 */
export async function startApp(now = new Date('2026-11-24T09:00:00Z'), options: { register?: 'demo' | 'empty' } = {}): Promise<E2eApp> {
  const dir = mkdtempSync(join(tmpdir(), 'registre-e2e-'));
  const register = options.register ?? 'demo';
  if (!onPostgres) return startAppOn(dir, (await prepareRegister(join(dir, 'registre.sqlite'), now, register)).db, now);
  const database = tempSharedDatabase();
  const db = await openSharedRegister(database.url, dir);
  if (register === 'demo') loadDemo(db);
  const app = await startAppOn<Db>(dir, db, now);
  return {
    ...app,
    async close() {
      await app.close();
      database.drop();
    },
  };
}

/**
 * The app on a register already open (a shared one, say), its folder `dir`: the renderer built into
 * it, the host (with `host`'s way to open another register) and Debian's Chromium started; `close`
 * closes them, the register, and removes `dir`.
 */
export async function startAppOn<D extends Db>(
  dir: string,
  db: D,
  now = new Date('2026-11-24T09:00:00Z'),
  host: Pick<HostOptions, 'reopen' | 'known'> = {},
): Promise<E2eApp<D>> {
  const staticDir = join(dir, 'renderer');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir: staticDir } });
  const running = await startHost({ db, staticDir, now: () => now, ...host });
  // Playwright gives each launch a fresh, temporary user-data-dir of its own.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--lang=fr-FR'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, locale: 'fr-FR' });
  // Waiting is not measuring: a loaded 2-core machine may take seconds to render a screen. A locator
  // that finds nothing still fails with its name, before the test's own timeout (E2E_TEST_TIMEOUT).
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(60_000);
  return {
    dir,
    db,
    host: running,
    browser,
    page,
    async close() {
      await browser.close();
      await running.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the app (see startApp) before the tests of the file that calls it, and closes it after
 * them; the function returned gives the running app to each test.
 */
export function appForFile(...args: Parameters<typeof startApp>): () => E2eApp {
  let app: E2eApp | undefined;
  beforeAll(async () => {
    app = await startApp(...args);
  }, E2E_SETUP_TIMEOUT);
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (app === undefined) throw new Error('The app did not start');
    return app;
  };
}

/** Opens a react-aria select of `page` by its label and picks an option. */
export async function chooseOption(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}
