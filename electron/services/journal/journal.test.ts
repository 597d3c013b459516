import { afterEach, describe, expect, it } from 'vitest';
import { referenceRegister } from '../../testing/temp-register';
import { actJournal, journalCsv, osUser, sessionJournal, setJournalAuthor, startBulk } from './journal';
import { onPostgres } from '../../testing/engine';

let cleanup = () => {};
afterEach(() => cleanup());

/**
 * The reference register, then an act written by hand. A SQLite file journals its import in one
 * entry (its row triggers set aside for it); a shared register journals every row of it too, since
 * its server journals any client's writes without exception: those entries are left out here.
 */
function seeded() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  // The test's superuser sets the journal's append-only rule aside (replica role) to drop them.
  if (onPostgres) r.db.exec("SET session_replication_role = replica; DELETE FROM journal WHERE subject <> 'import'; SET session_replication_role = origin");
  setJournalAuthor(r.db, 'secretariat');
  r.db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE; "EN" PRÉPARATION', '{"kind":"unanimity"}')`);
  r.db.exec("UPDATE acts SET transmission_date = '2023-10-17' WHERE number = 99");
  r.db.exec('UPDATE acts SET number = 100 WHERE number = 99');
  return r.db;
}

describe('journal service', () => {
  it("lists an act's entries newest first, following the act through its renumbering", () => {
    const db = seeded();
    expect(actJournal(db, 'CP', '2023-10-16', 'G100').map((e) => [e.subject, e.act, e.before, e.after, e.author])).toEqual([
      ['numéro', 'G100', 'G99', 'G100', 'secretariat'],
      ['dates', 'G99', 'transmission : —', 'transmission : 17/10/2023', 'secretariat'],
      ['acte', 'G99', null, 'acte créé : ACTE; "EN" PRÉPARATION', 'secretariat'],
    ]);
    expect(actJournal(db, 'CP', '2023-10-16', 'G25')).toEqual([]);
  });

  it('lists a session (acts included) or the whole register, and names what it cannot find', () => {
    const db = seeded();
    expect(sessionJournal(db, { body: 'CP', date: '2023-10-16' }).map((e) => e.subject)).toEqual(['numéro', 'dates', 'acte', 'import']);
    expect(sessionJournal(db)).toHaveLength(4);
    expect(() => sessionJournal(db, { body: 'CD', date: '2023-10-16' })).toThrow('Aucune séance CD le 16 octobre 2023 dans ce registre.');
    expect(() => actJournal(db, 'CP', '2023-10-16', 'G5')).toThrow("L'acte G5 n'existe pas dans la séance du 16 octobre 2023.");
  });

  it('exports a CSV for a spreadsheet: BOM, « ; », French headers, oldest first, quoted fields', () => {
    const db = seeded();
    const text = journalCsv(db, {}).bytes.toString('utf8');
    expect(text.startsWith('\uFEFFQuand (UTC);Qui;Organe;Séance;Acte;Quoi;Avant;Après\r\n')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    // The import's author: the app's (none set yet) in a file, the connected role on a server.
    const importer = onPostgres ? 'postgres' : 'inconnu';
    expect(lines[1]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z;${importer};CP;2023-10-16;;import;;séance importée : 16 actes, 46 membres$`));
    expect(lines[2]).toMatch(/;secretariat;CP;2023-10-16;G99;acte;;"acte créé : ACTE; ""EN"" PRÉPARATION"$/);
    expect(lines[4]).toMatch(/;G100;numéro;G99;G100$/);
  });

  it('sets the row triggers aside only inside a transaction, and knows the OS user', () => {
    const db = seeded();
    expect(() => startBulk(db)).toThrow(/hors transaction/);
    expect(osUser()).not.toBe('');
  });
});
