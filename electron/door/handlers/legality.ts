import type { LEGALITY_CHANNELS } from '../../../shared/contract/channels/legality';
import { correctAct } from '../../services/editing/act-correct';
import { actReference, setActReference } from '../../services/editing/act-reference';
import { importAcknowledgements, recordOnline, recordTransmission, sessionLegality } from '../../services/ctes/legality-session';
import type { Handlers } from './handler';

export const LEGALITY_HANDLERS: Handlers<typeof LEGALITY_CHANNELS> = {
  'act:reference': (db, { body, date, act }) => actReference(db, body, date, act),
  'act:set-reference': (db, input) => setActReference(db, input),
  'act:correct': (db, input) => correctAct(db, input),
  'legality:session': (db, { body, date }) => sessionLegality(db, body, date),
  'legality:transmit': (db, input, now) => recordTransmission(db, input, now),
  'legality:online': (db, input, now) => recordOnline(db, input, now),
  'legality:acknowledgements': (db, { files }, now) => importAcknowledgements(db, files, now),
};
