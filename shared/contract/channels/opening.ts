import { channel } from '../channel';
import type { RegisterInfoView } from './reading';
import { z } from '../zod-fr';

/** A shared register this computer has opened, as « Ouvrir un registre partagé » lists it. */
export interface SharedRegisterEntry {
  host: string;
  port: number;
  database: string;
  user: string;
  /** Its password is kept in the system's keychain: it opens without asking. */
  passwordKept: boolean;
}

export interface SharedRegistersView {
  /** Whether this window can keep a password in the system's keychain (the desktop app, with a keychain). */
  keychain: boolean;
  registers: SharedRegisterEntry[];
}

/** PostgreSQL's identifiers: 63 bytes at most; a host name 253 characters. */
const identifier = z.string().trim().min(1).max(63);

/**
 * Opening another register: answered by the door that owns the window's register (the desktop
 * app's main process, the local host), never by the register's services, since it replaces the
 * register they work on.
 */
export const OPENING_CHANNELS = {
  'register:shared-list': channel<SharedRegistersView>()('sharedRegisters', z.strictObject({})),
  'register:open-shared': channel<RegisterInfoView>()(
    'openSharedRegister',
    z.strictObject({
      host: z.string().trim().min(1).max(253),
      port: z
        .number({ error: 'numéro attendu, 5432 en général' })
        .int({ error: 'numéro de 1 à 65535 attendu' })
        .min(1, { error: 'numéro de 1 à 65535 attendu' })
        .max(65535, { error: 'numéro de 1 à 65535 attendu' }),
      database: identifier,
      user: identifier,
      /** Left out: the password kept in the keychain, else PGPASSWORD or ~/.pgpass. */
      password: z.string().min(1).max(1000).optional(),
      /** Keep the typed password in the system's keychain. */
      remember: z.boolean(),
    }),
  ),
};

export type OpeningChannel = keyof typeof OPENING_CHANNELS;

/** Whether `name` is answered by the door rather than by the register's services. */
export function isOpeningChannel(name: string): name is OpeningChannel {
  return Object.hasOwn(OPENING_CHANNELS, name);
}
