import { isPostgresUrl } from '../../db/postgres/connect';
import { backupFolder, backupRegister } from '../../services/register/backups';
import { appRegisterPath } from '../../services/register/register-file';
import { backupSharedRegister } from '../../services/register/shared-backups';
import type { CommandCode } from '../command';
import { parseCommand } from '../args';
import { namedRegister, registerPath } from '../register-path';

export const backupCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    parseCommand(argv, {});
    const named = namedRegister(argv);
    if (named !== undefined && isPostgresUrl(named)) {
      // A shared register has no folder of its own: its backups go to the app's backups folder.
      out(`Sauvegarde écrite : ${await backupSharedRegister(named, backupFolder(appRegisterPath()), now(), 'manuelle')}`);
      return;
    }
    const file = await backupRegister(await openDb(), registerPath(argv), now(), 'manuelle');
    out(`Sauvegarde écrite : ${file}`);
  },
};
