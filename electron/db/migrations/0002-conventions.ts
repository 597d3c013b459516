import type { Migration } from '../migration';

/**
 * The conventions annexed to acts (register "CO"): one row per convention, its variables kept as
 * JSON validated by the shared schema of its kind. The number is unique across the register
 * ("CO 2023-1098"); a convention goes with its act.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'conventions',
  sql: `
CREATE TABLE conventions (
  id INTEGER PRIMARY KEY,
  act_id INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
  number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('garantie-emprunt')),
  data TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX conventions_act ON conventions (act_id);
`,
};
