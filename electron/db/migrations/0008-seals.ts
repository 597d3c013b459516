import type { Migration } from '../migration';

/*
 * An act is sealed once it is executory (0003) or signed (0005). Its documents print more than its
 * own row: the session (date, time, place, président, certification), its roster and default
 * attendance, the members' names, the body's headings, the collectivity's @ctes identity, its conventions, the
 * recueil that publishes it and the numbers used in its session. Each of these rows is sealed here
 * as soon as one act that prints it is sealed, whatever the caller.
 */

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** An act (by id expression) that is executory or signed. */
const actSealed = (id: string) =>
  `((SELECT executory_date FROM acts WHERE id = ${id}) IS NOT NULL OR EXISTS (SELECT 1 FROM signatures WHERE act_id = ${id}))`;

/** The acts of a session (by id expression), one of them executory or signed. */
const sessionSealed = (id: string) =>
  `EXISTS (SELECT 1 FROM acts sa WHERE sa.session_id = ${id} AND (sa.executory_date IS NOT NULL OR EXISTS (SELECT 1 FROM signatures sg WHERE sg.act_id = sa.id)))`;

const anySealed = 'EXISTS (SELECT 1 FROM acts sa WHERE sa.executory_date IS NOT NULL) OR EXISTS (SELECT 1 FROM signatures)';

/** A member printed by a sealed act: in its session's roster, presiding it or signing it. */
const memberSealed = (id: string) =>
  `(EXISTS (SELECT 1 FROM session_members sm WHERE sm.member_id = ${id} AND ${sessionSealed('sm.session_id')})
    OR EXISTS (SELECT 1 FROM acts pa WHERE pa.presiding_id = ${id} AND ${actSealed('pa.id')})
    OR EXISTS (SELECT 1 FROM signatures ps WHERE ps.signer_member_id = ${id}))`;

const bodySealed = (id: string) => `EXISTS (SELECT 1 FROM sessions bs WHERE bs.body_id = ${id} AND ${sessionSealed('bs.id')})`;

const differs = (columns: readonly string[], row: string) => `NOT (${columns.map((c) => `${row}.${c} IS NEW.${c}`).join(' AND ')})`;

const SESSION_COLUMNS = ['body_id', 'date', 'time', 'place', 'president_id', 'certifier_formula', 'certifier_quality', 'certifier_name'];
const MEMBER_COLUMNS = ['civility', 'first_name', 'last_name'];
const BODY_COLUMNS = ['code', 'name', 'heading', 'assembly', 'series'];
// The name and the publication site stay correctable (Paramètres); the @ctes reference printed on
// every act is made of the département code and the SIREN.
const COLLECTIVITY_COLUMNS = ['department_code', 'siren'];
const RECUEIL_COLUMNS = ['session_id', 'title', 'year', 'number', 'publication_date', 'section', 'back_cover'];

const REPLACE_ACT = 'Acte verrouillé : un acte exécutoire ou signé ne peut pas être remplacé (INSERT OR REPLACE) ; créez un nouvel acte qui cite celui qu’il corrige.';
const REPLACE_SIGNATURE = 'Signature enregistrée : la signature d’un acte ne peut être ni remplacée, ni modifiée, ni supprimée.';
const REPLACE_JOURNAL = 'Journal des modifications : une entrée du journal ne peut être ni remplacée, ni modifiée, ni supprimée.';
const SESSION = 'Séance verrouillée : la date, l’heure, le lieu, le président et la certification d’une séance dont un acte est exécutoire ou signé ne peuvent plus changer.';
const ROSTER = 'Séance verrouillée : la liste des membres et les présences par défaut d’une séance dont un acte est exécutoire ou signé ne peuvent plus changer.';
const MEMBER = 'Membre verrouillé : le nom d’un membre imprimé dans un acte exécutoire ou signé ne peut plus changer.';
const BODY = 'Instance verrouillée : le nom et les intitulés d’une instance dont un acte est exécutoire ou signé ne peuvent plus changer.';
const COLLECTIVITY = 'Collectivité verrouillée : le code département et le SIREN imprimés dans la référence des actes exécutoires ou signés ne peuvent plus changer.';
const CONVENTION = 'Convention verrouillée : la convention d’un acte exécutoire ou signé ne peut plus être modifiée ni supprimée.';
const RECUEIL = 'Recueil verrouillé : le recueil d’une séance dont un acte est exécutoire ou signé ne peut plus être modifié ni supprimé.';
const NUMBERS = 'Numéros verrouillés : les numéros utilisés d’une séance dont un acte est exécutoire ou signé ne peuvent plus être modifiés ni supprimés.';

const trigger = (name: string, on: string, when: string, message: string) => `
CREATE TRIGGER ${name} ${on}
WHEN ${when}
BEGIN
  SELECT RAISE(ABORT, ${sqlText(message)});
END;`;

