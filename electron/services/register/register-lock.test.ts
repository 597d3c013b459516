import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdRegister, killHard } from '../../testing/register-holder';
import { lockRegister } from './register-lock';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-lock-'));
  file = join(dir, 'registre.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('lockRegister', () => {
  it('refuses a second instance while the first holds the register, and frees it on release', () => {
    const first = lockRegister(file);
    expect(() => lockRegister(file)).toThrow(/est déjà ouvert par une autre fenêtre de Registre/);
    first.release();
    lockRegister(file).release();
  });

  it('names the live holder of another process, and is free again once that process is killed', async () => {
    const child = await holdRegister(file);
    try {
      expect(() => lockRegister(file)).toThrow(new RegExp(`est déjà ouvert par une autre fenêtre de Registre \\(.+ sur .+, processus ${child.pid}, depuis le `));
    } finally {
      await killHard(child);
    }
    // No cleanup ran in the killed process: the operating system released its lock.
    expect(readFileSync(`${file}.lock-info`, 'utf8')).toContain(String(child.pid));
    const lock = lockRegister(file);
    expect(JSON.parse(readFileSync(`${file}.lock-info`, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  }, 300_000);

  it('takes over an empty lock file (a power cut), a garbled one and one of an older version naming a reused pid', () => {
    for (const content of ['', '\u0000\u0001garbage'.repeat(300), `${process.ppid}@autre-poste`]) {
      writeFileSync(`${file}.lock`, content);
      const lock = lockRegister(file);
      expect(() => lockRegister(file)).toThrow(/déjà ouvert/);
      lock.release();
    }
  });
});
