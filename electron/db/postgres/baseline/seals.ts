import { refuse, rowTrigger, same } from '../step';

/*
 * The seals of migrations 0001, 0003, 0005, 0008, 0010, 0011 and 0012, one PL/pgSQL trigger for
 * each SQLite trigger, under the same name and with the same French message, so that any client
 * (psql, another tool, the app) is refused the same way. SQLite's `INSERT OR REPLACE` is
 * PostgreSQL's `INSERT … ON CONFLICT DO UPDATE`: its BEFORE INSERT trigger fires first (the
 * …_replace triggers below refuse an insert whose key meets a sealed row), then, on a conflict, the
 * UPDATE triggers. TRUNCATE, which fires no row trigger, is refused on every table (copying.ts).
 */

// 0003: the columns of an executory act that never change (the AR date, matière and classification date may be filled once).
const FROZEN_COLUMNS = [
  'id', 'session_id', 'number', 'object', 'service_code_lines', 'examination_sentence', 'presiding_id', 'visas', 'considerants',
  'decisions', 'decision_notes', 'outcome', 'annexes', 'internal_id', 'nature', 'executory_date', 'online_date', 'transmission_date',
  'corrects_act_id',
];
// 0005: what the signed extract shows; and what happens to the act after its signature (filled once, from empty).
const SIGNED_COLUMNS = [
  'id', 'session_id', 'number', 'object', 'service_code_lines', 'examination_sentence', 'presiding_id', 'visas', 'considerants',
  'decisions', 'decision_notes', 'outcome', 'annexes', 'internal_id', 'nature', 'corrects_act_id',
];
const LIFE_COLUMNS = ['transmission_date', 'online_date', 'executory_date', 'legality_reception_date', 'subject_code', 'classification_date'];
// 0008
const SESSION_COLUMNS = ['body_id', 'date', 'time', 'place', 'president_id', 'certifier_formula', 'certifier_quality', 'certifier_name'];
const MEMBER_COLUMNS = ['civility', 'first_name', 'last_name'];
const BODY_COLUMNS = ['code', 'name', 'heading', 'assembly', 'series'];
const COLLECTIVITY_COLUMNS = ['department_code', 'siren'];
const RECUEIL_COLUMNS = ['session_id', 'title', 'year', 'number', 'publication_date', 'section', 'back_cover'];

const LOCK =
  "Acte exécutoire verrouillé : un acte dont la date exécutoire est renseignée ne peut plus être modifié ni supprimé ; " +
  "pour le corriger, créez un nouvel acte qui cite celui qu'il corrige (corrects_act_id).";
const ATTENDANCE_LOCK =
  'Acte exécutoire verrouillé : les présences, pouvoirs et retraits d’un acte exécutoire ne peuvent plus être modifiés ; ' +
  'pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';
const SIGNED =
  'Acte signé verrouillé : un acte dont l’extrait a été signé électroniquement ne peut plus être modifié ni supprimé ; ' +
  'pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';
const SIGNED_ATTENDANCE =
  'Acte signé verrouillé : les présences, pouvoirs et retraits d’un acte signé ne peuvent plus être modifiés ; ' +
  'pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';
const SIGNATURE = 'Signature enregistrée : la signature d’un acte ne peut être ni modifiée ni supprimée.';
const JOURNAL = 'Journal des modifications : une entrée du journal ne peut être ni modifiée ni supprimée.';
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
const SESSION_SENT =
  'Séance verrouillée : un de ses actes a quitté le secrétariat (transmis, exécutoire, publié ou signé) et imprime ' +
  'sa date, son heure, son lieu, sa présidence et sa certification ; elles ne peuvent plus changer.';
const ANNEX =
  'Annexe verrouillée : les annexes d’un acte qui a quitté le secrétariat (signé, transmis, exécutoire ou publié) ne peuvent plus être ' +
  'ajoutées, modifiées ni retirées ; pour le corriger, créez un nouvel acte qui cite celui qu’il corrige.';
const PAPER = 'Pièces papier verrouillées : la mention des pièces envoyées par courrier d’un acte qui a quitté le secrétariat ne peut plus changer.';
const TEMPLATE_SEALED =
  "Modèle d'émission : l'acte a quitté le secrétariat (signé, transmis ou exécutoire) ; le modèle avec lequel il a été émis ne change plus.";
const TEMPLATE_NO_UPDATE = "Modèle d'émission : un modèle gardé avec un acte n'est jamais modifié.";
const NUMBER_REUSED = 'Numéro déjà utilisé : un numéro donné une fois dans une séance ne l’est jamais une seconde fois, même après une renumérotation.';

/** A trigger refusing the write with `message` when the PL/pgSQL condition `when` holds. */
const seal = (name: string, events: string, table: string, when: string, message: string) =>
  rowTrigger(name, 'BEFORE', events, table, `IF ${when} THEN
      ${refuse(message)}
    END IF;`);

type SealWhen = Partial<Record<'replace' | 'insert' | 'update' | 'delete', string>>;

