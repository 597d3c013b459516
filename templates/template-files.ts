import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { appFile } from '../electron/resources';
import { validationError } from '../shared/domain/errors';

/** The folder holding the shipped templates and fonts (found through the app's root, bundle or not). */
export const TEMPLATES_ROOT = appFile('templates');

/**
 * The path of a file shipped in templates/, e.g. templateFile('extrait/extrait.modele').
 * A name that would leave the folder (`..`, an absolute path) is refused: templates and fonts are
 * read from templates/ and nowhere else.
 */
export function templateFile(name: string): string {
  const path = resolve(TEMPLATES_ROOT, name);
  const inside = relative(TEMPLATES_ROOT, path);
  if (name.includes('\0') || inside === '' || inside.startsWith('..') || inside.split(sep).includes('..') || resolve(name) === name) {
    throw validationError(`modèle « ${name} » : un modèle est lu dans le dossier des modèles de l'application, et nulle part ailleurs.`, 'template');
  }
  return path;
}

/** The text of a shipped template, e.g. shippedTemplate('extrait/extrait.modele'). */
export function shippedTemplate(name: string): string {
  return readFileSync(templateFile(name), 'utf8');
}
