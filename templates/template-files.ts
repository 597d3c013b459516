import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { AppError, validationError } from '../shared/domain/errors';

/*
 * templates/ does not know where the app is installed (bundled, packaged in an asar, or run from the
 * repository): the app hands it the folder once, at startup, from the one module that knows
 * (electron/resources.ts); the tests hand it in their setup (templates/testing/templates-root.ts).
 */
let root: string | undefined;

/** Where the shipped templates and fonts are, e.g. useTemplatesRoot(appFile('templates')). */
export function useTemplatesRoot(folder: string): void {
  root = folder;
}

function templatesRoot(): string {
  if (root === undefined) throw new AppError('internal', "Le dossier des modèles de l'application n'a pas été indiqué au démarrage.");
  return root;
}

/**
 * The path of a file shipped in templates/, e.g. templateFile('extrait/extrait.modele').
 * A name that would leave the folder (`..`, an absolute path) is refused: templates and fonts are
 * read from templates/ and nowhere else.
 */
export function templateFile(name: string): string {
  const folder = templatesRoot();
  const path = resolve(folder, name);
  const inside = relative(folder, path);
  if (name.includes('\0') || inside === '' || inside.startsWith('..') || inside.split(sep).includes('..') || resolve(name) === name) {
    throw validationError(`modèle « ${name} » : un modèle est lu dans le dossier des modèles de l'application, et nulle part ailleurs.`, 'template');
  }
  return path;
}

/** The text of a shipped template, e.g. shippedTemplate('extrait/extrait.modele'). */
export function shippedTemplate(name: string): string {
  return readFileSync(templateFile(name), 'utf8');
}
