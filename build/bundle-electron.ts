import type { BuildOptions, Message } from 'esbuild';
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * `npm run build:electron`: the three Electron entries bundled to CommonJS in dist-electron/
 * (main.cjs, preload.cjs, register.cjs). Outside the bundles stay electron (given by the runtime),
 * better-sqlite3 (a native module, rebuilt for Electron and unpacked from the asar) and pdfkit,
 * which loads its standard fonts through its package's "#standard-fonts/…" imports at run time:
 * both are shipped in node_modules as production dependencies.
 *
 * A CJS bundle has no import.meta: `import.meta.url` is defined as the bundle's own file URL, so
 * electron/resources.ts finds the app's root the same way bundled or not.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULE_URL = '__registre_module_url';

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outExtension: { '.js': '.cjs' },
  external: ['electron', 'better-sqlite3', 'pdfkit'],
  logLevel: 'silent',
  absWorkingDir: ROOT,
};

/** The Node entries (main and utility processes), each bundled to dist-electron/<name>.cjs. */
export const NODE_ENTRIES = { main: 'electron/main.ts', register: 'electron/door/register-process.ts' };
/** The sandboxed preload, bundled apart. */
export const PRELOAD_ENTRY = { preload: 'electron/preload.ts' };

export interface BundleOutcome {
  warnings: Message[];
}

/**
 * Bundles Node entries (name → source) into `outdir`/<name>.cjs as the app ships them; `outdir`
 * must sit one folder below the app's root (see electron/resources.ts), e.g. dist-bench/ for the bench.
 */
export async function bundleNodeEntries(outdir: string, entries: Record<string, string>): Promise<BundleOutcome> {
  const { warnings, outputFiles } = await build({
    ...COMMON,
    entryPoints: entries,
    outdir,
    write: false,
    define: { 'import.meta.url': MODULE_URL },
    banner: { js: `const ${MODULE_URL} = require('node:url').pathToFileURL(__filename).href;` },
  });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, latin1Source(file.text));
  }
  return { warnings };
}

/**
 * The bundle with every character beyond Latin-1 written as its `\u` escape. esbuild escapes them
 * in strings but keeps the comments as written, and a single « ’ » or « — » among the bundle's
 * millions of characters makes V8 hold the whole source, kept in memory as long as the process
 * runs, in two bytes a character: ~7 MB more for the main process, and V8 sizes the heap as a
 * multiple of what is live. Escaped, the code means the same (esbuild already escapes code).
 */
function latin1Source(text: string): string {
  return text.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Bundles the entries into `outdir` (dist-electron/ by default); extra entries (tests' probes) may be added. */
export async function bundleElectron(outdir = join(ROOT, 'dist-electron'), extraEntries: Record<string, string> = {}): Promise<BundleOutcome> {
  const node = await bundleNodeEntries(outdir, { ...NODE_ENTRIES, ...extraEntries });
  // The sandboxed preload may only require electron and a few polyfills: no banner there.
  const preload = await build({ ...COMMON, entryPoints: PRELOAD_ENTRY, outdir });
  // The shared register's worker thread (electron/db/postgres/sync-connection.ts looks for it beside
  // register.cjs), node-postgres and synckit inside; pg's optional native binding stays out.
  const worker = await build({
    ...COMMON,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    entryPoints: { 'sync-worker': 'electron/db/postgres/sync-worker.mjs' },
    external: ['pg-native'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    outdir,
  });
  return { warnings: [...node.warnings, ...preload.warnings, ...worker.warnings] };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { warnings } = await bundleElectron();
  for (const w of warnings) console.error(`esbuild : ${w.text}`);
  if (warnings.length > 0) process.exitCode = 1;
}
