import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Keychain } from './known-shared-registers';
import { KnownSharedRegisters, sharedRegisterUrl } from './known-shared-registers';

// A keychain that really encrypts (AES-256-GCM under a key held in memory), as safeStorage does
// with the key the system keeps.
function aesKeychain(key = randomBytes(32)): Keychain {
  return {
    encryptString(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

const team = { host: 'registre.drome.local', port: 5432, database: 'registre', user: 'amelie' };
const archive = { host: '10.0.0.7', port: 5433, database: 'registre_2019', user: 'amelie' };

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-known-'));
  file = join(dir, 'Registre', 'registres-partagés.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the shared registers opened on this computer', () => {
  it('keeps a password encrypted by the keychain, never in clear, in a file only its owner reads', () => {
    const keychain = aesKeychain();
    const known = new KnownSharedRegisters(keychain, file);
    known.opened(team, 'Sésame du 4 décembre');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('Sésame');
    expect(text).not.toContain(Buffer.from('Sésame du 4 décembre').toString('base64'));
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    expect(known.list()).toEqual([{ ...team, passwordKept: true }]);
    // Another start of the app, the same keychain: the password opens without asking.
    expect(new KnownSharedRegisters(keychain, file).password(team)).toBe('Sésame du 4 décembre');
  });

  it('lists the newest first; opening again without a password keeps the kept one; unticked with a password forgets it', () => {
    const known = new KnownSharedRegisters(aesKeychain(), file);
    known.opened(team, 'un');
    known.opened(archive, undefined);
    expect(known.list().map((r) => r.database)).toEqual(['registre_2019', 'registre']);
    known.opened(team, undefined);
    expect(known.list()).toEqual([
      { ...team, passwordKept: true },
      { ...archive, passwordKept: false },
    ]);
    expect(known.password(team)).toBe('un');
    known.opened(team, null);
    expect(known.password(team)).toBeUndefined();
    expect(known.list()[0]).toEqual({ ...team, passwordKept: false });
  });

  it('without a keychain keeps the addresses only', () => {
    const known = new KnownSharedRegisters(null, file);
    expect(known.keepsPasswords).toBe(false);
    known.opened(team, 'secret');
    expect(readFileSync(file, 'utf8')).not.toContain('password');
    expect(known.list()).toEqual([{ ...team, passwordKept: false }]);
    expect(known.password(team)).toBeUndefined();
  });

  it('asks again when the keychain cannot read a kept password any more (another key), and reads a damaged list as empty', () => {
    new KnownSharedRegisters(aesKeychain(), file).opened(team, 'un');
    expect(new KnownSharedRegisters(aesKeychain(), file).password(team)).toBeUndefined();
    writeFileSync(file, '{ coupé');
    expect(new KnownSharedRegisters(aesKeychain(), file).list()).toEqual([]);
  });

  it('writes the address the services open, each part escaped', () => {
    expect(sharedRegisterUrl(team)).toBe('postgres://amelie@registre.drome.local:5432/registre');
    expect(sharedRegisterUrl({ host: '::1', port: 5432, database: 'registre du 26', user: 'élise' })).toBe('postgres://%C3%A9lise@[::1]:5432/registre%20du%2026');
  });
});
