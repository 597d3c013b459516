import { addDays, formatISO } from 'date-fns';
import type { Db } from '../electron/db/open';
import { importSessionTexts } from '../electron/services/sessions/session-import';
import { referenceSession } from '../electron/testing/temp-register';

export const YEARS = 10;
export const SESSIONS_PER_YEAR = 50;
export const ACTS_PER_SESSION = 30;

/** One session file of the 10 years: its date and its text, as a user imports it. */
export interface SessionFile {
  date: string;
  text: string;
}

/**
 * The session files of a synthetic register of 10 years (500 sessions of the Commission
 * permanente, 15 000 acts, 46 members), built from the reference session, in date order.
 */
export function tenYearsSessionFiles(): SessionFile[] {
  const reference = referenceSession();
  const template = reference.acts;
  const files: SessionFile[] = [];
  for (let y = 0; y < YEARS; y++) {
    for (let s = 0; s < SESSIONS_PER_YEAR; s++) {
      const date = formatISO(addDays(new Date(2014 + y, 0, 5), s * 7), { representation: 'date' });
      // Each act keeps the reference's text and attendance, not its legality dates (of October 2023).
      const acts = Array.from({ length: ACTS_PER_SESSION }, (_, i) => ({
        ...template[i % template.length],
        number: `G${i + 1}`,
        internalId: undefined,
        legalityReceptionDate: undefined,
        executoryDate: undefined,
        onlineDate: undefined,
      }));
      const text = JSON.stringify({ ...reference, recueil: undefined, session: { ...reference.session, date }, acts });
      // Decoded from its bytes, as a file read from disk is: V8's JSON.stringify returns a string of
      // pieces (a rope) that the import's first JSON.parse would have to flatten, a cost (~0.6 s for
      // the 500 files) that no file a user imports carries.
      files.push({ date, text: Buffer.from(text, 'utf8').toString('utf8') });
    }
  }
  return files;
}

/** Fills `db` with the register of 10 years, as one `registre import` of the 500 files; returns the sessions' dates. */
export function fillTenYears(db: Db): string[] {
  const files = tenYearsSessionFiles();
  importSessionTexts(db, files.map((file) => ({ name: `${file.date}.json`, text: file.text })));
  return files.map((file) => file.date);
}
