import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { openRegister } from '../electron/db/open';
import { startHost } from '../electron/host/server';
import { prepareRegister } from '../electron/services/register/register-prepare';
import { middle, report } from './measure';
import { afterGesture, medianOf, pageLoad, untilDrawnIn } from './screen-timing';
import { ACTS_PER_SESSION, fillTenYears, SESSIONS_PER_YEAR, YEARS } from './ten-years';

const root = new URL('..', import.meta.url).pathname;
const RUNS = 5;

/** The Séances screen is drawn: the year's sessions, the last one included (one in the demo register, 50 in ten years'). */
const sessionsDrawn = (rows: number) => `document.querySelectorAll('main tbody tr').length >= ${rows}`;
const SESSIONS_DRAWN = sessionsDrawn(SESSIONS_PER_YEAR);
const DEMO_DRAWN = sessionsDrawn(1);
/** The reference session's screen is drawn: its Présences tab, the grid's 46 members and the act panel. */
const SESSION_DRAWN = `document.querySelectorAll('main [role="radiogroup"]').length >= 46 && document.querySelector('.act-panel .indicator') !== null`;
const FIRST_SESSION = 'main tbody tr:first-child button';
/** A light tool screen, left for Séances by the sidebar. */
const VERIFY_TOOL = 'nav.sidebar h2.side-heading + ul li:last-child button';

/** A fresh page on the app at `url`, its first screen drawn and every request it started done. */
async function runningApp(browser: Browser, url: string, drawn: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await untilDrawnIn(page, drawn);
  await page.waitForLoadState('networkidle');
  return page;
}

/**
 * Median of `RUNS` page loads of `url`, each in a new page, until `drawn` (after a click on `click`
 * once Séances is drawn, when given): the wall time seen by playwright, and the page's own clock.
 */
async function coldLoads(browser: Browser, url: string, drawn: string, click?: string): Promise<{ wall: number; page: number }> {
  const walls: number[] = [];
  const pages: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    const started = performance.now();
    if (click === undefined) pages.push(await pageLoad(page, url, drawn));
    else {
      await pageLoad(page, url, DEMO_DRAWN);
      await afterGesture(page, click, drawn);
      pages.push(await page.evaluate<number>('performance.now()'));
    }
    walls.push(performance.now() - started);
    await page.close();
  }
  return { wall: middle(walls), page: middle(pages) };
}

/**
 * The renderer's bundle size and the time its screens take to appear: from the secretary's click in
 * the running app (the targets), and, on their own lines, a cold load of the page (a new browser tab:
 * the browser's own start of a page counts there, ~370 ms here even for a static page).
 */
export async function benchHost(): Promise<void> {
  // REGISTRE_BENCH_RENDERER names another built renderer to measure (an earlier commit's, to compare).
  const rendered = process.env['REGISTRE_BENCH_RENDERER'] ?? join(root, 'dist-renderer');
  if (process.env['REGISTRE_BENCH_RENDERER'] === undefined) await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent' });
  const assets = join(rendered, 'assets');
  const bytes = readdirSync(assets).reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  report('interface : taille du rendu construit (JS + CSS)', bytes / 1024, 'Kio');
  if (spawnSync('/usr/bin/chromium', ['--version']).status !== 0) {
    process.stdout.write('interface : Chromium absent, temps du premier affichage non mesuré\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-host-'));
  const { db } = await prepareRegister(join(dir, 'registre.sqlite'), new Date());
  const host = await startHost({ db, staticDir: rendered });
  const tenYears = openRegister(join(dir, 'dix-ans.sqlite'));
  fillTenYears(tenYears);
  const big = await startHost({ db: tenYears, staticDir: rendered });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const register = `${YEARS} ans (${YEARS * SESSIONS_PER_YEAR} séances, ${YEARS * SESSIONS_PER_YEAR * ACTS_PER_SESSION} actes)`;
  try {
    // Séances, reached from another screen by the sidebar, in the app already open.
    const app = await runningApp(browser, big.url, SESSIONS_DRAWN);
    const sessions = await medianOf(RUNS, async () => {
      await app.click(VERIFY_TOOL);
      await untilDrawnIn(app, `document.querySelector('main h1')?.textContent !== 'Séances'`);
      return afterGesture(app, 'nav.sidebar > button.side-item', SESSIONS_DRAWN);
    });
    await app.close();
    report(`interface : Séances d'un registre de ${register}, du clic à l'écran dessiné, cible < 300 ms`, sessions, 'ms');
    // The reference session, opened from the Séances list: its screen's code is fetched then, if not before.
    const session = await medianOf(RUNS, async () => {
      const page = await runningApp(browser, host.url, DEMO_DRAWN);
      const ms = await afterGesture(page, FIRST_SESSION, SESSION_DRAWN);
      await page.close();
      return ms;
    });
    report("interface : écran de la séance de référence (présences des 46 élus, 16 actes), première ouverture, du clic à l'écran dessiné, cible < 500 ms", session, 'ms');
    const coldSessions = await coldLoads(browser, big.url, SESSIONS_DRAWN);
    report(`interface : chargement à froid (nouvel onglet) jusqu'aux Séances du registre de ${YEARS} ans, horloge de la page`, coldSessions.page, 'ms');
    report(`interface : chargement à froid jusqu'aux Séances du registre de ${YEARS} ans, vu de playwright (de page.goto au dessin)`, coldSessions.wall, 'ms');
    const coldSession = await coldLoads(browser, host.url, SESSION_DRAWN, FIRST_SESSION);
    report('interface : chargement à froid puis ouverture de la séance de référence, horloge de la page', coldSession.page, 'ms');
    report('interface : chargement à froid puis ouverture de la séance de référence, vu de playwright', coldSession.wall, 'ms');
    process.stdout.write(`interface : machine ${cpus().length} cœurs (${cpus()[0]?.model ?? '?'}), charge ${loadavg()[0]?.toFixed(1) ?? '?'}\n`);
  } finally {
    await browser.close();
    await host.close();
    await big.close();
    db.close();
    tenYears.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