/** The triggers `<table>_sealed_<kind>` of one table (replace and insert: before INSERT), refusing with `message`. */
const sealedTable = (table: string, message: string, when: SealWhen) =>
  (Object.entries(when) as [keyof SealWhen, string][])
    .map(([kind, condition]) => seal(`${table}_sealed_${kind}`, kind === 'replace' || kind === 'insert' ? 'INSERT' : kind.toUpperCase(), table, condition, message))
    .join('\n');

const differs = (columns: readonly string[], row = 'OLD') => `NOT (${same(columns, row)})`;

/** The number ledger (0001): every number given in a session is recorded; a used one is refused in French. */
const ledger = () => `IF EXISTS (SELECT 1 FROM act_numbers_used WHERE session_id = NEW.session_id AND number = NEW.number) THEN
      ${refuse(NUMBER_REUSED)}
    END IF;
    INSERT INTO act_numbers_used (session_id, number) VALUES (NEW.session_id, NEW.number);`;

export const SEALS = `
${rowTrigger('acts_number_on_insert', 'AFTER', 'INSERT', 'acts', ledger())}
${rowTrigger('acts_number_on_update', 'AFTER', 'UPDATE OF number', 'acts', `IF NEW.number <> OLD.number THEN
    ${ledger()}
    END IF;`)}

${seal(
  'acts_locked_update',
  'UPDATE',
  'acts',
  `OLD.executory_date IS NOT NULL AND NOT (
      ${same(FROZEN_COLUMNS)}
      AND (NEW.legality_reception_date IS NOT DISTINCT FROM OLD.legality_reception_date
        OR (OLD.legality_reception_date IS NULL AND NEW.legality_reception_date COLLATE "C" <= OLD.executory_date))
      AND (NEW.subject_code IS NOT DISTINCT FROM OLD.subject_code OR OLD.subject_code IS NULL)
      AND (NEW.classification_date IS NOT DISTINCT FROM OLD.classification_date OR OLD.classification_date IS NULL))`,
  LOCK,
)}
${seal('acts_locked_delete', 'DELETE', 'acts', 'OLD.executory_date IS NOT NULL', LOCK)}
${seal('act_attendance_locked_insert', 'INSERT', 'act_attendance', '(SELECT executory_date FROM acts WHERE id = NEW.act_id) IS NOT NULL', ATTENDANCE_LOCK)}
${seal(
  'act_attendance_locked_update',
  'UPDATE',
  'act_attendance',
  '(SELECT executory_date FROM acts WHERE id = OLD.act_id) IS NOT NULL OR (SELECT executory_date FROM acts WHERE id = NEW.act_id) IS NOT NULL',
  ATTENDANCE_LOCK,
)}
${seal('act_attendance_locked_delete', 'DELETE', 'act_attendance', '(SELECT executory_date FROM acts WHERE id = OLD.act_id) IS NOT NULL', ATTENDANCE_LOCK)}

${seal(
  'acts_signed_update',
  'UPDATE',
  'acts',
  `EXISTS (SELECT 1 FROM signatures WHERE act_id = OLD.id) AND NOT (
      ${same(SIGNED_COLUMNS)}
      AND ${LIFE_COLUMNS.map((c) => `(NEW.${c} IS NOT DISTINCT FROM OLD.${c} OR OLD.${c} IS NULL)`).join('\n      AND ')})`,
  SIGNED,
)}
${seal('acts_signed_delete', 'DELETE', 'acts', 'EXISTS (SELECT 1 FROM signatures WHERE act_id = OLD.id)', SIGNED)}
${seal('act_attendance_signed_insert', 'INSERT', 'act_attendance', 'EXISTS (SELECT 1 FROM signatures WHERE act_id = NEW.act_id)', SIGNED_ATTENDANCE)}
${seal('act_attendance_signed_update', 'UPDATE', 'act_attendance', 'EXISTS (SELECT 1 FROM signatures WHERE act_id IN (OLD.act_id, NEW.act_id))', SIGNED_ATTENDANCE)}
${seal('act_attendance_signed_delete', 'DELETE', 'act_attendance', 'EXISTS (SELECT 1 FROM signatures WHERE act_id = OLD.act_id)', SIGNED_ATTENDANCE)}
${seal('signatures_no_update', 'UPDATE', 'signatures', 'true', SIGNATURE)}
${seal('signatures_no_delete', 'DELETE', 'signatures', 'true', SIGNATURE)}

${seal('journal_no_update', 'UPDATE', 'journal', 'true', JOURNAL)}
${seal('journal_no_delete', 'DELETE', 'journal', 'true', JOURNAL)}

${seal(
  'acts_sealed_replace',
  'INSERT',
  'acts',
  'EXISTS (SELECT 1 FROM acts ra WHERE (ra.id = NEW.id OR (ra.session_id = NEW.session_id AND ra.number = NEW.number)) AND registre_act_sealed(ra.id))',
  REPLACE_ACT,
)}
${seal('signatures_sealed_replace', 'INSERT', 'signatures', 'EXISTS (SELECT 1 FROM signatures WHERE id = NEW.id OR act_id = NEW.act_id)', REPLACE_SIGNATURE)}
${seal('journal_sealed_replace', 'INSERT', 'journal', 'EXISTS (SELECT 1 FROM journal WHERE id = NEW.id)', REPLACE_JOURNAL)}

${sealedTable('sessions', SESSION, {
  replace: 'EXISTS (SELECT 1 FROM sessions o WHERE (o.id = NEW.id OR (o.body_id = NEW.body_id AND o.date = NEW.date)) AND registre_session_sealed(o.id))',
  update: `registre_session_sealed(OLD.id) AND (NEW.id IS DISTINCT FROM OLD.id OR ${differs(SESSION_COLUMNS)})`,
  delete: 'registre_session_sealed(OLD.id)',
})}
${sealedTable('session_members', ROSTER, {
  insert: 'registre_session_sealed(NEW.session_id)',
  update: 'registre_session_sealed(OLD.session_id) OR registre_session_sealed(NEW.session_id)',
  delete: 'registre_session_sealed(OLD.session_id)',
})}
${sealedTable('members', MEMBER, {
  replace: `EXISTS (SELECT 1 FROM members o WHERE (o.id = NEW.id OR (o.civility = NEW.civility AND o.first_name = NEW.first_name AND o.last_name = NEW.last_name))
      AND (o.id IS DISTINCT FROM NEW.id OR ${differs(MEMBER_COLUMNS, 'o')}) AND registre_member_sealed(o.id))`,
  update: `(NEW.id IS DISTINCT FROM OLD.id OR ${differs(MEMBER_COLUMNS)}) AND registre_member_sealed(OLD.id)`,
  delete: 'registre_member_sealed(OLD.id)',
})}
${sealedTable('bodies', BODY, {
  replace: `EXISTS (SELECT 1 FROM bodies o WHERE (o.id = NEW.id OR o.code = NEW.code OR o.series = NEW.series)
      AND (o.id IS DISTINCT FROM NEW.id OR ${differs(BODY_COLUMNS, 'o')}) AND registre_body_sealed(o.id))`,
  update: `(NEW.id IS DISTINCT FROM OLD.id OR ${differs(BODY_COLUMNS)}) AND registre_body_sealed(OLD.id)`,
  delete: 'registre_body_sealed(OLD.id)',
})}
${sealedTable('collectivity', COLLECTIVITY, {
  replace: `EXISTS (SELECT 1 FROM collectivity o WHERE o.id = NEW.id AND ${differs(COLLECTIVITY_COLUMNS, 'o')}) AND registre_any_sealed()`,
  update: `(NEW.id IS DISTINCT FROM OLD.id OR ${differs(COLLECTIVITY_COLUMNS)}) AND registre_any_sealed()`,
  delete: 'registre_any_sealed()',
})}
${sealedTable('conventions', CONVENTION, {
  replace: 'EXISTS (SELECT 1 FROM conventions o WHERE (o.id = NEW.id OR o.number = NEW.number) AND registre_act_sealed(o.act_id))',
  update: 'registre_act_sealed(OLD.act_id) OR registre_act_sealed(NEW.act_id)',
  delete: 'registre_act_sealed(OLD.act_id)',
})}
${sealedTable('recueils', RECUEIL, {
  replace: `EXISTS (SELECT 1 FROM recueils o WHERE (o.id = NEW.id OR o.session_id = NEW.session_id OR (o.year = NEW.year AND o.number = NEW.number))
      AND registre_session_sealed(o.session_id))`,
  update: `(NEW.id IS DISTINCT FROM OLD.id OR ${differs(RECUEIL_COLUMNS)}) AND registre_session_sealed(OLD.session_id)`,
  delete: 'registre_session_sealed(OLD.session_id)',
})}
${sealedTable('act_numbers_used', NUMBERS, {
  update: 'registre_session_sealed(OLD.session_id) OR registre_session_sealed(NEW.session_id)',
  delete: 'registre_session_sealed(OLD.session_id)',
})}

${seal(
  'sessions_sent_update',
  'UPDATE',
  'sessions',
  `registre_session_out(OLD.id) AND (${differs(SESSION_COLUMNS)})`,
  SESSION_SENT,
)}

${sealedTable('act_annexes', ANNEX, {
  insert: 'registre_act_out(NEW.act_id)',
  update: 'registre_act_out(OLD.act_id) OR registre_act_out(NEW.act_id)',
  delete: 'registre_act_out(OLD.act_id)',
})}
${sealedTable('act_paper_pieces', PAPER, { insert: 'registre_act_out(NEW.act_id)', update: 'true', delete: 'registre_act_out(OLD.act_id)' })}

${seal('act_templates_sealed_insert', 'INSERT', 'act_templates', 'registre_act_issued(NEW.act_id)', TEMPLATE_SEALED)}
${seal('act_templates_no_update', 'UPDATE', 'act_templates', 'true', TEMPLATE_NO_UPDATE)}
${seal('act_templates_sealed_delete', 'DELETE', 'act_templates', 'registre_act_issued(OLD.act_id)', TEMPLATE_SEALED)}
`;
