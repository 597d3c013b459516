import { BODY_CODES, type BodyCode } from '../domain/body';
import { AppError, validationError } from '../domain/errors';
import { compactDate, parseIsoDate, type IsoDate } from './french-dates';

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
 * `^[A-Z0-9_]+$` ≤ 15: upper case only); see `TDT_INTERNAL_NUMBER`.
 */
export const CTES_ID_XSD_PATTERN = /^[0|9][0-9][A|B|0-9]-[0-9]{9}-[0-9]{8}-[a-zA-Z0-9_]{1,15}-[\p{Lu}]{2}$/u;

/** What the XSD accepts as a NumeroInterne inside IDActe (lower case included, as "lmc172330"). */
export const XSD_INTERNAL_NUMBER = /^[a-zA-Z0-9_]{1,15}$/;

/** What every TdT front-end accepts; the numbers this app generates always match it. */
export const TDT_INTERNAL_NUMBER = /^[A-Z0-9_]{2,15}$/;

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
  if (!SIREN.test(siren)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    // From the right, every second digit is doubled; i counts from the left over 9 digits.
    const digit = Number(siren[i]);
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
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

// ---------------------------------------------------------------------------------------------
// Internal numbers generated from a pattern
// ---------------------------------------------------------------------------------------------

/**
 * Tokens of an internal-number pattern (everything else must be A–Z, 0–9 or _ literally):
 *
 * | token      | width | value                                                        |
 * |------------|-------|--------------------------------------------------------------|
 * | `{AAAA}`   | 4     | year of the decision                                         |
 * | `{AA}`     | 2     | year of the decision, two digits                             |
 * | `{MM}`     | 2     | month of the decision                                        |
 * | `{JJ}`     | 2     | day of the decision                                          |
 * | `{ORGANE}` | 2     | body code: CP (Commission permanente) or CD (Conseil)        |
 * | `{SERIE}`  | 1     | series letter of the act number (G for "G25")                |
 * | `{NUM}`    | 1–5   | act number in the séance, unpadded (25 for "G25")            |
 * | `{NUM:n}`  | n     | act number zero-padded to n digits (n = 1–5)                 |
 * | `{SEQ:n}`  | n     | a sequence kept by the collectivity, zero-padded (n = 1–9)   |
 *
 * A pattern must contain `{NUM}`/`{NUM:n}` or `{SEQ:n}` (else all acts of a séance would share a
 * number), must expand to 2–15 characters in every case, and may hold one `{SEQ:n}` at most.
 * Only `{SEQ:n}` separates two séances of the same body on the same day: without it, `allocateCtesId`
 * refuses an identifier already given. Example: "{ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}" → "CP231016_G25".
 */
export const DEFAULT_INTERNAL_NUMBER_PATTERN = '{ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}';

const MAX_INTERNAL_LENGTH = 15;
const MIN_INTERNAL_LENGTH = 2;
const MAX_ACT_NUMBER_DIGITS = 5;
const LITERAL = /^[A-Z0-9_]$/;

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'AAAA' | 'AA' | 'MM' | 'JJ' | 'ORGANE' | 'SERIE' }
  | { kind: 'NUM'; width: number | null }
  | { kind: 'SEQ'; width: number };

const FIXED_WIDTH = { AAAA: 4, AA: 2, MM: 2, JJ: 2, ORGANE: 2, SERIE: 1 } as const;

/** What a pattern can produce. */
export interface InternalNumberPatternInfo {
  minLength: number;
  maxLength: number;
  /** Width of `{SEQ:n}`, or null when the pattern has no sequence. */
  sequenceWidth: number | null;
}

/** Values a pattern is expanded with; only those its tokens use are required. */
export interface InternalNumberValues {
  decisionDate: IsoDate;
  body?: BodyCode;
  /** Series letter of the act number, "G". */
  series?: string;
  /** Act number in the séance, 25 for "G25". */
  actNumber?: number;
  /** The collectivity's sequence value for `{SEQ:n}`. */
  sequence?: number;
}

const patternError = (pattern: string, rule: string): AppError =>
  validationError(`Modèle de numéro interne @ctes « ${pattern} » : ${rule}`, 'internalNumberPattern');

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const char = pattern.charAt(i);
    if (char === '{') {
      const end = pattern.indexOf('}', i);
      if (end === -1) throw patternError(pattern, `accolade « { » non fermée (position ${i + 1}).`);
      tokens.push(readToken(pattern, pattern.slice(i + 1, end)));
      i = end + 1;
    } else {
      if (!LITERAL.test(char)) {
        throw patternError(
          pattern,
          `le caractère « ${char} » n'est pas permis ; hors des jetons entre accolades, seuls les ` +
            'lettres majuscules sans accent, les chiffres et _ le sont.',
        );
      }
      tokens.push({ kind: 'literal', text: char });
      i += 1;
    }
  }
  return tokens;
}

