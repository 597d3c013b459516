import { validationError } from '../domain/errors';
import { quotedValue } from './quoted-value';

/*
 * The name of an exported file is a plain name, written into the session's export folder: it must
 * never leave that folder (no separator, no parent, no absolute path) and must be a name every
 * system accepts, Windows included (no reserved device name, no forbidden character, no trailing
 * dot or space, which Windows silently strips).
 */

export const MAX_EXPORT_NAME = 200;

// Windows treats these as devices whatever the extension ("CON.pdf", "lpt1.tar.gz"), in any case,
// and ignores the spaces before the extension ("NUL .txt"); ¹²³ count as digits for COM and LPT.
const RESERVED = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[1-9¹²³]|LPT[1-9¹²³])\s*(\..*)?$/iu;
const FORBIDDEN = /[<>:"|?*]/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/u;

/**
 * What is wrong with a file name chosen for an export, as a French sentence naming the rule, or
 * null when it is a plain name. E.g. exportNameProblem('G25 - extrait.pdf') → null,
 * exportNameProblem('../x.pdf') → "Nom de fichier « ../x.pdf » : « .. » désigne le dossier parent…".
 */
export function exportNameProblem(name: string): string | null {
  const refuse = (rule: string) => `Nom de fichier ${quotedValue(name)} : ${rule}`;
  if (name.trim() === '') return 'Nom de fichier : il est vide ; donnez un nom, par exemple « G25 - extrait.pdf ».';
  if (/^[\\/]/u.test(name) || /^[A-Za-z]:/u.test(name)) {
    return refuse("un chemin absolu n'est pas permis ; donnez un simple nom de fichier, sans dossier ni lecteur.");
  }
  if (name.split(/[\\/]/u).some((part) => part === '..')) {
    return refuse('« .. » désigne le dossier parent : le fichier doit rester dans le dossier d’export de la séance.');
  }
  if (/[\\/]/u.test(name)) return refuse('les caractères « / » et « \\ » ne sont pas permis : un nom de fichier ne contient pas de dossier.');
  if (RESERVED.test(name)) {
    return refuse('c’est un nom réservé par Windows (CON, PRN, AUX, NUL, COM1 à COM9, LPT1 à LPT9), même suivi d’une extension.');
  }
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden !== null) return refuse(`le caractère « ${forbidden[0]} » n'est pas permis (interdits : < > : " | ? *).`);
  const control = CONTROL.exec(name);
  if (control !== null) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return refuse(`il contient un caractère de contrôle (U+${code}), qui n'est pas permis.`);
  }
  if (/[. ]$/u.test(name)) return refuse('un nom de fichier ne se termine ni par un point ni par une espace (Windows les supprime).');
  if (name.length > MAX_EXPORT_NAME) return refuse(`${name.length} caractères ; ${MAX_EXPORT_NAME} au plus.`);
  return null;
}

/** Returns the name when it is a plain export name; otherwise throws the validation error of `field`. */
export function checkExportName(name: string, field = 'fileName'): string {
  const problem = exportNameProblem(name);
  if (problem !== null) throw validationError(problem, field);
  return name;
}
