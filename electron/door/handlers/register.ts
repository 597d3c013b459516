import type { REGISTER_CHANNELS } from '../../../shared/contract/channels/register';
import { AppError } from '../../../shared/domain/errors';
import { groupTextEdits } from '../../../shared/rules/text-edits';
import { MEDIA_TYPES } from '../../services/documents/media-types';
import { backupByName, backupViews, inspectBackup, registerFileOf } from '../../services/register/backup-catalog';
import { restoreIntoOpen } from '../../services/register/backup-restore';
import { backupRegister } from '../../services/register/backups';
import { actJournal, journalCsv, searchJournal } from '../../services/journal/journal';
import type { Handlers } from './handler';

export const REGISTER_HANDLERS: Handlers<typeof REGISTER_CHANNELS> = {
  // The act's panel: a secretary's successive saves of its text on one line (the journal keeps each).
  'journal:act': (db, { body, date, act }) => groupTextEdits(actJournal(db, body, date, act)),
  'journal:session': (db, { body, date }) => searchJournal(db, { body, date }),
  'journal:search': (db, filter) => searchJournal(db, filter),
  'journal:csv': (db, filter) => {
    const { bytes, entries } = journalCsv(db, filter);
    return { fileName: 'journal.csv', mediaType: MEDIA_TYPES.csv, base64: bytes.toString('base64'), entries };
  },
  'backup:now': async (db, _input, now) => {
    const file = await backupRegister(db, registerFileOf(db), now, 'manuelle');
    const made = backupViews(registerFileOf(db)).find((b) => file.endsWith(b.name));
    if (made === undefined) throw new AppError('internal', `Sauvegarde écrite (${file}) mais introuvable dans la liste des sauvegardes.`, 'registre');
    return made;
  },
  'backups:list': (db) => backupViews(registerFileOf(db)),
  'backup:preview': (db, { name }) => inspectBackup(backupByName(registerFileOf(db), name)),
  'backup:restore': (db, { name }, now) => restoreIntoOpen(db, name, now),
};