function readToken(pattern: string, inner: string): Token {
  const match = /^([A-Z]+)(?::([0-9]+))?$/.exec(inner);
  const name = match?.[1];
  const width = match?.[2] === undefined ? null : Number(match[2]);
  if (name !== undefined && name in FIXED_WIDTH && width === null) {
    return { kind: name as keyof typeof FIXED_WIDTH };
  }
  if (name === 'NUM' && (width === null || (width >= 1 && width <= MAX_ACT_NUMBER_DIGITS))) {
    return { kind: 'NUM', width };
  }
  if (name === 'SEQ' && width !== null && width >= 1 && width <= 9) {
    return { kind: 'SEQ', width };
  }
  if (name === 'SEQ') {
    throw patternError(
      pattern,
      'le jeton {SEQ:n} doit préciser sa largeur n, de 1 à 9 chiffres (par exemple {SEQ:6}).',
    );
  }
  throw patternError(
    pattern,
    `jeton « {${inner}} » inconnu ; jetons permis : {AAAA}, {AA}, {MM}, {JJ}, {ORGANE}, {SERIE}, ` +
      '{NUM}, {NUM:n} (n de 1 à 5), {SEQ:n} (n de 1 à 9).',
  );
}

function widths(token: Token): [number, number] {
  switch (token.kind) {
    case 'literal':
      return [1, 1];
    case 'NUM':
      return token.width === null ? [1, MAX_ACT_NUMBER_DIGITS] : [token.width, token.width];
    case 'SEQ':
      return [token.width, token.width];
    default:
      return [FIXED_WIDTH[token.kind], FIXED_WIDTH[token.kind]];
  }
}

/**
 * Checks an internal-number pattern and says what it can produce; throws a French validation
 * error naming the pattern and the rule it breaks (unknown token, forbidden character, more than
 * 15 characters possible, nothing to tell the acts apart…).
 *
 * @example checkInternalNumberPattern('{ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}')
 * // { minLength: 11, maxLength: 15, sequenceWidth: null }
 */
export function checkInternalNumberPattern(pattern: string): InternalNumberPatternInfo {
  const tokens = tokenize(pattern);
  const sequences = tokens.filter((t) => t.kind === 'SEQ');
  if (sequences.length > 1) {
    throw patternError(pattern, 'un seul jeton {SEQ:n} est permis.');
  }
  if (!tokens.some((t) => t.kind === 'NUM' || t.kind === 'SEQ')) {
    throw patternError(
      pattern,
      'il doit contenir {NUM}, {NUM:n} ou {SEQ:n}, sinon tous les actes d\'une séance recevraient le même numéro.',
    );
  }
  const [minLength, maxLength] = tokens
    .map(widths)
    .reduce(([minSum, maxSum], [min, max]) => [minSum + min, maxSum + max], [0, 0]);
  if (maxLength > MAX_INTERNAL_LENGTH) {
    throw patternError(
      pattern,
      `le numéro produit peut atteindre ${maxLength} caractères, @ctes en permet ${MAX_INTERNAL_LENGTH} au plus ` +
        '(un {NUM} compte pour 5 chiffres ; utilisez {AA} au lieu de {AAAA}, {NUM:3} ou raccourcissez le texte fixe).',
    );
  }
  if (minLength < MIN_INTERNAL_LENGTH) {
    throw patternError(
      pattern,
      `le numéro produit peut n'avoir que ${minLength} caractère, ` +
        `les TdT en exigent ${MIN_INTERNAL_LENGTH} au moins.`,
    );
  }
  const sequence = sequences[0];
  return { minLength, maxLength, sequenceWidth: sequence?.kind === 'SEQ' ? sequence.width : null };
}

function padded(pattern: string, label: string, value: number, width: number | null, maxDigits: number): string {
  const text = String(value);
  const limit = width ?? maxDigits;
  if (text.length > limit) {
    throw patternError(pattern, `${label} ${value} dépasse ${limit} chiffre${limit > 1 ? 's' : ''}.`);
  }
  return width === null ? text : text.padStart(width, '0');
}

function required<T>(pattern: string, value: T | undefined, what: string): T {
  if (value === undefined) throw patternError(pattern, `${what} est nécessaire pour produire le numéro.`);
  return value;
}

/**
 * Expands a pattern into an internal number (upper case, 2–15 characters of A–Z, 0–9, _).
 *
 * @example expandInternalNumber('{ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}',
 *   { decisionDate: '2023-10-16', body: 'CP', series: 'G', actNumber: 25 }) // 'CP231016_G25'
 */
