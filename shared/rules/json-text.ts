import { validationError } from '../domain/errors';

/** Line and column (from 1) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Parses the JSON text of a file chosen by the user; a malformed one is refused in French, naming
 * where it breaks — never with the JavaScript engine's English message.
 *
 * @example parseJsonText('{"a": 1,}', 'Le fichier') // throws « Le fichier n'est pas un JSON valide : erreur à la ligne 1, colonne 9. »
 */
export function parseJsonText(text: string, label: string, field = 'fichier'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const offset = /position (\d+)/.exec((e as Error).message);
    const where =
      text.trim() === ''
        ? 'il est vide'
        : offset === null
          ? 'le texte s’arrête avant la fin (fichier tronqué ?)'
          : (({ line, column }) => `erreur à la ligne ${line}, colonne ${column}`)(lineAndColumn(text, Number(offset[1])));
    throw validationError(`${label} n'est pas un JSON valide : ${where}.`, field);
  }
}
