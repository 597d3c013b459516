import type { Migration } from '../migration';

/**
 * Conventions may now be tripartite (maîtrise d'ouvrage unique, act G26) as well as loan
 * guarantees. SQLite cannot alter a CHECK constraint, so the table is rebuilt: created anew,
 * filled from the old one (ids kept), the old one dropped and the new one renamed. No table refers
 * to `conventions`, so dropping it with foreign keys on deletes nothing elsewhere; the new table
 * keeps its own reference to `acts` (ON DELETE CASCADE), checked on every copied row.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'tripartite-conventions',
  sql: `
CREATE TABLE conventions_new (
  id INTEGER PRIMARY KEY,
  act_id INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
  number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('garantie-emprunt', 'tripartite')),
  data TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
INSERT INTO conventions_new (id, act_id, number, kind, data) SELECT id, act_id, number, kind, data FROM conventions;
DROP TABLE conventions;
ALTER TABLE conventions_new RENAME TO conventions;
CREATE INDEX conventions_act ON conventions (act_id);
`,
};
