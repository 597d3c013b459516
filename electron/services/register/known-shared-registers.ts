import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SharedRegisterEntry } from '../../../shared/contract/channels/opening';
import { userDataFolder } from './register-file';

/**
 * The system's keychain, as Electron's `safeStorage` offers it (the main process hands it in;
 * services never import Electron). Without one (the local host, a Linux session without a
 * keyring), no password is ever kept.
 */
export interface Keychain {
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** A shared register as remembered on this computer: its address and, encrypted, its password. */
interface Known {
  host: string;
  port: number;
  database: string;
  user: string;
  /** The password encrypted by the keychain, in base64; never the password itself. */
  password?: string;
}

/** The address the services open: postgres://utilisateur@hôte:port/base, each part escaped. */
export function sharedRegisterUrl(target: { host: string; port: number; database: string; user: string }): string {
  const host = target.host.includes(':') ? `[${target.host}]` : target.host;
  return `postgres://${encodeURIComponent(target.user)}@${host}:${target.port}/${encodeURIComponent(target.database)}`;
}

const sameRegister = (a: Omit<Known, 'password'>, b: Omit<Known, 'password'>) =>
  a.host === b.host && a.port === b.port && a.database === b.database && a.user === b.user;

/**
 * The shared registers this computer has opened, newest first, in `registres-partagés.json` of the
 * user's data folder — so that « Ouvrir un registre partagé » offers them again, and opens without
 * asking those whose password the keychain keeps. The file holds no password in clear.
 */
export class KnownSharedRegisters {
  constructor(
    private readonly keychain: Keychain | null,
    private readonly file = join(userDataFolder(), 'registres-partagés.json'),
  ) {}

  /** Whether a typed password can be kept. */
  get keepsPasswords(): boolean {
    return this.keychain !== null;
  }

  list(): SharedRegisterEntry[] {
    return this.read().map(({ password, ...entry }) => ({ ...entry, passwordKept: password !== undefined && this.keychain !== null }));
  }

  /** The kept password of `target`, or undefined (none kept, no keychain, or the keychain cannot read it any more). */
  password(target: Omit<Known, 'password'>): string | undefined {
    const kept = this.read().find((k) => sameRegister(k, target))?.password;
    if (kept === undefined || this.keychain === null) return undefined;
    try {
      return this.keychain.decryptString(Buffer.from(kept, 'base64'));
    } catch {
      return undefined;
    }
  }

  /**
   * Records `target` as opened just now (first in the list). `password` given: kept, encrypted;
   * null: a kept one is forgotten (the server refused it); undefined: a kept one stays.
   */
  opened(target: Omit<Known, 'password'>, password: string | null | undefined): void {
    const known = this.read();
    const previous = known.find((k) => sameRegister(k, target));
    const entry: Known = { host: target.host, port: target.port, database: target.database, user: target.user };
    if (password !== null && password !== undefined && this.keychain !== null) {
      entry.password = this.keychain.encryptString(password).toString('base64');
    } else if (password === undefined && previous?.password !== undefined) entry.password = previous.password;
    this.write([entry, ...known.filter((k) => !sameRegister(k, target))].slice(0, 20));
  }

  private read(): Known[] {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter(isKnown) : [];
    } catch {
      // A damaged list only costs the secretary retyping an address: never a reason to refuse to open.
      return [];
    }
  }

  private write(entries: Known[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    // Written beside, then renamed: a crash leaves the old list or the new one, never half of it.
    writeFileSync(`${this.file}.tmp`, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${this.file}.tmp`, this.file);
  }
}

function isKnown(value: unknown): value is Known {
  const k = value as Partial<Known> | null;
  return (
    typeof k === 'object' &&
    k !== null &&
    typeof k.host === 'string' &&
    typeof k.port === 'number' &&
    typeof k.database === 'string' &&
    typeof k.user === 'string' &&
    (k.password === undefined || typeof k.password === 'string')
  );
}
