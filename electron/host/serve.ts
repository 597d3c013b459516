import { parseArgs } from 'node:util';
import { AppError } from '../../shared/domain/errors';
import { appRegisterPath } from '../services/register-file';
import { lockRegister } from '../services/register-lock';
import { prepareRegister } from '../services/register-prepare';
import { startHost } from './server';

/*
 * `npm run serve -- --db <registre> [--port N]` (and `npm start`, on the app's own register when
 * --db is left out): opens the register the way the app starts
 * (integrity check, backups, migrations, demo register if absent) and serves it on 127.0.0.1.
 * Its first stdout line is a contract (scripts and e2e tests read it):
 *   Registre : http://127.0.0.1:<port>/?token=<token>
 */

const USAGE = 'Usage : npm run serve -- [--db <fichier du registre>] [--port N]';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true });
  const file = values.db === undefined || values.db === '' ? appRegisterPath() : values.db;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('validation', `Option --port : « ${values.port} » n'est pas un numéro de port (0 à 65535). ${USAGE}`, 'port');
  }
  const lock = lockRegister(file);
  const { db, created } = await prepareRegister(file, new Date()).catch((e: unknown) => {
    lock.release();
    throw e;
  });
  const host = await startHost({ db, port });
  process.stdout.write(`Registre : ${host.url}\n`);
  process.stdout.write(
    `${created ? 'Nouveau registre créé avec la séance de démonstration' : 'Registre ouvert'} : ${file}\n` +
      'Ouvrez l\'adresse ci-dessus dans le navigateur ; gardez cette fenêtre ouverte ; Ctrl+C pour arrêter.\n',
  );

  const stop = () => {
    host
      .close()
      .catch((e: unknown) => console.error('[serve]', e))
      .finally(() => {
        db.close();
        lock.release();
        process.exit(0);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof AppError) console.error(e.message);
  else if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) console.error(`${e.message}\n${USAGE}`);
  else console.error('Erreur interne au lancement du serveur local :', e);
  process.exitCode = 1;
});
