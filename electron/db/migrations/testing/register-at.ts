import Database from 'better-sqlite3';
import { migrate } from '../../migrate';
import { MIGRATIONS } from '..';

/**
 * What `registerAt` writes, valid SQL on SQLite and PostgreSQL alike (the PostgreSQL tests play it
 * too): a body, two members, a session, acts G25 and G26 with their attendance, a convention on G25.
 */
export const REGISTER_AT_SEED = `
    INSERT INTO bodies (code, name, heading, assembly, series) VALUES ('CP', 'Commission permanente', 'Commission Permanente', 'La Commission permanente', 'G');
    INSERT INTO members (civility, first_name, last_name) VALUES ('M.', 'Jean-Louis', 'MASSON'), ('Mme', 'Annie', 'DUBOIS');
    INSERT INTO sessions (body_id, date, time, place, president_id, certifier_formula, certifier_quality, certifier_name)
      VALUES (1, '2023-10-16', '11:00', 'Toulon', 1, 'Pour le Président', 'la DGS', 'V. H');
    INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 25, 'GARANTIE', '{"kind":"unanimity"}');
    INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 26, 'EUROVELO 8', '{"kind":"unanimity"}');
    INSERT INTO act_attendance (act_id, member_id, status, position) VALUES (1, 1, 'present', 1), (1, 2, 'excused', 2), (2, 1, 'present', 1);
    INSERT INTO conventions (act_id, number, kind, data) VALUES (1, 'CO 2023-1098', 'garantie-emprunt', '{"a":1}');`;

/** The end of `registerAt`'s seed: G25 transmitted and executory. */
export const G25_EXECUTORY = "UPDATE acts SET transmission_date = '2023-10-20', executory_date = '2023-10-20' WHERE id = 1;";

/**
 * A register stopped at migration `version` (≥ 4) holding a little of everything: a body, two members,
 * a session with an executory act (G25, dates filled, its attendance and convention) and a draft act
 * (G26), as an older app would have left it, for the upgrade tests of the next steps.
 */
export function registerAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.filter((m) => m.version <= version));
  db.exec(`${REGISTER_AT_SEED}
${G25_EXECUTORY}`);
  return db;
}

/** Every row of every table but the migrations' own list, to compare a register before and after a step. */
export function rowsOf(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'schema_migrations' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}
