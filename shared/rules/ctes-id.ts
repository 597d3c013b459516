import { AppError, validationError } from '../domain/errors';
import { compactDate, parseIsoDate, type IsoDate } from './french-dates';
import { hasLuhnKey } from './luhn';

/*
 * The @ctes act identifier (IDActe): DPT-SIREN-AAAAMMJJ-NUMEROINTERNE-NATURE,
 * e.g. "083-228300018-20231016-lmc172330-DE" (LAW-AND-ACTES §2.1, ANALYSIS §5).
 * The date is the date of the decision (the séance), not the date of transmission.
 */

/** The six natures of @ctes acts, with their `CodeNatureActe` (1–6) and label. */
export const NATURES = [
  { code: 'DE', number: 1, label: 'Délibérations' },
  { code: 'AR', number: 2, label: 'Actes réglementaires' },
  { code: 'AI', number: 3, label: 'Actes individuels' },
  { code: 'CC', number: 4, label: 'Contrats, conventions et avenants' },
  { code: 'BF', number: 5, label: 'Documents budgétaires et financiers' },
  { code: 'AU', number: 6, label: 'Autres' },
] as const;

export type NatureCode = (typeof NATURES)[number]['code'];
/** The six nature codes, as a tuple for schemas: ['DE', 'AR', 'AI', 'CC', 'BF', 'AU']. */
export const NATURE_CODES = NATURES.map((n) => n.code) as [NatureCode, ...NatureCode[]];
export type CodeNatureActe = (typeof NATURES)[number]['number'];

/**
 * The official pattern of `actes:IDActe` (XSD `actesv1_1.xsd`; XSD patterns are anchored).
 * Kept verbatim, quirks included: in `[0|9]` and `[A|B|0-9]` the `|` is a literal character, so
 * the XSD itself would accept "|83-…". `buildCtesId` checks each part more strictly, and the TdT
 * front-ends are stricter still on the internal number (Pastell `^[0-9A-Z_]{2,15}$`, STELA
 * `^[A-Z0-9_]+$` ≤ 15: upper case only); see `TDT_INTERNAL_NUMBER` in `internal-number.ts`.
 */
export const CTES_ID_XSD_PATTERN = /^[0|9][0-9][A|B|0-9]-[0-9]{9}-[0-9]{8}-[a-zA-Z0-9_]{1,15}-[\p{Lu}]{2}$/u;

/** What the XSD accepts as a NumeroInterne inside IDActe (lower case included, as "lmc172330"). */
export const XSD_INTERNAL_NUMBER = /^[a-zA-Z0-9_]{1,15}$/;

/** The @ctes message code of an act transmission, appended to file names ("…-DE-1-1_1.pdf"). */
export const TRANSMISSION_MESSAGE_CODE = '1-1';

/** 0xx, 02A/02B (Corse), 9xx (outre-mer). */
const DEPARTMENT = /^(?:0[0-9]{2}|02[AB]|9[0-9]{2})$/;
const SIREN = /^[0-9]{9}$/;
const PIECE_TYPE = /^[0-9]{2}_[A-Z]{2}$/;
const EXTENSION = /^[a-z0-9]{1,10}$/;

export interface CtesIdParts {
  /** "083": three characters, zero-padded. */
  departmentCode: string;
  /** "228300018": the collectivity's SIREN. */
  siren: string;
  /** The date of the decision (séance). */
  decisionDate: IsoDate;
  /** "lmc172330": 1–15 characters among letters, digits and "_". */
  internalNumber: string;
  nature: NatureCode;
}

/**
 * True for a known nature code.
 *
 * @example isNatureCode('DE') // true; isNatureCode('XX') // false
 */
export function isNatureCode(value: string): value is NatureCode {
  return NATURES.some((n) => n.code === value);
}

/**
 * The numeric `CodeNatureActe` of the @ctes message for a nature code.
 *
 * @example natureNumber('DE') // 1; natureNumber('CC') // 4
 */
export function natureNumber(code: NatureCode): CodeNatureActe {
  const nature = NATURES.find((n) => n.code === code);
  if (nature === undefined) throw validationError(natureMessage(code), 'nature');
  return nature.number;
}

