import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import { checkExportName } from '../../../shared/rules/file-name';
import { removeStalePartials } from '../files/stale-partials';
import type { Db } from '../../db/open';
import { localFolder } from '../../db/register';

/*
 * Every generated document of a session goes into one folder beside the register file:
 * `exports/CP-2023-10-16/`. A file name is a plain name (shared/rules/file-name.ts) and the
 * resolved path is checked again, so that nothing is ever written or shown outside that folder.
 */

/** The session's export folder, e.g. "/home/…/Registre/exports/CP-2023-10-16". */
export function exportFolder(db: Db, session: { body: BodyCode; date: string }): string {
  const folder = localFolder(db);
  if (folder === null) throw new AppError('internal', "Ce registre n'est pas un fichier : il n'a pas de dossier d'export.", 'registre');
  return join(folder, 'exports', `${session.body}-${session.date}`);
}

/** The path of `fileName` in the session's export folder, after the name rule and a path check. */
export function exportPath(db: Db, session: { body: BodyCode; date: string }, fileName: string): string {
  checkExportName(fileName);
  const folder = exportFolder(db, session);
  const path = resolve(folder, fileName);
  if (dirname(path) !== folder || basename(path) !== fileName) {
    throw new AppError('validation', `Nom de fichier « ${fileName} » : il sortirait du dossier d'export de la séance.`, 'fileName');
  }
  return path;
}

/**
 * Writes a document into the session's export folder, replacing a file of the same name, and
 * returns its path. The bytes go to a temporary file first, then take the name: a reader never
 * sees half a PDF, and a link planted under that name is replaced, not followed.
 */
export function writeExport(db: Db, session: { body: BodyCode; date: string }, fileName: string, bytes: Uint8Array): string {
  const path = exportPath(db, session, fileName);
  const folder = dirname(path);
  // Checked before creating anything: a linked `exports/` would get the session folder created elsewhere.
  for (const level of [dirname(folder), folder]) {
    if (isLink(level)) {
      throw new AppError('validation', `Le dossier d'export « ${level} » mène hors du dossier du registre : rien n'a été écrit.`, 'fileName');
    }
  }
  mkdirSync(folder, { recursive: true });
  // The folder itself must not be a link leading elsewhere.
  const registerFolder = realpathSync(dirname(dirname(folder)));
  if (realpathSync(folder) !== join(registerFolder, 'exports', basename(folder))) {
    throw new AppError('validation', `Le dossier d'export « ${folder} » mène hors du dossier du registre : rien n'a été écrit.`, 'fileName');
  }
  // What a generation killed while writing left here is removed first.
  removeStalePartials(folder, /^\.(\d+)-\d+\.partiel$/);
  const partial = join(folder, `.${process.pid}-${Date.now()}.partiel`);
  try {
    writeFileSync(partial, bytes, { flag: 'wx' });
    renameSync(partial, path);
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof Error && 'code' in e && e.code === 'ENOSPC') {
      throw new AppError('conflict', `Le disque est plein : « ${fileName} » n'a pas pu être écrit dans ${folder}. Libérez de la place, puis recommencez.`, 'fileName');
    }
    // Typically the previous file is open in Word or a PDF reader (Windows locks it), or a folder bears its name.
    const code = e instanceof Error && 'code' in e ? ` (${String(e.code)})` : '';
    throw new AppError(
      'conflict',
      `« ${fileName} » n'a pas pu être écrit dans ${folder}${code} : le fichier est peut-être ouvert dans une autre application, ` +
        'ou un dossier porte ce nom ; fermez-le ou renommez-le, puis recommencez.',
      'fileName',
    );
  }
  return path;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false; // not there yet: created below, inside the register's folder
  }
}

/** Whether `fileName` is a regular file (not a link, not a folder) of the session's export folder. */
export function isExportedFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
