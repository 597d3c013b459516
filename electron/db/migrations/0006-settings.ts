import type { Migration } from '../migration';

/** The collectivity's settings, one value per key (e.g. the pattern of @ctes internal numbers). */
export const migration0006: Migration = {
  version: 6,
  name: 'settings',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY CHECK (length(key) > 0),
  value TEXT NOT NULL
) STRICT;
`,
};
