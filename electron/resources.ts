import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The one place that knows where the app's own files are (templates, fonts, reference data, the
 * built renderer). This module and the bundles built from it (dist-electron/*.cjs, see
 * build/bundle-electron.ts) both sit one folder below the app's root, so the root is their parent:
 *   - dev (tsx, vitest): electron/resources.ts, its ESM URL  → the repository;
 *   - esbuild bundle: dist-electron/main.cjs, whose `import.meta.url` the bundler defines from
 *     __filename (a CJS bundle has no import.meta)               → the repository;
 *   - electron-builder package: resources/app.asar/dist-electron → resources/app.asar, which
 *     Electron's fs reads like a folder (main and utility processes alike).
 */
export const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path under the app's root, e.g. appFile('reference', 'ctes-classification.xml'). */
export function appFile(...segments: string[]): string {
  return join(APP_ROOT, ...segments);
}
