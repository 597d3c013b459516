import type { JournalEntryView } from '../../../shared/contract/channels/register';
import type { BodyCode } from '../../../shared/domain/body';
import { BODY_CODES } from '../../../shared/domain/body';
import { validationError } from '../../../shared/domain/errors';
import { parseIsoDate } from '../../../shared/rules/french-dates';
import { actJournal, journalCsvParts, sessionJournal } from '../../services/journal/journal';
import type { CommandCode } from '../command';
import { parseCommand } from '../args';
import { writeOutputParts } from '../output';

/** "CP:2023-10-16" → the body and the date of a session. */
function session(text: string): { body: BodyCode; date: string } {
  const [code = '', date = ''] = text.split(':');
  const body = code.toUpperCase();
  if (!(BODY_CODES as readonly string[]).includes(body) || date === '') {
    throw validationError(`Option --seance : « ${text} » invalide ; attendu ORGANE:AAAA-MM-JJ, par exemple CP:2023-10-16.`, 'seance');
  }
  return { body: body as BodyCode, date: parseIsoDate(date, '--seance') };
}

const line = (e: JournalEntryView) =>
  `${e.at} ${e.author} — ${[e.body, e.sessionDate, e.act].filter((x) => x !== null).join(' ')} — ${e.subject} : ${e.before ?? '—'} → ${e.after ?? '—'}`;

export const journalCommand: CommandCode = {
  async run(argv, { readDb, out }) {
    const { values } = parseCommand(argv, { seance: { type: 'string' }, acte: { type: 'string' }, csv: { type: 'string' } });
    const where = typeof values.seance === 'string' ? session(values.seance) : undefined;
    const act = typeof values.acte === 'string' ? values.acte : undefined;
    if (act !== undefined && where === undefined) throw validationError('Option --acte : précisez aussi la séance, --seance CP:AAAA-MM-JJ.', 'acte');
    const db = await readDb();
    if (typeof values.csv === 'string') {
      // Written as the journal is read, row by row: years of entries are never held whole.
      const { parts, written } = journalCsvParts(db, { ...where, act });
      writeOutputParts(values.csv, parts);
      out(`${written.entries} entrée(s) du journal écrites dans ${values.csv}.`);
      return;
    }
    const entries = where !== undefined && act !== undefined ? actJournal(db, where.body, where.date, act) : sessionJournal(db, where);
    out(entries.length === 0 ? 'Aucune modification enregistrée.' : entries.map(line).join('\n'));
  },
};
