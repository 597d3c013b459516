import type { Migration } from '../migration';

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

const SESSION_SEALED =
  'Séance verrouillée : un de ses actes a quitté le secrétariat (transmis, exécutoire, publié ou signé) et imprime ' +
  'sa date, son heure, son lieu, sa présidence et sa certification ; elles ne peuvent plus changer.';

/** An act of session `id` has left the secretariat: what it printed can no longer change. */
const actOut = (id: string) =>
  `EXISTS (SELECT 1 FROM acts a WHERE a.session_id = ${id} AND (a.transmission_date IS NOT NULL OR a.legality_reception_date IS NOT NULL
    OR a.executory_date IS NOT NULL OR a.online_date IS NOT NULL OR EXISTS (SELECT 1 FROM signatures g WHERE g.act_id = a.id)))`;

const who = `(SELECT author FROM journal_context WHERE id = 1)`;
const frDate = (d: string) => `substr(${d}, 9, 2) || '/' || substr(${d}, 6, 2) || '/' || substr(${d}, 1, 4)`;

/**
 * Session details edited from the application:
 * - a session's details (date, time, place, président, certification) are sealed in SQL once one
 *   of its acts has left the secretariat (its extracts print them) — transmitted or online already,
 *   not only executory or signed as the seals of 0008 have it;
 * - the journal records a change of certification and the deletion of a session (written before the
 *   row goes); named journal_session_…, not journal_row_…, so that a bulk change keeps them.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'session-details',
  sql: `
CREATE TRIGGER sessions_sent_update BEFORE UPDATE ON sessions
WHEN ${actOut('OLD.id')} AND (NEW.date IS NOT OLD.date OR NEW.time IS NOT OLD.time OR NEW.place IS NOT OLD.place
  OR NEW.president_id IS NOT OLD.president_id OR NEW.certifier_formula IS NOT OLD.certifier_formula
  OR NEW.certifier_quality IS NOT OLD.certifier_quality OR NEW.certifier_name IS NOT OLD.certifier_name OR NEW.body_id IS NOT OLD.body_id)
BEGIN
  SELECT RAISE(ABORT, ${sqlText(SESSION_SEALED)});
END;

CREATE TRIGGER journal_session_certifier AFTER UPDATE OF certifier_formula, certifier_quality, certifier_name ON sessions
WHEN NEW.certifier_formula IS NOT OLD.certifier_formula OR NEW.certifier_quality IS NOT OLD.certifier_quality OR NEW.certifier_name IS NOT OLD.certifier_name
BEGIN
  INSERT INTO journal (author, session_id, body, session_date, subject, before, after)
  SELECT ${who}, NEW.id, b.code, NEW.date, 'séance',
    'certification : ' || OLD.certifier_formula || ' ' || OLD.certifier_quality || ' ' || OLD.certifier_name,
    'certification : ' || NEW.certifier_formula || ' ' || NEW.certifier_quality || ' ' || NEW.certifier_name
  FROM bodies b WHERE b.id = NEW.body_id;
END;

CREATE TRIGGER journal_session_delete BEFORE DELETE ON sessions
BEGIN
  INSERT INTO journal (author, session_id, body, session_date, subject, before, after)
  SELECT ${who}, OLD.id, b.code, OLD.date, 'séance', ${frDate('OLD.date')} || ' à ' || OLD.time || ', ' || OLD.place, 'séance supprimée'
  FROM bodies b WHERE b.id = OLD.body_id;
END;

`,
};
