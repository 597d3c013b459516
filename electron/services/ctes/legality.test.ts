import { afterEach, describe, expect, it } from 'vitest';
import { errorOf } from '../../../shared/testing/error-of';
import { referenceSession, snapshot, tempRegister } from '../../testing/temp-register';
import { findAct, importAcknowledgement, recordLegalityDates } from './legality';
import { prepareRegister } from '../register/register-prepare';
import { importSession } from '../sessions/session-import';

// A day well after the reference session: its dates are all in the past.
const NOW = new Date('2024-01-10T10:00:00Z');
let cleanup = () => {};
afterEach(() => cleanup());

/** The reference register, with G1 not yet transmitted nor online (so not executory). */
function register() {
  const r = tempRegister();
  cleanup = r.cleanup;
  const session = referenceSession();
  const g1 = session.acts[0]!;
  Object.assign(g1, { legalityReceptionDate: null, executoryDate: null, onlineDate: null });
  importSession(r.db, session);
  return r.db;
}

const ar = (id: string, date: string) =>
  `<?xml version="1.0" encoding="ISO-8859-1"?>
<actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" xmlns:insee="http://xml.insee.fr/schema"
  actes:IDActe="${id}" actes:DateReception="${date}">
  <actes:ActeRecu actes:Date="2023-10-16" actes:NumeroInterne="lmc172330" actes:CodeNatureActe="1"/>
  <actes:ClassificationDateVersionEnCours>2022-12-01</actes:ClassificationDateVersionEnCours>
</actes:ARActe>`;

const G1_ID = '083-228300018-20231016-lmc172330-DE';

describe('legality dates', () => {
  it('records the dates, computes the executory date and then locks the act', () => {
    const db = register();
    recordLegalityDates(db, 'CP', '2023-10-16', 'G1', { transmissionDate: '2023-10-18' }, NOW);
    expect(findAct(db, 'CP', '2023-10-16', 'G1').executoryDate).toBeNull();
    const done = recordLegalityDates(db, 'CP', '2023-10-16', 'G1', { onlineDate: '2023-10-20' }, NOW);
    expect(done).toMatchObject({ transmissionDate: '2023-10-18', onlineDate: '2023-10-20', executoryDate: '2023-10-20' });
    const before = snapshot(db);
    const e = errorOf(() => recordLegalityDates(db, 'CP', '2023-10-16', 'G1', { onlineDate: '2023-10-21' }, NOW));
    expect(e.type).toBe('locked');
    expect(e.message).toMatch(/^Acte G1 exécutoire depuis le 20\/10\/2023/);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a broken chronology in French, naming the act and the fields, and changes nothing', () => {
    const db = register();
    const before = snapshot(db);
    const e = errorOf(() =>
      recordLegalityDates(db, 'CP', '2023-10-16', 'G1', { transmissionDate: '2023-10-18', legalityReceptionDate: '2023-10-17' }, NOW),
    );
    expect(e.type).toBe('validation');
    expect(e.message).toBe(
      'Acte G1 : Date de réception au contrôle de légalité (17/10/2023) antérieure à la date de transmission en préfecture ' +
        "(18/10/2023) : un acte ne peut être reçu en préfecture avant d'avoir été transmis.",
    );
    expect(errorOf(() => recordLegalityDates(db, 'CP', '2023-10-16', 'G1', { onlineDate: '2023-10-15' }, NOW)).message).toMatch(
      /^Acte G1 : Date de mise en ligne \(15\/10\/2023\) antérieure à la date de la décision \(16\/10\/2023\)/,
    );
    expect(snapshot(db)).toEqual(before);
  });
});

describe('importAcknowledgement', () => {
  it('sets the reception date of the act the ARActe names', () => {
    const db = register();
    recordLegalityDates(db, 'CP', '2023-10-16', 'G1', { transmissionDate: '2023-10-17' }, NOW);
    const a = importAcknowledgement(db, ar(G1_ID, '2023-10-18'), NOW);
    expect(a.number).toBe(1);
    expect(findAct(db, 'CP', '2023-10-16', 'G1')).toMatchObject({ legalityReceptionDate: '2023-10-18', executoryDate: null });
  });

  it('fills a missing AR date on an act already executory, but never changes it', () => {
    const db = register();
    recordLegalityDates(db, 'CP', '2023-10-16', 'G1', { transmissionDate: '2023-10-17', onlineDate: '2023-10-20' }, NOW);
    importAcknowledgement(db, ar(G1_ID, '2023-10-18'), NOW);
    expect(findAct(db, 'CP', '2023-10-16', 'G1')).toMatchObject({ legalityReceptionDate: '2023-10-18', executoryDate: '2023-10-20' });
    importAcknowledgement(db, ar(G1_ID, '2023-10-18'), NOW);
    expect(errorOf(() => importAcknowledgement(db, ar(G1_ID, '2023-10-19'), NOW)).type).toBe('locked');
  });

  it('refuses a malformed or unknown AR and leaves the register unchanged', () => {
    const db = register();
    const before = snapshot(db);
    const unknown = errorOf(() => importAcknowledgement(db, ar('083-228300018-20231016-lmc999999-DE', '2023-10-18'), NOW));
    expect(unknown.type).toBe('not_found');
    expect(unknown.message).toBe(
      'Accusé de réception @ctes : aucun acte du registre n\'a l\'identifiant 083-228300018-20231016-lmc999999-DE.',
    );
    expect(errorOf(() => importAcknowledgement(db, ar('083-228300018-20231016-lmc172330', '2023-10-18'), NOW)).message).toMatch(
      /Identifiant @ctes « 083-228300018-20231016-lmc172330 » invalide/,
    );
    expect(errorOf(() => importAcknowledgement(db, ar(G1_ID, '18/10/2023'), NOW)).type).toBe('validation');
    expect(errorOf(() => importAcknowledgement(db, 'pas du XML', NOW)).message).toMatch(/^Accusé de réception @ctes : XML mal formé/);
    expect(errorOf(() => importAcknowledgement(db, ar(G1_ID, '2023-10-18').replace('</actes:ARActe>', ''), NOW)).message).toBe(
      'Accusé de réception @ctes : XML mal formé (balise <actes:ARActe> non fermée).',
    );
    expect(errorOf(() => importAcknowledgement(db, ar(G1_ID, '2023-10-18').slice(0, 200), NOW)).message).toMatch(/XML mal formé/);
    expect(errorOf(() => importAcknowledgement(db, '<ARActe IDActe="x"/>', NOW)).message).toMatch(/élément racine « ARActe » inattendu/);
    expect(errorOf(() => importAcknowledgement(db, ar('083-228300026-20231016-lmc172330-DE', '2023-10-18'), NOW)).message).toMatch(
      /n'est pas de cette collectivité/,
    );
    expect(snapshot(db)).toEqual(before);
  });
});

describe('demo register', () => {
  it('gives the reference acts a plausible @ctes matière', async () => {
    const r = tempRegister();
    cleanup = r.cleanup;
    r.db.close();
    const file = `${r.dir}/demo.sqlite`;
    const { db } = await prepareRegister(file, new Date('2026-11-24T09:00:00Z'));
    const rows = db.prepare('SELECT number, subject_code, classification_date FROM acts ORDER BY number').all();
    db.close();
    expect(rows).toContainEqual({ number: 22, subject_code: '7.3', classification_date: '2022-12-01' });
    expect(rows).toContainEqual({ number: 28, subject_code: '3.2', classification_date: '2022-12-01' });
    expect(rows).toContainEqual({ number: 1, subject_code: '3.3', classification_date: '2022-12-01' });
  });
});
