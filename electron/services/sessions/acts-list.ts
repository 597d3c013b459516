import type { BodyCode } from '../../../shared/domain/body';
import type { Db } from '../../db/open';
import type { ActListItem } from '../../db/repositories/acts';
import { actsBetween } from '../../db/repositories/acts';

export type { ActListItem };

/** The acts of a body for one year, by session date then number: the annual table by date. */
export function listActsOfYear(db: Db, body: BodyCode, year: number): ActListItem[] {
  return actsBetween(db, body, `${year}-01-01`, `${year}-12-31`);
}
