import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { AppError } from '../../shared/domain/errors';

export interface RegisterLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes sure no other instance of the app writes this register: a `<register>.lock` file created
 * exclusively, holding the owner's pid and machine. A lock left by a process that no longer runs on
 * this machine is taken over; any other is refused with a French message.
 */
export function lockRegister(file: string): RegisterLock {
  const lockFile = `${file}.lock`;
  const owner = `${process.pid}@${hostname()}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, owner, { flag: 'wx' });
      return { release: () => rmSync(lockFile, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder = '';
      try {
        holder = readFileSync(lockFile, 'utf8');
      } catch {
        continue; // released meanwhile: try again
      }
      const [pid, machine] = holder.split('@');
      if (machine === hostname() && !alive(Number(pid))) {
        rmSync(lockFile, { force: true });
        continue;
      }
      throw new AppError(
        'locked',
        `Le registre « ${file} » est déjà ouvert par une autre fenêtre de Registre (${holder}). ` +
          'Fermez-la avant de l’ouvrir ici : deux fenêtres ne doivent jamais écrire le même registre.',
        'registre',
      );
    }
  }
  throw new AppError('locked', `Le registre « ${file} » n'a pas pu être verrouillé : réessayez.`, 'registre');
}
