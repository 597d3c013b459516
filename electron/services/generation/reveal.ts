import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { exportPath, isExportedFile } from './export-folder';

/**
 * The file of the session's export folder that « Afficher dans le dossier » may show: a plain
 * name (shared/rules/file-name.ts) of a regular file that exists there. Anything else is refused.
 */
export function revealablePath(db: Db, session: { body: BodyCode; date: string }, fileName: string): string {
  const path = exportPath(db, session, fileName);
  if (!isExportedFile(path)) {
    throw new AppError('not_found', `« ${fileName} » n'est pas un fichier du dossier d'export de la séance ; générez-le d'abord.`, 'fileName');
  }
  return path;
}

/**
 * The system's file manager opened on a file: Explorer and the Finder select it; on Linux,
 * where no common way to select a file exists, the folder opens. Arguments, never a shell line.
 */
export function fileManagerCommand(path: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'explorer.exe', args: ['/select,', path] };
  if (platform === 'darwin') return { command: 'open', args: ['-R', path] };
  return { command: 'xdg-open', args: [dirname(path)] };
}

/** Launches the file manager on a file and returns once it started (it is left running on its own). */
export function showInFileManager(path: string): Promise<void> {
  const { command, args } = fileManagerCommand(path);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', shell: false });
    child.once('error', (e) =>
      reject(new AppError('internal', `Impossible d'ouvrir le gestionnaire de fichiers (${command} : ${e.message}). Le fichier est dans ${dirname(path)}.`)),
    );
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
