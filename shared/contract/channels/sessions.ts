import { body, channel, date } from '../channel';
import { isSessionTime } from '../../rules/french-dates';
import { printable } from '../printable';
import { z } from '../zod-fr';

/** A member in office on a body at a date, as the session form offers them. */
export interface MemberInOfficeView {
  id: number;
  /** "M. Jean DUPONT". */
  name: string;
  quality: string | null;
}

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} obligatoire`).max(max, `${label} : ${max} caractères au plus`).superRefine(printable);

/** Creating a session of a body. */
export const SESSION_CHANNELS = {
  'members:in-office': channel<MemberInOfficeView[]>()('membersInOffice', z.strictObject({ body, date })),
  'session:create': channel<{ body: 'CP' | 'CD'; date: string }>()(
    'createSession',
    z.strictObject({
      body,
      date,
      time: z.string().refine(isSessionTime, { error: 'heure attendue au format HH:MM, par exemple 09:30' }),
      place: text('lieu', 200),
      presidentId: z.number({ error: 'président de séance obligatoire' }).int().positive(),
      certifier: z
        .strictObject({ formula: text('formule de certification', 200), quality: text('qualité du signataire', 200), name: text('nom du signataire', 120) })
        .optional(),
    }),
  ),
};
