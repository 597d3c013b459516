import { backupRegister } from '../../services/register/backups';
import type { Command } from '../command';
import { parseCommand } from '../args';
import { registerPath } from '../register-path';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'registre backup [--db <registre>]',
  async run(argv, { openDb, out, now }) {
    parseCommand(argv, {});
    const file = await backupRegister(await openDb(), registerPath(argv), now(), 'manuelle');
    out(`Sauvegarde écrite : ${file}`);
  },
};
