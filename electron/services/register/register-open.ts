import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { isPostgresUrl } from '../../db/postgres/connect';
import { openSharedRegister } from '../../db/postgres/open-shared';
import { sharedRegisterFolder } from './register-file';
import { lockRegister } from './register-lock';
import type { MissingRegister } from './register-prepare';
import { prepareRegister } from './register-prepare';

/** A register opened for a window: its connection, whether it was just created, and how to give back its lock. */
export interface OpenedRegisterAt {
  db: Db;
  created: boolean;
  release: () => void;
}

/**
 * Opens the register at `target` the way the app starts: a file under its lock (integrity check,
 * backups, migrations; `missing` says what a missing file becomes); a shared register
 * (postgres://…) on its server, without lock — `password` given, it is used instead of
 * PGPASSWORD or ~/.pgpass. The desktop app and the local host both open through here.
 */
export async function openRegisterAt(target: string, missing: MissingRegister, now: Date, password?: string): Promise<OpenedRegisterAt> {
  if (isPostgresUrl(target)) {
    if (missing === 'empty') {
      throw new AppError('validation', `Nouveau registre : un registre partagé se crée avec « registre init --db ${target} », puis s'ouvre.`, 'file');
    }
    return { db: await openSharedRegister(target, sharedRegisterFolder(target), password), created: false, release: () => {} };
  }
  const lock = lockRegister(target);
  const { db, created } = await prepareRegister(target, now, missing).catch((e: unknown) => {
    lock.release();
    throw e;
  });
  return { db, created, release: () => lock.release() };
}
