import { validationError } from '../../../shared/domain/errors';
import { longDate } from '../../../shared/rules/french-dates';
import { isPostgresUrl } from '../../db/postgres/connect';
import { restoreBackup } from '../../services/register/backup-restore';
import { backupFolder, listBackups } from '../../services/register/backups';
import { appRegisterPath } from '../../services/register/register-file';
import { listSharedBackups, restoreSharedRegister } from '../../services/register/shared-backups';
import { lockRegister } from '../../services/register/register-lock';
import type { CommandCode } from '../command';
import { parseCommand } from '../args';
import { registerPath } from '../register-path';
import { counted } from '../../../shared/rules/plural';

export const restoreCommand: CommandCode = {
  // The register may be damaged: it is replaced, never opened through openDb; its lock is taken
  // like the app's, so a register open in the app or the host is never replaced under it.
  async run(argv, { out, now }) {
    const { positionals } = parseCommand(argv, {});
    const file = registerPath(argv);
    const backup = positionals[0];
    if (isPostgresUrl(file)) {
      out(await restoreShared(file, backup));
      return;
    }
    if (backup === undefined) {
      const backups = listBackups(file);
      if (backups.length === 0) throw validationError(`Aucune sauvegarde pour le registre « ${file} ».`, 'sauvegarde');
      out(['Sauvegardes, de la plus récente à la plus ancienne :', ...backups.map((b) => `  ${b}`)].join('\n'));
      return;
    }
    const lock = lockRegister(file);
    const { preview, previous } = await restoreBackup(file, backup, now()).finally(() => lock.release());
    out(
      [
        `Registre restauré depuis ${backup} :`,
        ...preview.sessions.map((s) => `  ${s.body} — séance du ${longDate(s.date)} : ${counted(s.acts, 'acte', 'actes')}`),
        ...(previous === null ? [] : [`L'ancien registre est conservé : ${previous}`]),
      ].join('\n'),
    );
  },
};

/** The shared register's backups, or the restoration of one into an empty database. */
async function restoreShared(url: string, backup: string | undefined): Promise<string> {
  if (backup === undefined) {
    const backups = listSharedBackups(url, backupFolder(appRegisterPath()));
    if (backups.length === 0) throw validationError(`Aucune sauvegarde pour le registre partagé « ${url} ».`, 'sauvegarde');
    return ['Sauvegardes, de la plus récente à la plus ancienne :', ...backups.map((b) => `  ${b}`)].join('\n');
  }
  const { sessions } = await restoreSharedRegister(url, backup);
  return [`Registre partagé restauré depuis ${backup} :`, ...sessions.map((s) => `  ${s.body} — séance du ${longDate(s.date)} : ${counted(s.acts, 'acte', 'actes')}`)].join('\n');
}
