import { createHash } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { REGISTER_TABLES } from '../../db/postgres/baseline/tables';
import { fromPostgres } from '../../db/postgres/errors';
import { migratePostgres, postgresState } from '../../db/postgres/migrate';

/** What a copy wrote and checked, table by table. */
export interface CopySummary {
  tables: { table: string; rows: number }[];
  acts: number;
  /** SHA-256 over every act's row, in id order: the same on both sides. */
  actsChecksum: string;
}

type Row = Record<string, unknown>;

/**
 * SQLite tables that are not the register's data: the list of applied steps (each engine keeps its
 * own), and the author of the next changes (on PostgreSQL, the connected role or registre.user).
 */
const NOT_COPIED = ['schema_migrations', 'journal_context'];

/** A value as text that is the same whichever engine read it (bytes as hex). */
const canonical = (row: Row, columns: readonly string[]) =>
  JSON.stringify(columns.map((c) => (Buffer.isBuffer(row[c]) ? `\\x${row[c].toString('hex')}` : (row[c] ?? null))));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A table's content as one hash, whatever the order rows come in. */
const tableChecksum = (rows: Row[], columns: readonly string[]) => sha256(rows.map((r) => canonical(r, columns)).sort().join('\n'));

/** Each act's row hash, by id, and the hash of them all. */
function actChecksums(rows: Row[], columns: readonly string[]): { byId: Map<number, string>; all: string } {
  const byId = new Map(rows.map((r) => [Number(r.id), sha256(canonical(r, columns))]));
  const all = sha256([...byId.entries()].sort(([a], [b]) => a - b).map(([id, h]) => `${id}:${h}`).join('\n'));
  return { byId, all };
}

function sqliteColumns(source: Db, table: string): string[] {
  return (source.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]).map((c) => c.name);
}

async function postgresColumns(target: pg.ClientBase, table: string): Promise<string[]> {
  const r = await target.query<{ name: string }>(
    'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
    [table],
  );
  return r.rows.map((c) => c.name);
}

async function appliedVersions(target: pg.ClientBase): Promise<string> {
  return (await target.query<{ v: string }>("SELECT string_agg(version || ' ' || name, ', ' ORDER BY version) AS v FROM schema_migrations")).rows[0]?.v ?? '';
}

/** Writes `rows` in multi-row INSERTs under PostgreSQL's limit of 65 535 parameters a statement. */
async function insertRows(target: pg.ClientBase, table: string, columns: readonly string[], rows: Row[]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${columns.map((c) => `$${values.push(row[c] ?? null)}`).join(', ')})`);
    await target.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
  }
}

/**
 * Copies a whole SQLite register into an empty PostgreSQL database (created with its schema when
 * blank), in ONE transaction: every table of the register — acts, attendance, signatures and their
 * PDFs, annexes, issued templates, the journal as it stands — the backups catalog aside (files next
 * to the SQLite register, not rows). The seals and journal triggers stand aside for this transaction
 * only (registre_begin_copy: see db/postgres/baseline/copying.ts). Before committing, the rows are
 * read back and compared with the source: counts and content of every table, and a checksum of
 * every act's row; any difference rolls the whole copy back. Refuses a target that already holds a
 * register's data, another application's database, or a schema of another version. A blank
 * database first receives the schema, committed on its own: a failed copy leaves an empty
 * register there, which the next copy accepts.
 */
export async function copyRegisterToPostgres(source: Db, target: pg.ClientBase): Promise<CopySummary> {
  const state = await postgresState(target);
  if (state !== 'register' || (await appliedVersions(target)) === '') await migratePostgres(target);
  const sourceVersions = (source.prepare("SELECT group_concat(version || ' ' || name, ', ') FROM (SELECT * FROM schema_migrations ORDER BY version)").pluck().get() as string | null) ?? '';
  const targetVersions = await appliedVersions(target);
  if (sourceVersions !== targetVersions) {
    throw new AppError(
      'conflict',
      `Copie refusée : le registre SQLite (étapes ${sourceVersions}) et la base PostgreSQL (étapes ${targetVersions}) n'ont pas le même schéma ; ` +
        'utilisez la même version de Registre pour les deux.',
    );
  }
  const unknown = (source.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter(
    (t) => !(REGISTER_TABLES as readonly string[]).includes(t) && !NOT_COPIED.includes(t),
  );
  if (unknown.length > 0) throw new AppError('internal', `Copie refusée : cette version de Registre ne sait pas copier la table ${unknown.join(', ')}.`);
  source.exec('BEGIN');
  await target.query('BEGIN');
  try {
    await target.query('SET CONSTRAINTS ALL DEFERRED');
    await target.query('SELECT registre_begin_copy()');
    const tables: CopySummary['tables'] = [];
    const checks: { table: string; columns: string[]; rows: number; checksum: string }[] = [];
    let acts: ReturnType<typeof actChecksums> | undefined;
    for (const table of REGISTER_TABLES) {
      const columns = sqliteColumns(source, table);
      const pgColumns = await postgresColumns(target, table);
      if ([...columns].sort().join() !== [...pgColumns].sort().join()) {
        throw new AppError('internal', `Copie refusée : la table ${table} n'a pas les mêmes colonnes dans les deux registres (${columns.join(', ')} / ${pgColumns.join(', ')}).`);
      }
      const rows = source.prepare(`SELECT * FROM ${table}`).all() as Row[];
      await insertRows(target, table, columns, rows);
      if (pgColumns.includes('id')) {
        await target.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), max(id)) FROM ${table} HAVING max(id) IS NOT NULL AND pg_get_serial_sequence('${table}', 'id') IS NOT NULL`);
      }
      tables.push({ table, rows: rows.length });
      checks.push({ table, columns, rows: rows.length, checksum: tableChecksum(rows, columns) });
      if (table === 'acts') acts = actChecksums(rows, columns);
    }
    await target.query('SELECT registre_end_copy()');

    for (const check of checks) {
      const copied = (await target.query<Row>(`SELECT ${check.columns.join(', ')} FROM ${check.table}`)).rows;
      if (copied.length !== check.rows || tableChecksum(copied, check.columns) !== check.checksum) {
        throw new AppError('internal', `Copie annulée : la table ${check.table} relue sur PostgreSQL diffère du registre SQLite (${copied.length} lignes pour ${check.rows}).`);
      }
      if (check.table === 'acts' && acts !== undefined) {
        const copiedActs = actChecksums(copied, check.columns);
        for (const [id, hash] of acts.byId) {
          if (copiedActs.byId.get(id) !== hash) throw new AppError('internal', `Copie annulée : l'acte n° ${id} relu sur PostgreSQL diffère du registre SQLite.`);
        }
      }
    }
    await target.query('COMMIT');
    source.exec('COMMIT');
    return { tables, acts: acts?.byId.size ?? 0, actsChecksum: acts?.all ?? sha256('') };
  } catch (e) {
    await target.query('ROLLBACK');
    source.exec('ROLLBACK');
    throw fromPostgres(e);
  }
}
