import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { validationError } from '../../../shared/domain/errors';
import { connectPostgres, isPostgresUrl, parsePostgresUrl } from '../../db/postgres/connect';
import { migratePostgres, postgresState } from '../../db/postgres/migrate';
import { prepareRegister } from '../../services/register/register-prepare';
import type { CommandCode } from '../command';
import { parseCommand } from '../args';
import { registerPath } from '../register-path';

export const initCommand: CommandCode = {
  async run(argv, { out, now }) {
    const { values } = parseCommand(argv, { demo: { type: 'boolean' } });
    const file = registerPath(argv);
    if (isPostgresUrl(file)) {
      if (values.demo === true) {
        throw validationError(
          '--demo : un registre partagé commence vide ou par la copie d’un registre ; pour la démonstration : registre init --db demo.sqlite --demo, puis registre copy --from demo.sqlite --to …',
          'demo',
        );
      }
      out(await initShared(file));
      return;
    }
    if (existsSync(file)) {
      throw validationError(`Le fichier « ${file} » existe déjà : registre init ne crée qu'un registre nouveau, il n'en remplace jamais un.`, 'db');
    }
    if (!existsSync(dirname(file))) throw validationError(`Le dossier « ${dirname(file)} » n'existe pas : créez-le d'abord, ou choisissez un autre emplacement.`, 'db');
    const demo = values.demo === true;
    (await prepareRegister(file, now(), demo ? 'demo' : 'empty')).db.close();
    out(
      demo
        ? `Registre créé avec la séance de démonstration : ${file}`
        : `Registre vide créé : ${file}. Ouvrez-le dans l'application (npm run serve -- --db "${file}") pour saisir la collectivité, les organes et les élus, ou importez une séance : registre import <séance.json> --db "${file}".`,
    );
  },
};

/** Creates the register's schema in an empty PostgreSQL database; never over an existing register. */
async function initShared(url: string): Promise<string> {
  const target = parsePostgresUrl(url);
  const client = await connectPostgres(url);
  try {
    if ((await postgresState(client)) === 'register') {
      throw validationError(`La base « ${target.database} » contient déjà un registre : registre init ne crée qu'un registre nouveau, il n'en remplace jamais un.`, 'db');
    }
    const versions = await migratePostgres(client);
    return (
      `Registre partagé créé dans la base « ${target.database} » (${target.host}:${target.port}), schéma à l'étape ${versions.at(-1) ?? '?'}. ` +
      `Pour y mettre un registre existant : registre copy --from <registre.sqlite> --to ${url}`
    );
  } finally {
    await client.end();
  }
}
