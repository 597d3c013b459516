// The worker thread that holds the connections of the shared registers (see sync-connection.ts):
// node-postgres is asynchronous, the register's services are synchronous, so the register process
// waits here for each answer. Plain JavaScript: a worker must start the same way under tsx, vitest
// and the Electron bundle.
import { Buffer } from 'node:buffer';
import pg from 'pg';
import { runAsWorker } from 'synckit';

// Numbers as SQLite gives them: counts and sums (int8) and booleans (a comparison in a SELECT) as
// JavaScript numbers, so that the services read the same values from both engines.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.BOOL, (value) => (value === 't' ? 1 : 0));

/** @type {Map<number, pg.Client>} */
const clients = new Map();
let last = 0;

/** An error as plain data: the thread boundary keeps fields, not classes. */
const failure = (e) => ({
  error: { message: e.message, code: e.code, detail: e.detail, constraint: e.constraint, table: e.table, column: e.column },
});

/** Buffers cross the thread boundary as Uint8Arrays: node-postgres sends a Buffer as bytea. */
const parameter = (value) => (value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value);

runAsWorker(async (request) => {
  try {
    switch (request.op) {
      case 'connect': {
        const client = new pg.Client({ ...request.config, password: request.password ?? '' });
        // A server that stops answers later with an error on the client: kept, the next query fails.
        client.on('error', () => {});
        await client.connect();
        clients.set(++last, client);
        return { id: last };
      }
      case 'query': {
        const client = clients.get(request.id);
        if (client === undefined) return { error: { message: 'Connexion au registre partagé fermée.', code: 'CLOSED' } };
        const result = await client.query({ text: request.text, values: request.values.map(parameter), rowMode: request.rowMode });
        // A multi-statement text answers with one result per statement: the last one is the answer.
        const last = Array.isArray(result) ? result[result.length - 1] : result;
        return { rows: last.rows, rowCount: last.rowCount ?? 0 };
      }
      case 'end': {
        const client = clients.get(request.id);
        clients.delete(request.id);
        await client?.end().catch(() => {});
        return {};
      }
      default:
        return { error: { message: `Opération inconnue : ${request.op}` } };
    }
  } catch (e) {
    return failure(e);
  }
});
