import { existsSync } from 'node:fs';
import { validationError } from '../../../shared/domain/errors';
import { connectPostgres, isPostgresUrl, parsePostgresUrl } from '../../db/postgres/connect';
import { copyRegisterToPostgres } from '../../services/register/register-copy';
import { lockRegister } from '../../services/register/register-lock';
import { prepareRegister, registerNotFound } from '../../services/register/register-prepare';
import type { CommandCode } from '../command';
import { parseCommand, required } from '../args';

export const copyCommand: CommandCode = {
  async run(argv, { out, now }) {
    const { values } = parseCommand(argv, { from: { type: 'string' }, to: { type: 'string' } });
    const from = required(values, 'from');
    const to = required(values, 'to');
    if (!isPostgresUrl(to)) throw validationError(`Option --to : attendu l'adresse d'une base PostgreSQL, postgres://utilisateur@hôte:port/base (reçu « ${to} »).`, 'to');
    const target = parsePostgresUrl(to);
    if (!existsSync(from)) throw registerNotFound(from);
    // The app's lock: no window nor host writes the register while it is read.
    const lock = lockRegister(from);
    try {
      const { db } = await prepareRegister(from, now(), 'refuse');
      try {
        const client = await connectPostgres(to);
        try {
          const summary = await copyRegisterToPostgres(db, client);
          const width = Math.max(...summary.tables.map((t) => t.table.length));
          out(
            [
              `Registre copié de ${from} vers la base « ${target.database} » (${target.host}:${target.port}), vérifié relu :`,
              ...summary.tables.map((t) => `  ${t.table.padEnd(width)}  ${t.rows} ligne${t.rows > 1 ? 's' : ''}, identiques`),
              `Actes : ${summary.acts}, empreinte SHA-256 identique des deux côtés : ${summary.actsChecksum}`,
              `Le fichier ${from} est conservé.`,
            ].join('\n'),
          );
        } finally {
          await client.end();
        }
      } finally {
        db.close();
      }
    } finally {
      lock.release();
    }
  },
};
