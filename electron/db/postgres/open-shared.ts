import { AppError } from '../../../shared/domain/errors';
import { connectPostgres, connectPostgresSync, parsePostgresUrl } from './connect';
import { migratePostgres, postgresState } from './migrate';
import { ChangeFeed } from './change-feed';
import { SharedRegister } from './shared-register';

/**
 * Opens the shared register at `url` (postgres://user@host:port/base) for the services: the
 * database is checked and brought to the current schema first (a database of another application,
 * one written by a newer Registre, or one still empty are refused in French), then held by a
 * synchronous connection of its own. The journal names the connected role (or the session's
 * `registre.user`): each secretary connects as herself. Its documents go into `localFolder`/exports.
 */
export async function openSharedRegister(url: string, localFolder: string, password?: string): Promise<SharedRegister> {
  const target = parsePostgresUrl(url);
  const client = await connectPostgres(url, password);
  try {
    if ((await postgresState(client)) === 'empty') {
      throw new AppError(
        'not_found',
        `La base « ${target.database} » du serveur ${target.host}:${target.port} ne contient pas encore de registre : créez-le d’abord (registre init --db ${url}).`,
        'database',
      );
    }
    await migratePostgres(client);
  } finally {
    await client.end();
  }
  const register = new SharedRegister(url, connectPostgresSync(url, password), localFolder);
  try {
    register.feed = await ChangeFeed.open(url, register.backendPid(), password);
  } catch (e) {
    register.close();
    throw e;
  }
  return register;
}
