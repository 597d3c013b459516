import type { Db } from '../open';

/** What the register knows of an act's journey outside the secretariat. */
export interface ActJourney {
  /** Sent to the préfecture: a transmission or its acknowledgement is recorded. */
  transmitted: boolean;
  signed: boolean;
}

/** The journey of every act of a session, by act id. */
export function actJourneys(db: Db, sessionId: number): Map<number, ActJourney> {
  const rows = db
    .prepare(
      `SELECT a.id, (a.transmission_date IS NOT NULL OR a.legality_reception_date IS NOT NULL) AS transmitted,
         EXISTS (SELECT 1 FROM signatures s WHERE s.act_id = a.id) AS signed
       FROM acts a WHERE a.session_id = ?`,
    )
    .all(sessionId) as { id: number; transmitted: number; signed: number }[];
  return new Map(rows.map((r) => [r.id, { transmitted: r.transmitted === 1, signed: r.signed === 1 }]));
}

/**
 * The acts that have left the secretariat (transmitted, executory, published or signed) among a
 * member's sessions, a body's, or the whole register's, e.g. ["G1 du 2023-10-16", …]: what they
 * print can no longer change.
 */
export function actsOutOfSecretariat(db: Db, of: { memberId: number } | { bodyId: number } | 'all'): string[] {
  const scope =
    of === 'all'
      ? '@id IS NULL'
      : 'memberId' in of
        ? 'EXISTS (SELECT 1 FROM session_members sm WHERE sm.session_id = s.id AND sm.member_id = @id)'
        : 's.body_id = @id';
  return db
    .prepare(
      `SELECT b.series || a.number || ' du ' || s.date FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id
       WHERE ${scope} AND (a.transmission_date IS NOT NULL OR a.legality_reception_date IS NOT NULL OR a.executory_date IS NOT NULL
         OR a.online_date IS NOT NULL OR EXISTS (SELECT 1 FROM signatures g WHERE g.act_id = a.id))
       ORDER BY s.date, a.number`,
    )
    .pluck()
    .all({ id: of === 'all' ? null : 'memberId' in of ? of.memberId : of.bodyId }) as string[];
}

/** « G1 du 2023-10-16, G2 du 2023-10-16 et 14 autres » : a few acts named, the rest counted. */
export function someActs(acts: readonly string[]): string {
  const named = acts.slice(0, 3).join(', ');
  return acts.length > 3 ? `${named} et ${acts.length - 3} autres` : named;
}
