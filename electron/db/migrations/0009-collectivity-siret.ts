import type { Migration } from '../migration';

/**
 * The SIRET of the collectivity's seat (open data's COLL_SIRET): fourteen digits starting with its
 * SIREN, or unknown (NULL) — registers created before this step do not have it.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'collectivity-siret',
  sql: `
ALTER TABLE collectivity ADD COLUMN siret TEXT
  CHECK (siret IS NULL OR (siret GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' AND substr(siret, 1, 9) = siren));
`,
};
