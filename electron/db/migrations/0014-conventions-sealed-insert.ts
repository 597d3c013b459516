import type { Migration } from '../migration';

/*
 * 0008 froze the conventions an executory or signed act already had, but a new one could still be
 * inserted: `registre conventions-import` added it to the act's recueil with no journal entry. A
 * convention is annexed while the act is prepared; once the act is executory or signed, none is
 * added. (Number 13 is left unused: it was given to work that never shipped.)
 */

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

export const CONVENTION_ADDED =
  'Convention verrouillée : une convention ne peut plus être ajoutée à un acte exécutoire ou signé ; ' +
  'elle s’importe pendant que l’acte est préparé (ou avec sa séance : registre import --conventions).';

/** 0008's actSealed: executory or signed. */
const actSealed = (id: string) =>
  `((SELECT executory_date FROM acts WHERE id = ${id}) IS NOT NULL OR EXISTS (SELECT 1 FROM signatures WHERE act_id = ${id}))`;

export const migration0014: Migration = {
  version: 14,
  name: 'conventions-sealed-insert',
  sql: `
CREATE TRIGGER conventions_sealed_insert BEFORE INSERT ON conventions
WHEN ${actSealed('NEW.act_id')}
BEGIN
  SELECT RAISE(ABORT, ${sqlText(CONVENTION_ADDED)});
END;
`,
};
