import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    expect(existsSync(`${file}.lock`)).toBe(false);
    lockRegister(file).release();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid ?? 999999;
    writeFileSync(`${file}.lock`, `${dead}@${hostname()}`);
    const lock = lockRegister(file);
    lock.release();
  });

  it('keeps a lock held on another machine (a register on a shared drive)', () => {
    writeFileSync(`${file}.lock`, `1@autre-poste`);
    expect(() => lockRegister(file)).toThrow(/1@autre-poste/);
  });
});
