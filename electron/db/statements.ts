import type { Db } from './open';
import type { Statement } from './register';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * The connection's prepared statement for `sql`, compiled once and reused: the repositories run
 * the same few statements thousands of times in a session import, and compiling one costs more
 * than running it. SQLite recompiles a statement by itself when the schema changes (a bulk import
 * sets the journal's triggers aside), so a cached statement never runs against a stale schema.
 * A plucking statement is cached apart (pluck is a mode of the statement, not of one call);
 * `iterate()` holds a statement busy until its loop ends: keep it to `db.prepare`.
 *
 * @example statement(db, 'SELECT id FROM members WHERE last_name = ?').get('SAMAT')
 * @example statement(db, 'SELECT count(*) FROM acts', { pluck: true }).get() // 15000
 */
export function statement(db: Db, sql: string, options: { pluck?: boolean } = {}): Statement {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  const key = options.pluck === true ? `pluck:${sql}` : sql;
  let found = statements.get(key);
  if (found === undefined) {
    found = db.prepare(sql);
    if (options.pluck === true) found.pluck();
    statements.set(key, found);
  }
  return found;
}