/**
 * The nature code for a numeric `CodeNatureActe` (1–6), e.g. read from a TdT answer.
 *
 * @example natureFromNumber(1) // 'DE'
 */
export function natureFromNumber(value: number): NatureCode {
  const nature = NATURES.find((n) => n.number === value);
  if (nature === undefined) {
    throw validationError(`Code nature d'acte ${value} inconnu : attendu un entier de 1 à 6.`, 'nature');
  }
  return nature.code;
}

const natureMessage = (code: string): string =>
  `Nature d'acte « ${code} » inconnue : attendu ${NATURES.map((n) => n.code).join(', ')}.`;

/**
 * Checks a SIREN: nine digits whose Luhn sum is a multiple of 10.
 *
 * @example isValidSiren('228300018') // true (Département du Var); isValidSiren('228300019') // false
 */
export function isValidSiren(siren: string): boolean {
  return SIREN.test(siren) && hasLuhnKey(siren);
}

/**
 * True for a département code as @ctes writes it: three characters, 0xx, 02A/02B or 9xx.
 *
 * @example isValidDepartmentCode('083') // true; isValidDepartmentCode('83') // false
 */
export function isValidDepartmentCode(code: string): boolean {
  return DEPARTMENT.test(code);
}

function checkParts(parts: CtesIdParts): void {
  const { departmentCode, siren, decisionDate, internalNumber, nature } = parts;
  if (!DEPARTMENT.test(departmentCode)) {
    throw validationError(
      `Code département « ${departmentCode} » invalide pour @ctes : trois caractères, ` +
        'par exemple 083, 02A, 02B ou 974.',
      'departmentCode',
    );
  }
  if (!SIREN.test(siren)) {
    throw validationError(`SIREN « ${siren} » invalide : neuf chiffres attendus.`, 'siren');
  }
  if (!isValidSiren(siren)) {
    throw validationError(
      `SIREN « ${siren} » invalide : la clé de contrôle (formule de Luhn) est fausse ; vérifiez la saisie.`,
      'siren',
    );
  }
  parseIsoDate(decisionDate, 'decisionDate');
  if (!XSD_INTERNAL_NUMBER.test(internalNumber)) {
    throw validationError(
      `Numéro interne @ctes « ${internalNumber} » invalide : 1 à 15 caractères parmi lettres, chiffres et _ ` +
        '(ni tiret, ni espace, ni accent).',
      'internalNumber',
    );
  }
  if (!isNatureCode(nature)) throw validationError(natureMessage(nature), 'nature');
}

/**
 * Builds the @ctes identifier of an act, checking every part.
 *
 * @example buildCtesId({ departmentCode: '083', siren: '228300018', decisionDate: '2023-10-16',
 *   internalNumber: 'lmc172330', nature: 'DE' }) // '083-228300018-20231016-lmc172330-DE'
 */
export function buildCtesId(parts: CtesIdParts): string {
  checkParts(parts);
  const { departmentCode, siren, decisionDate, internalNumber, nature } = parts;
  return `${departmentCode}-${siren}-${compactDate(decisionDate)}-${internalNumber}-${nature}`;
}

/**
 * True when the XSD would accept `id` as an IDActe (the official pattern, nothing more).
 *
 * @example isValidCtesId('083-228300018-20231016-lmc172330-DE') // true
 */
export function isValidCtesId(id: string): boolean {
  return CTES_ID_XSD_PATTERN.test(id);
}

/**
 * Splits an @ctes identifier into its parts and checks them (stricter than the XSD alone).
 *
 * @example parseCtesId('083-228300018-20231016-lmc172330-DE').decisionDate // '2023-10-16'
 */
export function parseCtesId(id: string): CtesIdParts {
  const fields = id.split('-');
  const [departmentCode, siren, date, internalNumber, nature] = fields;
  if (!isValidCtesId(id) || fields.length !== 5 || date === undefined) {
    throw validationError(
      `Identifiant @ctes « ${id} » invalide : attendu DPT-SIREN-AAAAMMJJ-NUMERO-NATURE, ` +
        'par exemple 083-228300018-20231016-LMC172330-DE.',
      'ctesId',
    );
  }
  const parts: CtesIdParts = {
    departmentCode: departmentCode ?? '',
    siren: siren ?? '',
    decisionDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
    internalNumber: internalNumber ?? '',
    nature: (nature ?? '') as NatureCode,
  };
  checkParts(parts);
  return parts;
}