export function expandInternalNumber(pattern: string, values: InternalNumberValues): string {
  checkInternalNumberPattern(pattern);
  const date = compactDate(parseIsoDate(values.decisionDate, 'decisionDate'));
  const text = tokenize(pattern)
    .map((token): string => {
      switch (token.kind) {
        case 'literal':
          return token.text;
        case 'AAAA':
          return date.slice(0, 4);
        case 'AA':
          return date.slice(2, 4);
        case 'MM':
          return date.slice(4, 6);
        case 'JJ':
          return date.slice(6, 8);
        case 'ORGANE': {
          const body = required(pattern, values.body, "l'organe (CP ou CD)");
          if (!BODY_CODES.includes(body)) throw patternError(pattern, `organe « ${body} » inconnu (CP ou CD).`);
          return body;
        }
        case 'SERIE': {
          const series = required(pattern, values.series, 'la lettre de série');
          if (!/^[A-Z]$/.test(series)) {
            throw patternError(pattern, `la série « ${series} » doit être une lettre majuscule sans accent.`);
          }
          return series;
        }
        case 'NUM': {
          const n = required(pattern, values.actNumber, "le numéro de l'acte");
          if (!Number.isSafeInteger(n) || n < 1) throw patternError(pattern, `numéro d'acte ${n} invalide.`);
          return padded(pattern, "le numéro d'acte", n, token.width, MAX_ACT_NUMBER_DIGITS);
        }
        case 'SEQ': {
          const n = required(pattern, values.sequence, 'la valeur de la séquence');
          if (!Number.isSafeInteger(n) || n < 0) throw patternError(pattern, `valeur de séquence ${n} invalide.`);
          return padded(pattern, 'la séquence', n, token.width, token.width);
        }
      }
    })
    .join('');
  // The pattern check guarantees it; kept as a last line of defence before a TdT refuses it.
  if (!TDT_INTERNAL_NUMBER.test(text)) throw patternError(pattern, `numéro produit « ${text} » invalide.`);
  return text;
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

/** The collectivity and nature an identifier is allocated for. */
export interface CtesIdContext {
  departmentCode: string;
  siren: string;
  nature: NatureCode;
}

/**
 * Generates the internal number and identifier of an act from the pattern and makes sure no
 * existing identifier has it. With `{SEQ:n}` the sequence is advanced past the values taken
 * (start from `values.sequence`, store `sequence + 1` afterwards); without it, a collision — two
 * séances on the same day numbering from G1 — is a conflict error naming the pattern.
 *
 * @example allocateCtesId('{ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}',
 *   { decisionDate: '2023-10-16', body: 'CP', series: 'G', actNumber: 1 },
 *   { departmentCode: '083', siren: '228300018', nature: 'DE' }, [])
 * // { internalNumber: 'CP231016_G1', id: '083-228300018-20231016-CP231016_G1-DE', sequence: null }
 */
export function allocateCtesId(
  pattern: string,
  values: InternalNumberValues,
  context: CtesIdContext,
  existingIds: readonly string[],
): { internalNumber: string; id: string; sequence: number | null } {
  const { sequenceWidth } = checkInternalNumberPattern(pattern);
  const build = (sequence: number | undefined) => {
    const internalNumber = expandInternalNumber(pattern, { ...values, sequence });
    return { internalNumber, id: buildCtesId({ ...context, decisionDate: values.decisionDate, internalNumber }) };
  };
  if (sequenceWidth === null) {
    const candidate = build(values.sequence);
    if (findCtesIdCollision(candidate.id, existingIds) !== null) {
      throw new AppError(
        'conflict',
        `Identifiant @ctes ${candidate.id} déjà attribué à un autre acte de la même date et de la même ` +
          `nature : le modèle de numéro interne « ${pattern} » ne distingue pas ces deux actes ` +
          '(deux séances le même jour ?) ; ' +
          'ajoutez-y une séquence {SEQ:n} ou saisissez le numéro interne à la main.',
        'ctesId',
      );
    }
    return { ...candidate, sequence: null };
  }
  const limit = 10 ** sequenceWidth;
  const taken = new Set(existingIds.map((id) => id.toUpperCase()));
  for (let sequence = required(pattern, values.sequence, 'la valeur de la séquence'); sequence < limit; sequence++) {
    const candidate = build(sequence);
    if (!taken.has(candidate.id.toUpperCase())) return { ...candidate, sequence };
  }
  throw patternError(
    pattern,
    `la séquence {SEQ:${sequenceWidth}} est épuisée (${limit - 1} atteint) ; élargissez-la.`,
  );
}
