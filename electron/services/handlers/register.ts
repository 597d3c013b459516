import type { REGISTER_CHANNELS } from '../../../shared/contract/channels/register';
import { validationError } from '../../../shared/domain/errors';
import { backupByName, backupViews, inspectBackup, registerFileOf } from '../backup-catalog';
import { restoreIntoOpen } from '../backup-restore';
import { actJournal, sessionJournal } from '../journal';
import type { Handlers } from './handler';

export const REGISTER_HANDLERS: Handlers<typeof REGISTER_CHANNELS> = {
  'journal:act': (db, { body, date, act }) => actJournal(db, body, date, act),
  'journal:session': (db, { body, date }) => {
    if (body === undefined && date === undefined) return sessionJournal(db);
    if (body === undefined || date === undefined) throw validationError("Précisez l'organe et la date de la séance, ou aucun des deux (tout le journal).", body === undefined ? 'body' : 'date');
    return sessionJournal(db, { body, date });
  },
  'backups:list': (db) => backupViews(registerFileOf(db)),
  'backup:preview': (db, { name }) => inspectBackup(backupByName(registerFileOf(db), name)),
  'backup:restore': (db, { name }, now) => restoreIntoOpen(db, name, now),
};
