/*
 * What "sealed" means, once, as SQL functions the seals and the journal call (SQLite repeats these
 * expressions inside every trigger of 0008, 0010, 0011 and 0012). STABLE: they read the register
 * as the calling statement sees it.
 */
export const PREDICATES = `
-- Executory or signed (0008's actSealed).
CREATE FUNCTION registre_act_sealed(p_act integer) RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM acts WHERE id = p_act AND executory_date IS NOT NULL)
      OR EXISTS (SELECT 1 FROM signatures WHERE act_id = p_act)
$fn$;

-- One act of the session executory or signed (0008's sessionSealed).
CREATE FUNCTION registre_session_sealed(p_session integer) RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM acts sa WHERE sa.session_id = p_session
    AND (sa.executory_date IS NOT NULL OR EXISTS (SELECT 1 FROM signatures sg WHERE sg.act_id = sa.id)))
$fn$;

-- Any act of the register executory or signed (0008's anySealed).
CREATE FUNCTION registre_any_sealed() RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM acts WHERE executory_date IS NOT NULL) OR EXISTS (SELECT 1 FROM signatures)
$fn$;

-- A member printed by a sealed act: in its session's roster, presiding it or signing it (0008's memberSealed).
CREATE FUNCTION registre_member_sealed(p_member integer) RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM session_members sm WHERE sm.member_id = p_member AND registre_session_sealed(sm.session_id))
      OR EXISTS (SELECT 1 FROM acts pa WHERE pa.presiding_id = p_member AND registre_act_sealed(pa.id))
      OR EXISTS (SELECT 1 FROM signatures ps WHERE ps.signer_member_id = p_member)
$fn$;

CREATE FUNCTION registre_body_sealed(p_body integer) RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM sessions bs WHERE bs.body_id = p_body AND registre_session_sealed(bs.id))
$fn$;

-- The act has left the secretariat: transmitted, received, executory, online or signed (0011).
CREATE FUNCTION registre_act_out(p_act integer) RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM acts a WHERE a.id = p_act AND (a.transmission_date IS NOT NULL OR a.legality_reception_date IS NOT NULL
      OR a.executory_date IS NOT NULL OR a.online_date IS NOT NULL))
    OR EXISTS (SELECT 1 FROM signatures g WHERE g.act_id = p_act)
$fn$;

-- One act of the session has left the secretariat (0010's actOut).
CREATE FUNCTION registre_session_out(p_session integer) RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM acts a WHERE a.session_id = p_session AND registre_act_out(a.id))
$fn$;

-- Signed, executory or transmitted: its issued template is kept (0012's left).
CREATE FUNCTION registre_act_issued(p_act integer) RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT EXISTS (SELECT 1 FROM signatures WHERE act_id = p_act)
      OR EXISTS (SELECT 1 FROM acts WHERE id = p_act AND (executory_date IS NOT NULL OR transmission_date IS NOT NULL))
$fn$;
`;
