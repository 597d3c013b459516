import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../electron/host/server';
import { prepareRegister } from '../electron/services/register/register-prepare';
import type { E2eApp } from './harness';
import { startApp, E2E_SETUP_TIMEOUT } from './harness';

// axe-core, the accessibility engine behind most WCAG audits, run in the page on every screen
// (evaluated through the DevTools protocol: the app's CSP rightly refuses an injected script tag).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let app: E2eApp;
let page: Page;
/** The page's requests still waiting for their answer, but the long poll of others' changes. */
const inFlight = new Set<Request>();

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  page.on('request', (r) => {
    if (!r.url().endsWith('/register:changes')) inFlight.add(r);
  });
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  await page.goto(app.host.url);
}, E2E_SETUP_TIMEOUT);
afterAll(async () => {
  await app?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** The WCAG 2.1 A and AA violations axe finds on the page as it stands, one line each. */
async function violations(): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return found.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Waits until the screen's requests have all been answered, none new for half a second: Playwright's
 * « networkidle » never comes on a shared register, whose page keeps a long poll open for the
 * changes of the other secretaries.
 */
async function settled(): Promise<void> {
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    await page.waitForTimeout(50);
    if (inFlight.size > 0) quietSince = Date.now();
  }
}

async function open(button: string | RegExp, role: 'button' | 'tab' = 'button') {
  await page.getByRole(role, { name: button }).first().click();
  await settled();
  await expect.poll(() => page.getByText('Chargement…').count()).toBe(0);
}

describe('WCAG 2.1 AA, as axe-core checks it, on every screen', () => {
  it.each([
    ['Séances', async () => open('Séances')],
    ['Présences', async () => {
      await open('16 octobre 2023');
      await open('Présences', 'tab');
    }],
    ['Ordre du jour', async () => open('Ordre du jour', 'tab')],
    ['Génération', async () => open('Génération', 'tab')],
    ['Séance : détails et recueil', async () => open('Séance', 'tab')],
    ["Éditeur d'acte", async () => {
      await open('Ordre du jour', 'tab');
      await open("Ouvrir l'acte G25");
    }],
    ['Paramètres', async () => open('Paramètres')],
    ['Sauvegardes', async () => open('Sauvegardes')],
    ['Journal', async () => {
      await open('Journal');
      await page.getByRole('table').first().waitFor();
    }],
    ['Vérifier un PDF signé', async () => open('Vérifier un PDF signé')],
    ['Ouvrir un registre partagé', async () => {
      await open('Ouvrir un registre partagé');
      await page.getByLabel('Serveur').waitFor();
    }],
  ])('%s', async (_name, reach) => {
    await reach();
    expect(await violations()).toEqual([]);
  });
});

describe('WCAG 2.1 AA on the guided first screen of an empty register', () => {
  it('Nouveau registre : mise en route', async () => {
    // The same built interface, served over a new, empty register (as `npm run serve -- --db … --new`).
    const { db } = await prepareRegister(join(app.dir, 'vide.sqlite'), new Date('2026-11-24T09:00:00Z'), 'empty');
    const empty = await startHost({ db, staticDir: join(app.dir, 'renderer') });
    try {
      await page.goto(empty.url);
      await page.getByRole('heading', { name: 'Nouveau registre : mise en route' }).waitFor();
      await expect.poll(() => page.getByText('Chargement…').count()).toBe(0);
      expect(await violations()).toEqual([]);
    } finally {
      await empty.close();
      db.close();
    }
  });
});
