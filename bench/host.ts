import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { openRegister } from '../electron/db/open';
import { startHost } from '../electron/host/server';
import { prepareRegister } from '../electron/services/register/register-prepare';
import { report } from './measure';
import { ACTS_PER_SESSION, fillTenYears, SESSIONS_PER_YEAR, YEARS } from './ten-years';

const root = new URL('..', import.meta.url).pathname;

/** Median of five first renders: each a new page, from the address to `drawn`. */
async function firstRender(browser: Browser, url: string, drawn: (page: Page) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(url);
    await drawn(page);
    times.push(performance.now() - started);
    await page.close();
  }
  times.sort((a, b) => a - b);
  return times[2] ?? 0;
}

/** The renderer's bundle size and the host's time to first render of the Séances and session screens. */
export async function benchHost(): Promise<void> {
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent' });
  const assets = join(root, 'dist-renderer', 'assets');
  const bytes = readdirSync(assets).reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  report('interface : taille du rendu construit (JS + CSS)', bytes / 1024, 'Kio');
  if (spawnSync('/usr/bin/chromium', ['--version']).status !== 0) {
    process.stdout.write('interface : Chromium absent, temps du premier affichage non mesuré\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-host-'));
  const { db } = await prepareRegister(join(dir, 'registre.sqlite'), new Date());
  const host = await startHost({ db, staticDir: join(root, 'dist-renderer') });
  const tenYears = openRegister(join(dir, 'dix-ans.sqlite'));
  fillTenYears(tenYears);
  const big = await startHost({ db: tenYears, staticDir: join(root, 'dist-renderer') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const sessions = await firstRender(browser, big.url, (page) => page.locator('tbody tr').nth(SESSIONS_PER_YEAR - 1).waitFor());
    report(`interface : premier affichage des Séances d'un registre de ${YEARS} ans (${YEARS * SESSIONS_PER_YEAR} séances, ${YEARS * SESSIONS_PER_YEAR * ACTS_PER_SESSION} actes), cible < 300 ms`, sessions, 'ms');
    const session = await firstRender(browser, host.url, async (page) => {
      await page.getByRole('button', { name: '16 octobre 2023' }).click();
      // The session opens on its Présences tab: the grid's last member and the act panel drawn.
      await page.getByRole('radiogroup', { name: 'Présence de M. Christian SIMON' }).waitFor();
      await page.locator('.act-panel .indicator').waitFor();
    });
    report("interface : premier affichage de l'écran de la séance de référence (présences des 46 élus, 16 actes), cible < 500 ms", session, 'ms');
  } finally {
    await browser.close();
    await host.close();
    await big.close();
    db.close();
    tenYears.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
