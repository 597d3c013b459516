import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startHost } from '../electron/host/server';
import { prepareRegister } from '../electron/services/register-prepare';
import { report } from './measure';

const root = new URL('..', import.meta.url).pathname;

/** The renderer's bundle size and the host's time to first render of the session screen. */
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
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      const started = performance.now();
      await page.goto(host.url);
      await page.getByRole('button', { name: '16 octobre 2023' }).click();
      // The session opens on its Présences tab: the grid's last member and the act panel drawn.
      await page.getByRole('radiogroup', { name: 'Présence de M. Christian SIMON' }).waitFor();
      await page.locator('.act-panel .indicator').waitFor();
      times.push(performance.now() - started);
      await page.close();
    }
    times.sort((a, b) => a - b);
    report("interface : premier affichage de l'écran de la séance de référence (présences des 46 élus, 16 actes), cible < 1 s", times[2] ?? 0, 'ms');
  } finally {
    await browser.close();
    await host.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
