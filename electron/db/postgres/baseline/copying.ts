import { refuse } from '../step';
import { REGISTER_TABLES } from './tables';

const NOT_EMPTY =
  'Copie refusée : la base PostgreSQL contient déjà des données du registre ; une copie ne se fait que dans un registre vide (registre init).';
const NOT_ENDED = 'Copie inachevée : la transaction de copie doit appeler registre_end_copy() avant de valider.';
const NO_CHANGE = 'Copie : une copie en cours ne peut pas être modifiée.';
const NO_TRUNCATE =
  'Registre : TRUNCATE est refusé sur les tables du registre (il passerait outre les verrous et le journal) ; supprimez les lignes par DELETE.';

/**
 * Copying a register in (registre copy --to postgres://…) writes executory and signed acts with
 * their sealed rows and their journal as they are: the seals would refuse the attendance of an
 * executory act, and the journal triggers would write entries the journal being copied already
 * holds. So every seal and journal trigger does nothing while registre_copying() holds, which is
 * true only inside the one transaction that registered itself in `registre_copy`, and only if:
 *
 * - that transaction found every register table EMPTY when it began the copy (checked under an
 *   EXCLUSIVE lock of every table, held until it ends: no other writer in between) — so the
 *   bypass can never unseal, rewrite or drop a row that existed before; it only lets a new
 *   register be written whole, which whoever may create the register can do anyway;
 * - its row in `registre_copy` is keyed by its own transaction id, which no other transaction
 *   has; the row cannot be updated, and a deferred check refuses to commit while it remains —
 *   the copy deletes it (registre_end_copy) before committing, so no bypass is ever committed.
 *
 * A session setting (SET registre.copying) was rejected: any client could set it and unseal an
 * existing register. Inserting parents before children was rejected too: an executory act's
 * attendance can never be inserted once the act exists, and the journal triggers would write.
 */
export const COPYING = `
CREATE TABLE registre_copy (xact bigint PRIMARY KEY);

CREATE FUNCTION registre_copying() RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM registre_copy WHERE xact = txid_current_if_assigned())
$fn$;

CREATE FUNCTION registre_copy_begin_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW.xact IS DISTINCT FROM txid_current() THEN
    RAISE EXCEPTION USING MESSAGE = 'Copie : seule la transaction en cours peut s''inscrire.', ERRCODE = 'RG001';
  END IF;
  LOCK TABLE ${REGISTER_TABLES.join(', ')} IN EXCLUSIVE MODE;
  IF ${REGISTER_TABLES.map((t) => `EXISTS (SELECT 1 FROM ${t})`).join('\n    OR ')} THEN
    ${refuse(NOT_EMPTY)}
  END IF;
  RETURN NEW;
END $fn$;
CREATE TRIGGER registre_copy_begin BEFORE INSERT ON registre_copy FOR EACH ROW EXECUTE FUNCTION registre_copy_begin_fn();

CREATE FUNCTION registre_copy_no_update_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  ${refuse(NO_CHANGE)}
END $fn$;
CREATE TRIGGER registre_copy_no_update BEFORE UPDATE ON registre_copy FOR EACH ROW EXECUTE FUNCTION registre_copy_no_update_fn();

CREATE FUNCTION registre_copy_ended_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF EXISTS (SELECT 1 FROM registre_copy WHERE xact = NEW.xact) THEN
    ${refuse(NOT_ENDED)}
  END IF;
  RETURN NULL;
END $fn$;
CREATE CONSTRAINT TRIGGER registre_copy_ended AFTER INSERT ON registre_copy DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION registre_copy_ended_fn();

CREATE FUNCTION registre_begin_copy() RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO registre_copy (xact) VALUES (txid_current())
$fn$;
CREATE FUNCTION registre_end_copy() RETURNS void LANGUAGE sql AS $fn$
  DELETE FROM registre_copy WHERE xact = txid_current()
$fn$;

CREATE FUNCTION registre_no_truncate_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NOT registre_copying() THEN
    ${refuse(NO_TRUNCATE)}
  END IF;
  RETURN NULL;
END $fn$;
${REGISTER_TABLES.map((t) => `CREATE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON ${t} FOR EACH STATEMENT EXECUTE FUNCTION registre_no_truncate_fn();`).join('\n')}
`;
