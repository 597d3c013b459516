import type { MembersImportView } from '../../../shared/contract/channels/settings';
import type { BodyCode } from '../../../shared/domain/body';
import { BODIES, BODY_CODES } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import type { Civility } from '../../../shared/domain/member';
import { parseIsoDate } from '../../../shared/rules/french-dates';
import type { Db } from '../../db/open';
import { countMembers, findMemberId } from '../../db/repositories/members';
import { saveMandate } from './mandates';
import { saveMember } from './members';
import type { SpreadsheetRow } from './spreadsheet-csv';
import { columnKey, readSpreadsheetCsv } from './spreadsheet-csv';

/** The columns of the élus spreadsheet, as the README documents them (the last three may be empty). */
export const MEMBER_COLUMNS = ['civilité', 'prénom', 'nom', 'organe', 'début', 'fin', 'qualité', 'rang'] as const;
const REQUIRED = ['civilité', 'prénom', 'nom', 'organe', 'début'] as const;
const SHOWN_ERRORS = 20;

const CIVILITIES: Record<string, Civility> = { 'm.': 'M.', m: 'M.', monsieur: 'M.', mme: 'Mme', madame: 'Mme' };
const BODY_WORDS: Record<string, BodyCode> = { cp: 'CP', 'commission permanente': 'CP', cd: 'CD', 'conseil departemental': 'CD' };

/**
 * Imports élus and their mandates from a spreadsheet (see readSpreadsheetCsv): one line per mandate;
 * a member already in the register (same civilité, prénom and nom) gets the mandate, any other is
 * added. All or nothing: one transaction, and every refused line is named with its number and rule.
 */
export function importMembers(db: Db, bytes: Uint8Array): MembersImportView {
  const { columns, rows } = readSpreadsheetCsv(bytes);
  const missing = REQUIRED.filter((c) => !columns.includes(columnKey(c)));
  if (missing.length > 0) {
    throw validationError(
      `ligne 1 : colonne${missing.length > 1 ? 's' : ''} ${missing.map((c) => `« ${c} »`).join(', ')} absente${missing.length > 1 ? 's' : ''} ; ` +
        `la première ligne doit nommer les colonnes ${MEMBER_COLUMNS.join(', ')}.`,
      'file',
    );
  }
  if (rows.length === 0) throw validationError('Fichier sans élu : aucune ligne après celle des colonnes.', 'file');
  return db.transaction(() => {
    const membersBefore = countMembers(db);
    const errors: string[] = [];
    for (const row of rows) {
      try {
        importRow(db, row);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        errors.push(`ligne ${row.line} : ${e.message}`);
      }
    }
    if (errors.length > 0) {
      const more = errors.length > SHOWN_ERRORS ? [`… et ${errors.length - SHOWN_ERRORS} autre(s) ligne(s) refusée(s).`] : [];
      throw validationError(
        [`Aucun élu importé : ${errors.length} ligne${errors.length > 1 ? 's' : ''} refusée${errors.length > 1 ? 's' : ''}.`, ...errors.slice(0, SHOWN_ERRORS), ...more].join('\n'),
        'file',
      );
    }
    const membersAfter = countMembers(db);
    return { members: membersAfter - membersBefore, mandates: rows.length };
  })();
}

function importRow(db: Db, row: SpreadsheetRow): void {
  const cell = (name: (typeof MEMBER_COLUMNS)[number]) => row.cells.get(columnKey(name)) ?? '';
  const civility = CIVILITIES[cell('civilité').toLowerCase()];
  if (civility === undefined) throw validationError(`civilité « ${cell('civilité')} » : « M. » ou « Mme » attendu.`, 'civility');
  const firstName = cell('prénom');
  const lastName = cell('nom');
  if (firstName === '') throw validationError('prénom : obligatoire.', 'firstName');
  if (lastName === '') throw validationError('nom : obligatoire.', 'lastName');
  const body = BODY_WORDS[columnKey(cell('organe'))];
  if (body === undefined) {
    throw validationError(`organe « ${cell('organe')} » : ${BODY_CODES.join(' ou ')} attendu (${BODIES.map((b) => b.label).join(', ')}).`, 'body');
  }
  const startDate = isoDate(cell('début'), 'début');
  const endDate = cell('fin') === '' ? null : isoDate(cell('fin'), 'fin');
  const rank = cell('rang');
  if (rank !== '' && !/^[0-9]{1,3}$/.test(rank)) throw validationError(`rang « ${rank} » : nombre entier attendu (0 pour le Président, 1 pour le Premier Vice-président…).`, 'precedence');
  const existing = findMemberId(db, { civility, firstName, lastName: lastName.toLocaleUpperCase('fr') });
  const memberId = existing ?? saveMember(db, { id: null, civility, firstName, lastName }).id;
  saveMandate(db, { id: null, memberId, body, startDate, endDate, quality: cell('qualité') || null, precedence: rank === '' ? null : Number(rank) });
}

/** « 2021-07-01 » or, as a French spreadsheet writes it, « 01/07/2021 ». */
function isoDate(text: string, column: string): string {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = french === null ? text : `${french[3]}-${french[2]?.padStart(2, '0')}-${french[1]?.padStart(2, '0')}`;
  try {
    return parseIsoDate(iso, column);
  } catch (e) {
    if (text === '') throw validationError(`${column} : date obligatoire (JJ/MM/AAAA ou AAAA-MM-JJ).`, column);
    // The message quotes the date as the file writes it (« 31/02/2021 »), not as it was read.
    throw validationError(`${column} : ${(e as Error).message.replace(`« ${iso} »`, `« ${text} »`)}`, column);
  }
}
