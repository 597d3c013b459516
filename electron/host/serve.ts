import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/domain/errors';
import { isPostgresUrl } from '../db/postgres/connect';
import { appRegisterPath } from '../services/register/register-file';
import { openRegisterAt } from '../services/register/register-open';
import { registerNotFound } from '../services/register/register-prepare';
import { boundHeapGrowth } from '../heap-growth';
import { optionMessage } from '../option-message';
import { startHost } from './server';

/*
 * `npm run serve -- --db <registre | postgres://utilisateur@hôte:port/base> [--new] [--port N]` (and `npm start`, on the app's own register
 * when --db is left out): opens the register the way the app starts (integrity check, backups,
 * migrations) and serves it on 127.0.0.1. A missing app's own register is created with the demo; a
 * missing --db file only with --new, empty (a mistyped path never creates a register).
 * Its first stdout line is a contract (scripts and e2e tests read it):
 *   Registre : http://127.0.0.1:<port>/?token=<token>
 */

const OPTIONS = { db: { type: 'string' }, new: { type: 'boolean' }, port: { type: 'string' } } as const;
const USAGE = 'Usage : npm run serve -- [--db <fichier du registre | postgres://utilisateur@hôte:port/base>] [--new] [--port N]';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true });
  const named = values.db === undefined || values.db === '' ? undefined : values.db;
  const file = named ?? appRegisterPath();
  const fresh = values.new === true;
  if (fresh && named !== undefined && isPostgresUrl(named)) {
    throw new AppError('validation', `Option --new : un registre partagé se crée avec « registre init --db ${named} », puis s'ouvre sans --new.`, 'new');
  }
  if (fresh && named === undefined) throw new AppError('validation', `Option --new : précisez le fichier du nouveau registre avec --db. ${USAGE}`, 'new');
  if (fresh && existsSync(file)) {
    throw new AppError('validation', `Option --new : le fichier « ${file} » existe déjà ; ouvrez-le sans --new, ou choisissez un autre nom.`, 'new');
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('validation', `Option --port : « ${values.port} » n'est pas un numéro de port (0 à 65535). ${USAGE}`, 'port');
  }
  if (named !== undefined && !fresh && !isPostgresUrl(file) && !existsSync(file)) throw registerNotFound(file, '--new');
  let current = await openRegisterAt(file, named === undefined ? 'demo' : fresh ? 'empty' : 'refuse', new Date());
  const { created } = current;
  const host = await startHost({
    db: current.db,
    port,
    // « Ouvrir un registre partagé » from the page: the new register opened first, the old one then closed.
    reopen: async (url, password) => {
      const next = await openRegisterAt(url, 'refuse', new Date(), password);
      current.db.close();
      current.release();
      current = next;
      return next.db;
    },
  });
  // Ready to stop before the URL line is out: a script that reads the line and sends SIGTERM at once
  // (the tests do) must find the handler, not the default action that kills the process mid-write.
  const stop = () => {
    host
      .close()
      .catch((e: unknown) => console.error('[serve]', e))
      .finally(() => {
        current.db.close();
        current.release();
        process.exit(0);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  process.stdout.write(`Registre : ${host.url}\n`);
  process.stdout.write(
    `${!created ? 'Registre ouvert' : fresh ? 'Nouveau registre vide créé' : 'Nouveau registre créé avec la séance de démonstration'} : ${file}\n` +
      'Ouvrez l\'adresse ci-dessus dans le navigateur ; gardez cette fenêtre ouverte ; Ctrl+C pour arrêter.\n',
  );
}

boundHeapGrowth();
main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof AppError) console.error(e.message);
  else if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) console.error(`${optionMessage(e, Object.keys(OPTIONS))}\n${USAGE}`);
  else console.error('Erreur interne au lancement du serveur local :', e);
  process.exitCode = 1;
});
