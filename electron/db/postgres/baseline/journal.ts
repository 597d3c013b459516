import { rowTrigger } from '../step';

/*
 * The journal of migrations 0007, 0010 and 0011, written by PL/pgSQL triggers under the same names
 * and in the same words, so that every writer — the app, psql, another tool — is recorded. Who:
 * registre_author(), the session's `registre.user` when the app sets it (an app login mapped to a
 * shared role), else the PostgreSQL role connected (a role per secretary). It replaces SQLite's
 * `journal_context`, which one app instance writes for the whole file.
 */

const DATE_COLUMNS = [
  ['transmission_date', 'transmission'],
  ['legality_reception_date', 'réception en préfecture'],
  ['executory_date', 'exécutoire'],
  ['online_date', 'mise en ligne'],
] as const;

/** The changed legality dates only: "réception en préfecture : 18/10/2023 ; exécutoire : —". */
const changedDates = (row: 'NEW' | 'OLD') =>
  `substr(${DATE_COLUMNS.map(
    ([c, label]) => `CASE WHEN NEW.${c} IS DISTINCT FROM OLD.${c} THEN ' ; ${label} : ' || COALESCE(registre_fr_date(${row}.${c}), '—') ELSE '' END`,
  ).join(' || ')}, 4)`;

const presiding = (row: 'NEW' | 'OLD') => `COALESCE(registre_member_name(${row}.presiding_id), 'selon la séance (président ou ordre de préséance)')`;
const attendanceSubject = `CASE WHEN NEW.holder_id IS DISTINCT FROM OLD.holder_id THEN 'procuration' ELSE 'présence' END`;
const actEntry = (row: 'NEW' | 'OLD') => `registre_act_entry(${row}.member_id, ${row}.status, ${row}.holder_id, ${row}.basis, ${row}.reason)`;
const annexLabel = (row: 'NEW' | 'OLD') =>
  `'annexe « ' || ${row}.title || ' » (' || ${row}.file_name || ', ' || ${row}.page_count || ' p., ' || COALESCE(${row}.piece_type, 'type par défaut') || ')'`;
const place = (row: 'NEW' | 'OLD') => `registre_fr_date(${row}.date) || ' à ' || ${row}.time || ', ' || ${row}.place`;
const certification = (row: 'NEW' | 'OLD') =>
  `'certification : ' || ${row}.certifier_formula || ' ' || ${row}.certifier_quality || ' ' || ${row}.certifier_name`;

/** A journal trigger writing `write` (PL/pgSQL statements) when `when` holds. */
const journal = (name: string, when: 'BEFORE' | 'AFTER', events: string, table: string, condition: string | null, write: string) =>
  rowTrigger(name, when, events, table, condition === null ? write : `IF ${condition} THEN
      ${write}
    END IF;`);

const actRow = (act: string, subject: string, before: string, after: string) => `PERFORM registre_journal_act(${act}, ${subject}, ${before}, ${after});`;
const sessionRow = (session: string, subject: string, before: string, after: string) =>
  `PERFORM registre_journal_session(${session}, ${subject}, ${before}, ${after});`;

