import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { NODE_ENTRIES, PRELOAD_ENTRY } from '../build/bundle-electron';
import { ICO_SIZES, LINUX_SIZES } from '../build/make-icons';
import { APP_ROOT, appFile } from './resources';

/*
 * The packaging configuration, checked without building any installer (electron-builder downloads
 * Electron and its tools, which this machine cannot): electron-builder's own validation of the
 * file against its schema, then every file it names, and the icons' sizes.
 */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, debug: { isEnabled: boolean; add: () => void }) => Promise<void>;
};

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  linux: { target: string[]; icon: string };
  win: { target: string; icon: string };
  nsis: { installerLanguages: string[] };
}

const CONFIG_FILE = 'build/electron-builder.yml';
const config = yaml.load(readFileSync(appFile(CONFIG_FILE), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(appFile('package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
const quiet = { isEnabled: false, add: () => undefined };

const shipped = (path: string) => config.files.some((pattern) => minimatch(path, pattern, { dot: true }));

function filesUnder(folder: string): string[] {
  return readdirSync(appFile(folder), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(APP_ROOT, join(d.parentPath, d.name)).split('\\').join('/'));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('packaging (electron-builder)', () => {
  it('is a valid electron-builder configuration, by electron-builder’s own schema check', async () => {
    await expect(validateConfiguration(structuredClone(config), quiet)).resolves.toBeUndefined();
    const misspelt = { ...structuredClone(config), linux: { ...config.linux, iconn: 'build/icons' } };
    await expect(validateConfiguration(misspelt, quiet)).rejects.toThrow(/configuration\.linux/);
  });

  it('names the app in French and builds AppImage and deb for Linux, NSIS for Windows', () => {
    expect(config).toMatchObject({ appId: 'fr.departement.registre', productName: 'Registre des délibérations' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.nsis.installerLanguages).toEqual(['fr_FR']);
  });

  it('ships the bundles named by package.json and main.ts, and the built renderer', () => {
    const entries = Object.keys({ ...NODE_ENTRIES, ...PRELOAD_ENTRY }).map((name) => `dist-electron/${name}.cjs`);
    expect(entries).toContain(pkg.main);
    for (const entry of entries) expect(shipped(entry), entry).toBe(true);
    const main = readFileSync(appFile('electron/main.ts'), 'utf8');
    expect(main).toContain("join(__dirname, 'register.cjs')");
    expect(main).toContain("join(__dirname, 'preload.cjs')");
    expect(main).toContain("appFile('dist-renderer')");
    expect(shipped('dist-renderer/index.html')).toBe(true);
  });

  it('ships every template, font and the @ctes classification the app reads at run time, and no source', () => {
    const runtime = [...filesUnder('templates').filter((f) => !f.endsWith('.ts')), 'reference/ctes-classification.xml'];
    expect(runtime.filter((f) => f.endsWith('.modele')).length).toBeGreaterThan(5);
    expect(runtime.filter((f) => f.endsWith('.ttf'))).toHaveLength(8);
    expect(runtime.filter((f) => !shipped(f))).toEqual([]);
    expect(filesUnder('templates').filter((f) => f.endsWith('.ts') && shipped(f))).toEqual([]);
  });

  it('keeps better-sqlite3’s native module out of the asar and rebuilds it for Electron', () => {
    expect(config.npmRebuild).toBe(true);
    const native = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(config.asarUnpack.some((pattern) => minimatch(native, pattern))).toBe(true);
    // Without the .npmrc's nodedir (Node's own headers, for npm install): rebuilt against Node's
    // headers, the module would not load in Electron.
    for (const script of ['dist', 'dist:linux', 'dist:win']) {
      expect(pkg.scripts[script], script).toMatch(
        /build:renderer && npm run build:electron && npm_config_nodedir= electron-builder install-app-deps && npm_config_nodedir= electron-builder --config build\/electron-builder\.yml/,
      );
    }
  });

  it('has the icons it names, at their sizes: PNG 512×512 and one per size for Linux, an ICO up to 256 for Windows', () => {
    expect(pngSize(readFileSync(appFile('build/icon.png')))).toEqual({ width: 512, height: 512 });
    expect(config.linux.icon).toBe('build/icons');
    for (const size of LINUX_SIZES) {
      expect(pngSize(readFileSync(appFile(config.linux.icon, `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
    const ico = readFileSync(appFile(config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    const sizes = ICO_SIZES.map((_, i) => {
      const entry = 6 + 16 * i;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const { width, height } = pngSize(png);
      expect(ico.readUInt8(entry) || 256).toBe(width);
      return height;
    });
    expect(sizes).toEqual(ICO_SIZES);
  });
});
