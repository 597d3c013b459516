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

/**
 * The connections, by id, with what it takes to connect them again: a connection the server
 * dropped (restarted, stopped, network cut) is opened afresh at its next query, so that the app
 * resumes once the server answers again.
 * @type {Map<number, { config: pg.ClientConfig; client: pg.Client | null }>}
 */
const connections = new Map();
let last = 0;

/** A connected client for `config`; one that breaks later is forgotten, to be replaced. */
async function connected(entry) {
  const client = new pg.Client(entry.config);
  client.on('error', () => {
    if (entry.client === client) entry.client = null;
  });
  client.on('end', () => {
    if (entry.client === client) entry.client = null;
  });
  await client.connect();
  entry.client = client;
  return client;
}

/** Errors of a query the server never ran: the connection was ended before it was sent. */
const notSent = (e) => e.code === '57P01' || /not queryable|Client was closed/i.test(e.message ?? '');

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
        const entry = { config: { ...request.config, password: request.password ?? '' }, client: null };
        await connected(entry);
        connections.set(++last, entry);
        return { id: last };
      }
      case 'query': {
        const entry = connections.get(request.id);
        if (entry === undefined) return { error: { message: 'Connexion au registre partagé fermée.', code: 'CLOSED' } };
        // Inside a transaction, a new connection would run the rest outside it: the transaction fails.
        if (entry.client === null && request.inTransaction) {
          return { error: { message: 'Connexion au serveur perdue pendant la transaction : rien n’a été enregistré.', code: '08006' } };
        }
        const ask = (client) => client.query({ text: request.text, values: request.values.map(parameter), rowMode: request.rowMode });
        let result;
        try {
          result = await ask(entry.client ?? (await connected(entry)));
        } catch (e) {
          // The server had ended the connection before this query was sent (a restart, a cut not yet
          // seen here): outside a transaction, it never ran; asked once more on a new connection.
          if (request.inTransaction || !notSent(e)) throw e;
          entry.client = null;
          result = await ask(await connected(entry));
        }
        // A multi-statement text answers with one result per statement: the last one is the answer.
        const last = Array.isArray(result) ? result[result.length - 1] : result;
        return { rows: last.rows, rowCount: last.rowCount ?? 0 };
      }
      case 'end': {
        const entry = connections.get(request.id);
        connections.delete(request.id);
        const client = entry?.client;
        if (entry !== undefined) entry.client = null;
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
