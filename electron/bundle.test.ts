import { fork } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedFileView } from '../shared/contract/contract';
import { bundleElectron, type BundleOutcome } from '../build/bundle-electron';
import { pdfText } from '../templates/testing/extract-text';
import { registerClient } from './door/register-client';
import { APP_ROOT } from './resources';
import { lockRegister } from './services/register/register-lock';

/*
 * The Electron bundles as they ship: built with the build script into a throwaway app folder laid
 * out like the packaged app (dist-electron/ beside templates/, reference/, node_modules/), far from
 * the sources; the bundled register then runs in a forked Node process and renders an extract,
 * which reads templates, fonts and the @ctes classification through electron/resources.ts.
 */
const app = mkdtempSync(join(tmpdir(), 'registre-bundle-'));
const out = join(app, 'dist-electron');
let outcome: BundleOutcome;

beforeAll(async () => {
  for (const folder of ['templates', 'reference']) {
    cpSync(join(APP_ROOT, folder), join(app, folder), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  }
  symlinkSync(join(APP_ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  mkdirSync(join(app, 'registres'));
  outcome = await bundleElectron(out, { 'register-probe': 'electron/testing/register-fork-probe.ts' });
}, 300_000);

afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('the Electron bundles', () => {
  it('build main, preload and the register process to CommonJS without any warning (no import.meta left)', () => {
    expect(outcome.warnings.map((w) => w.text)).toEqual([]);
    for (const entry of ['main', 'preload', 'register']) {
      const code = readFileSync(join(out, `${entry}.cjs`), 'utf8');
      expect(code, entry).not.toMatch(/import\.meta/);
    }
    // Electron and the native module are left to the runtime, never bundled.
    expect(readFileSync(join(out, 'main.cjs'), 'utf8')).toMatch(/require\("electron"\)/);
    expect(readFileSync(join(out, 'register.cjs'), 'utf8')).toMatch(/require\("better-sqlite3"\)/);
    expect(readFileSync(join(out, 'register.cjs'), 'utf8')).not.toMatch(/require\("electron"\)/);
  });

  it('run the register in another process: a new register gets the demo, an extract renders (PDF with the shipped fonts, DOCX) and verifies', async () => {
    // The app's own register (no file named): a new one is created with the demo.
    const file = join(app, 'registres', 'registre.sqlite');
    const child = fork(join(out, 'register-probe.cjs'), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: { ...process.env, REGISTRE_DB: file } });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const register = registerClient({ postMessage: (m) => child.send(m as object), on: (_e, listener) => child.on('message', listener) });
    try {
      expect(await register.open()).toEqual({ ok: true, value: { file, created: true } });
      const rendered = await register.call('extract:render', { body: 'CP', date: '2023-10-16', act: 'G1', format: 'pdf' });
      if (!rendered.ok) throw new Error(`${rendered.error.message}\n${stderr}`);
      const pdf = Buffer.from((rendered.value as RenderedFileView).base64, 'base64');
      expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+LiberationSerif/);
      const text = await pdfText(pdf, { raw: false });
      expect(text).toMatch(/EXTRAIT/i);
      expect(text).toMatch(/16 octobre 2023/);
      const base64 = (rendered.value as RenderedFileView).base64;
      expect(await register.call('pdf:verify', { base64 })).toEqual({ ok: true, value: { signed: false, signatures: [] } });
      const docx = await register.call('extract:render', { body: 'CP', date: '2023-10-16', act: 'G1', format: 'docx' });
      expect(docx.ok && Buffer.from((docx.value as RenderedFileView).base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
      expect(await register.close()).toEqual({ ok: true, value: null });
      lockRegister(file).release(); // released: another instance can take it at once
    } finally {
      child.kill();
    }
    expect(stderr).toBe('');
  });
});