export const JOURNAL = `
CREATE FUNCTION registre_author() RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT COALESCE(NULLIF(trim(current_setting('registre.user', true)), ''), current_user::text)
$fn$;

CREATE FUNCTION registre_member_name(p_member integer) RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT civility || ' ' || first_name || ' ' || last_name FROM members WHERE id = p_member
$fn$;

CREATE FUNCTION registre_status_fr(p_status text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE p_status WHEN 'present' THEN 'présent' WHEN 'absent' THEN 'absent' WHEN 'excused' THEN 'excusé' WHEN 'withdrawn' THEN 'retiré' END
$fn$;

CREATE FUNCTION registre_fr_date(p_date text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT substr(p_date, 9, 2) || '/' || substr(p_date, 6, 2) || '/' || substr(p_date, 1, 4)
$fn$;

-- "M. Jean DUPONT : absent, procuration à Mme Andrée SAMAT": a member's session default.
CREATE FUNCTION registre_session_entry(p_member integer, p_status text, p_holder integer) RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT registre_member_name(p_member) || ' : ' || registre_status_fr(p_status)
    || COALESCE(', procuration à ' || registre_member_name(p_holder), '')
$fn$;

-- A member's per-act change, with the basis and the reason of a withdrawal.
CREATE FUNCTION registre_act_entry(p_member integer, p_status text, p_holder integer, p_basis text, p_reason text)
RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT registre_member_name(p_member) || ' : ' || registre_status_fr(p_status)
    || CASE p_basis WHEN 'L1111-6' THEN ' (déport, L1111-6)' WHEN 'interest' THEN ' (intérêt à l''affaire)' ELSE '' END
    || COALESCE(', procuration à ' || registre_member_name(p_holder), '') || COALESCE(' — ' || p_reason, '')
$fn$;

-- What the session says for a member of an act (what applies without a per-act change).
CREATE FUNCTION registre_session_default(p_act integer, p_member integer) RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT registre_member_name(p_member) || ' : selon la séance (' || COALESCE((
    SELECT registre_status_fr(sm.status) || COALESCE(', procuration à ' || registre_member_name(sm.holder_id), '')
    FROM acts a JOIN session_members sm ON sm.session_id = a.session_id WHERE a.id = p_act AND sm.member_id = p_member), 'hors séance') || ')'
$fn$;

CREATE FUNCTION registre_series(p_session integer) RETURNS text LANGUAGE sql STABLE AS $fn$
  SELECT b.series FROM sessions s JOIN bodies b ON b.id = s.body_id WHERE s.id = p_session
$fn$;

-- One entry about an act: its session, body and label ("G25") as they stand.
CREATE FUNCTION registre_journal_act(p_act integer, p_subject text, p_before text, p_after text) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO journal (author, session_id, body, session_date, act_id, act, subject, before, after)
  SELECT registre_author(), s.id, b.code, s.date, a.id, b.series || a.number, p_subject, p_before, p_after
  FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id WHERE a.id = p_act
$fn$;

-- One entry about a session.
CREATE FUNCTION registre_journal_session(p_session integer, p_subject text, p_before text, p_after text) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO journal (author, session_id, body, session_date, subject, before, after)
  SELECT registre_author(), s.id, b.code, s.date, p_subject, p_before, p_after
  FROM sessions s JOIN bodies b ON b.id = s.body_id WHERE s.id = p_session
$fn$;

-- The roster written with a new session is part of its creation (« séance créée »).
${journal(
  'journal_row_session_member_insert',
  'AFTER',
  'INSERT',
  'session_members',
  "(SELECT after FROM journal WHERE session_id = NEW.session_id ORDER BY id DESC LIMIT 1) IS DISTINCT FROM 'séance créée'",
  sessionRow('NEW.session_id', "'présence'", 'NULL', 'registre_session_entry(NEW.member_id, NEW.status, NEW.holder_id)'),
)}
${journal(
  'journal_row_session_member_update',
  'AFTER',
  'UPDATE OF status, holder_id',
  'session_members',
  'NEW.status IS DISTINCT FROM OLD.status OR NEW.holder_id IS DISTINCT FROM OLD.holder_id',
  sessionRow(
    'NEW.session_id',
    attendanceSubject,
    'registre_session_entry(OLD.member_id, OLD.status, OLD.holder_id)',
    'registre_session_entry(NEW.member_id, NEW.status, NEW.holder_id)',
  ),
)}
${journal(
  'journal_row_session_member_delete',
  'AFTER',
  'DELETE',
  'session_members',
  null,
  sessionRow('OLD.session_id', "'présence'", 'registre_session_entry(OLD.member_id, OLD.status, OLD.holder_id)', "'retiré de la séance'"),
)}

${journal('journal_row_act_attendance_insert', 'AFTER', 'INSERT', 'act_attendance', null, actRow('NEW.act_id', "'présence'", 'registre_session_default(NEW.act_id, NEW.member_id)', actEntry('NEW')))}
${journal(
  'journal_row_act_attendance_update',
  'AFTER',
  'UPDATE',
  'act_attendance',
  'NEW.status IS DISTINCT FROM OLD.status OR NEW.holder_id IS DISTINCT FROM OLD.holder_id OR NEW.basis IS DISTINCT FROM OLD.basis ' +
    'OR NEW.reason IS DISTINCT FROM OLD.reason OR NEW.member_id IS DISTINCT FROM OLD.member_id',
  actRow('NEW.act_id', attendanceSubject, actEntry('OLD'), actEntry('NEW')),
)}
${journal('journal_row_act_attendance_delete', 'AFTER', 'DELETE', 'act_attendance', null, actRow('OLD.act_id', "'présence'", actEntry('OLD'), 'registre_session_default(OLD.act_id, OLD.member_id)'))}

${journal('journal_row_act_insert', 'AFTER', 'INSERT', 'acts', null, actRow('NEW.id', "'acte'", 'NULL', "'acte créé : ' || NEW.object"))}
${journal(
  'journal_row_act_delete',
  'AFTER',
  'DELETE',
  'acts',
  null,
  `INSERT INTO journal (author, session_id, body, session_date, act_id, act, subject, before, after)
      SELECT registre_author(), s.id, b.code, s.date, OLD.id, b.series || OLD.number, 'acte', OLD.object, 'acte supprimé'
      FROM sessions s JOIN bodies b ON b.id = s.body_id WHERE s.id = OLD.session_id;`,
)}
${journal(
  'journal_row_act_number',
  'AFTER',
  'UPDATE OF number',
  'acts',
  'NEW.number IS DISTINCT FROM OLD.number',
  actRow('NEW.id', "'numéro'", 'registre_series(NEW.session_id) || OLD.number', 'registre_series(NEW.session_id) || NEW.number'),
)}
${journal(
  'journal_row_act_reference',
  'AFTER',
  'UPDATE OF internal_id, nature',
  'acts',
  'NEW.internal_id IS DISTINCT FROM OLD.internal_id OR NEW.nature IS DISTINCT FROM OLD.nature',
  actRow(
    'NEW.id',
    "'référence'",
    `'numéro interne : ' || COALESCE(OLD.internal_id, '—') || ' ; nature : ' || OLD.nature`,
    `'numéro interne : ' || COALESCE(NEW.internal_id, '—') || ' ; nature : ' || NEW.nature`,
  ),
)}
${journal(
  'journal_row_act_dates',
  'AFTER',
  `UPDATE OF ${DATE_COLUMNS.map(([c]) => c).join(', ')}`,
  'acts',
  DATE_COLUMNS.map(([c]) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(' OR '),
  actRow('NEW.id', "'dates'", changedDates('OLD'), changedDates('NEW')),
)}
${journal('journal_row_act_outcome', 'AFTER', 'UPDATE OF outcome', 'acts', 'NEW.outcome IS DISTINCT FROM OLD.outcome', actRow('NEW.id', "'vote'", 'OLD.outcome', 'NEW.outcome'))}
${journal(
  'journal_row_act_presiding',
  'AFTER',
  'UPDATE OF presiding_id',
  'acts',
  'NEW.presiding_id IS DISTINCT FROM OLD.presiding_id',
  actRow('NEW.id', "'présidence'", presiding('OLD'), presiding('NEW')),
)}

${journal(
  'journal_row_signature',
  'AFTER',
  'INSERT',
  'signatures',
  null,
  actRow(
    'NEW.act_id',
    "'signature'",
    'NULL',
    `'signé par ' || NEW.signer_label || ' le ' || NEW.signed_at || COALESCE(' ; délégation : ' || NEW.delegation, '') || ' ; SHA-256 ' || NEW.sha256`,
  ),
)}

${journal('journal_row_session_insert', 'AFTER', 'INSERT', 'sessions', null, sessionRow('NEW.id', "'séance'", 'NULL', "'séance créée'"))}
${journal(
  'journal_row_session_president',
  'AFTER',
  'UPDATE OF president_id',
  'sessions',
  'NEW.president_id IS DISTINCT FROM OLD.president_id',
  sessionRow('NEW.id', "'présidence'", 'registre_member_name(OLD.president_id)', 'registre_member_name(NEW.president_id)'),
)}
${journal(
  'journal_row_session_details',
  'AFTER',
  'UPDATE OF date, time, place',
  'sessions',
  'NEW.date IS DISTINCT FROM OLD.date OR NEW.time IS DISTINCT FROM OLD.time OR NEW.place IS DISTINCT FROM OLD.place',
  sessionRow('NEW.id', "'séance'", place('OLD'), place('NEW')),
)}
${journal(
  'journal_session_certifier',
  'AFTER',
  'UPDATE OF certifier_formula, certifier_quality, certifier_name',
  'sessions',
  'NEW.certifier_formula IS DISTINCT FROM OLD.certifier_formula OR NEW.certifier_quality IS DISTINCT FROM OLD.certifier_quality ' +
    'OR NEW.certifier_name IS DISTINCT FROM OLD.certifier_name',
  sessionRow('NEW.id', "'séance'", certification('OLD'), certification('NEW')),
)}
-- Written before the row goes, while its session still names its body.
${journal('journal_session_delete', 'BEFORE', 'DELETE', 'sessions', null, sessionRow('OLD.id', "'séance'", place('OLD'), "'séance supprimée'"))}

${journal('journal_act_annex_insert', 'AFTER', 'INSERT', 'act_annexes', null, actRow('NEW.act_id', "'acte'", 'NULL', `${annexLabel('NEW')} || ' jointe'`))}
-- No entry when the annex goes with its act (the act's own entry says so): registre_journal_act finds no act.
${journal('journal_act_annex_delete', 'AFTER', 'DELETE', 'act_annexes', null, actRow('OLD.act_id', "'acte'", annexLabel('OLD'), "'annexe retirée'"))}
`;
