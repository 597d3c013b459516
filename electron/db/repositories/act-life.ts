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