/**
 * Seals: `INSERT OR REPLACE` (which deletes the conflicting row without firing its DELETE
 * triggers) can no longer replace a sealed act, a signature or a journal entry, nor change what a
 * sealed act prints; and every row a sealed act's documents print is frozen (UPDATE, DELETE, and
 * INSERT where a new row would change them). An upsert that writes the same values stays allowed.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'seals',
  sql: `
${trigger(
  'acts_sealed_replace',
  'BEFORE INSERT ON acts',
  `EXISTS (SELECT 1 FROM acts ra WHERE (ra.id = NEW.id OR (ra.session_id = NEW.session_id AND ra.number = NEW.number)) AND ${actSealed('ra.id')})`,
  REPLACE_ACT,
)}
${trigger('signatures_sealed_replace', 'BEFORE INSERT ON signatures', 'EXISTS (SELECT 1 FROM signatures WHERE id = NEW.id OR act_id = NEW.act_id)', REPLACE_SIGNATURE)}
${trigger('journal_sealed_replace', 'BEFORE INSERT ON journal', 'EXISTS (SELECT 1 FROM journal WHERE id = NEW.id)', REPLACE_JOURNAL)}

${trigger(
  'sessions_sealed_replace',
  'BEFORE INSERT ON sessions',
  `EXISTS (SELECT 1 FROM sessions o WHERE (o.id = NEW.id OR (o.body_id = NEW.body_id AND o.date = NEW.date)) AND ${sessionSealed('o.id')})`,
  SESSION,
)}
${trigger('sessions_sealed_update', 'BEFORE UPDATE ON sessions', `${sessionSealed('OLD.id')} AND (NEW.id IS NOT OLD.id OR ${differs(SESSION_COLUMNS, 'OLD')})`, SESSION)}
${trigger('sessions_sealed_delete', 'BEFORE DELETE ON sessions', sessionSealed('OLD.id'), SESSION)}

${trigger('session_members_sealed_insert', 'BEFORE INSERT ON session_members', sessionSealed('NEW.session_id'), ROSTER)}
${trigger('session_members_sealed_update', 'BEFORE UPDATE ON session_members', `${sessionSealed('OLD.session_id')} OR ${sessionSealed('NEW.session_id')}`, ROSTER)}
${trigger('session_members_sealed_delete', 'BEFORE DELETE ON session_members', sessionSealed('OLD.session_id'), ROSTER)}

${trigger(
  'members_sealed_replace',
  'BEFORE INSERT ON members',
  `EXISTS (SELECT 1 FROM members o WHERE (o.id = NEW.id OR (o.civility = NEW.civility AND o.first_name = NEW.first_name AND o.last_name = NEW.last_name))
     AND (o.id IS NOT NEW.id OR ${differs(MEMBER_COLUMNS, 'o')}) AND ${memberSealed('o.id')})`,
  MEMBER,
)}
${trigger('members_sealed_update', 'BEFORE UPDATE ON members', `(NEW.id IS NOT OLD.id OR ${differs(MEMBER_COLUMNS, 'OLD')}) AND ${memberSealed('OLD.id')}`, MEMBER)}
${trigger('members_sealed_delete', 'BEFORE DELETE ON members', memberSealed('OLD.id'), MEMBER)}

${trigger(
  'bodies_sealed_replace',
  'BEFORE INSERT ON bodies',
  `EXISTS (SELECT 1 FROM bodies o WHERE (o.id = NEW.id OR o.code = NEW.code OR o.series = NEW.series)
     AND (o.id IS NOT NEW.id OR ${differs(BODY_COLUMNS, 'o')}) AND ${bodySealed('o.id')})`,
  BODY,
)}
${trigger('bodies_sealed_update', 'BEFORE UPDATE ON bodies', `(NEW.id IS NOT OLD.id OR ${differs(BODY_COLUMNS, 'OLD')}) AND ${bodySealed('OLD.id')}`, BODY)}
${trigger('bodies_sealed_delete', 'BEFORE DELETE ON bodies', bodySealed('OLD.id'), BODY)}

${trigger(
  'collectivity_sealed_replace',
  'BEFORE INSERT ON collectivity',
  `EXISTS (SELECT 1 FROM collectivity o WHERE o.id = NEW.id AND ${differs(COLLECTIVITY_COLUMNS, 'o')}) AND (${anySealed})`,
  COLLECTIVITY,
)}
${trigger('collectivity_sealed_update', 'BEFORE UPDATE ON collectivity', `(NEW.id IS NOT OLD.id OR ${differs(COLLECTIVITY_COLUMNS, 'OLD')}) AND (${anySealed})`, COLLECTIVITY)}
${trigger('collectivity_sealed_delete', 'BEFORE DELETE ON collectivity', anySealed, COLLECTIVITY)}

${trigger(
  'conventions_sealed_replace',
  'BEFORE INSERT ON conventions',
  `EXISTS (SELECT 1 FROM conventions o WHERE (o.id = NEW.id OR o.number = NEW.number) AND ${actSealed('o.act_id')})`,
  CONVENTION,
)}
${trigger('conventions_sealed_update', 'BEFORE UPDATE ON conventions', `${actSealed('OLD.act_id')} OR ${actSealed('NEW.act_id')}`, CONVENTION)}
${trigger('conventions_sealed_delete', 'BEFORE DELETE ON conventions', actSealed('OLD.act_id'), CONVENTION)}

${trigger(
  'recueils_sealed_replace',
  'BEFORE INSERT ON recueils',
  `EXISTS (SELECT 1 FROM recueils o WHERE (o.id = NEW.id OR o.session_id = NEW.session_id OR (o.year = NEW.year AND o.number = NEW.number))
     AND ${sessionSealed('o.session_id')})`,
  RECUEIL,
)}
${trigger('recueils_sealed_update', 'BEFORE UPDATE ON recueils', `(NEW.id IS NOT OLD.id OR ${differs(RECUEIL_COLUMNS, 'OLD')}) AND ${sessionSealed('OLD.session_id')}`, RECUEIL)}
${trigger('recueils_sealed_delete', 'BEFORE DELETE ON recueils', sessionSealed('OLD.session_id'), RECUEIL)}

${trigger('act_numbers_used_sealed_update', 'BEFORE UPDATE ON act_numbers_used', `${sessionSealed('OLD.session_id')} OR ${sessionSealed('NEW.session_id')}`, NUMBERS)}
${trigger('act_numbers_used_sealed_delete', 'BEFORE DELETE ON act_numbers_used', sessionSealed('OLD.session_id'), NUMBERS)}
`,
};
