import { readFileSync } from 'node:fs';
import { connect } from '../db/open';
import { lockRegister } from '../services/register/register-lock';
import { importSession } from '../services/sessions/session-import';

// Test probe (see register-holder.ts): a process that holds a register the way the app or the host
// does — its lock taken, a connection open — optionally after committing a session import that
// stays in the WAL (no checkpoint), then waits to be killed.
const [file, session] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: register-holder-process <registre> [séance.json]');
lockRegister(file);
// Kept referenced until the process dies: a connection garbage-collected would close, and the last
// one to close checkpoints the WAL into the register and deletes it — not what a running app does.
const db = session === undefined ? null : connect(file);
if (db !== null && session !== undefined) {
  db.pragma('wal_autocheckpoint = 0');
  importSession(db, JSON.parse(readFileSync(session, 'utf8')));
}
process.stdout.write('prêt\n');
setInterval(() => db?.open, 1000);