/**
 * The reference printed on extracts and stamps: the identifier followed by the transmission
 * message code "-1-1" (the base name of the transmitted files, not part of IDActe).
 *
 * @example printedReference('083-228300018-20231016-lmc172330-DE') // '083-228300018-20231016-lmc172330-DE-1-1'
 */
export function printedReference(id: string): string {
  parseCtesId(id);
  return `${id}-${TRANSMISSION_MESSAGE_CODE}`;
}

/**
 * The name of a file of an @ctes transmission: `_0.xml` is the message (no prefix), `_1` the act,
 * `_2…` the annexes, prefixed by their piece type (default "99_" + nature, the « typologie des
 * pièces »; pass the classification's `CodeTypePJ` to choose another).
 *
 * @example ctesFileName('083-228300018-20231016-lmc172330-DE', 1, 'pdf')
 * // '99_DE-083-228300018-20231016-lmc172330-DE-1-1_1.pdf'
 * @example ctesFileName('083-228300018-20231016-lmc172330-DE', 0, 'xml')
 * // '083-228300018-20231016-lmc172330-DE-1-1_0.xml'
 */
export function ctesFileName(id: string, n: number, ext: string, options: { pieceType?: string } = {}): string {
  const { nature } = parseCtesId(id);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw validationError(
      `Numéro de pièce @ctes ${n} invalide : 0 pour le message XML, 1 pour l'acte, 2 et plus pour les annexes.`,
      'piece',
    );
  }
  const extension = ext.replace(/^\./, '').toLowerCase();
  if (!EXTENSION.test(extension)) {
    throw validationError(`Extension de fichier « ${ext} » invalide : lettres et chiffres seulement.`, 'ext');
  }
  const base = `${id}-${TRANSMISSION_MESSAGE_CODE}_${n}.${extension}`;
  if (n === 0) {
    if (extension !== 'xml') {
      throw validationError(
        `Pièce @ctes n° 0 en « .${extension} » : la pièce 0 est le message XML (…_0.xml).`,
        'ext',
      );
    }
    return base;
  }
  const pieceType = options.pieceType ?? `99_${nature}`;
  if (!PIECE_TYPE.test(pieceType)) {
    throw validationError(
      `Type de pièce @ctes « ${pieceType} » invalide : attendu deux chiffres, _ et deux lettres, par exemple 99_DE.`,
      'pieceType',
    );
  }
  return `${pieceType}-${base}`;
}

/**
 * The identifier in `existingIds` that `id` would collide with, or null. Two identifiers collide
 * when collectivity, decision date, nature and internal number are equal; internal numbers are
 * compared regardless of case, since a TdT may change it ("LMC172330" / "lmc172330").
 *
 * @example findCtesIdCollision('083-228300018-20231016-CP231016_G1-DE',
 *   ['083-228300018-20231016-cp231016_g1-DE']) // '083-228300018-20231016-cp231016_g1-DE'
 */
export function findCtesIdCollision(id: string, existingIds: readonly string[]): string | null {
  const key = id.toUpperCase();
  return existingIds.find((existing) => existing.toUpperCase() === key) ?? null;
}

/**
 * Throws a conflict error when `id` is already given to another act.
 *
 * @example checkCtesIdUnique('083-228300018-20231016-CP231016_G1-DE', existing) // throws if taken
 */
export function checkCtesIdUnique(id: string, existingIds: readonly string[]): void {
  const taken = findCtesIdCollision(id, existingIds);
  if (taken !== null) {
    throw new AppError(
      'conflict',
      `Identifiant @ctes ${id} déjà attribué à un autre acte (${taken}) : même collectivité, même date de ` +
        'décision, même nature et même numéro interne.',
      'ctesId',
    );
  }
}
