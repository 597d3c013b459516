import { BODY_CODES, type BodyCode } from '../domain/body';
import { AppError, validationError } from '../domain/errors';
import { buildCtesId, findCtesIdCollision, type NatureCode } from './ctes-id';
import { compactDate, parseIsoDate, type IsoDate } from './french-dates';

/*
 * The little language that numbers acts internally: a pattern such as "{ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}"
 * expands to the internal number ("CP231016_G25") that the @ctes identifier (`ctes-id.ts`) carries.
 */

/** What every TdT front-end accepts; the numbers this app generates always match it. */
export const TDT_INTERNAL_NUMBER = /^[A-Z0-9_]{2,15}$/;


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
  return checkedPattern(pattern).info;
}

/** The pattern's tokens, once checked, and what it can produce. */
function checkedPattern(pattern: string): { tokens: Token[]; info: InternalNumberPatternInfo } {
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
  return { tokens, info: { minLength, maxLength, sequenceWidth: sequence?.kind === 'SEQ' ? sequence.width : null } };
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
  return expandTokens(pattern, checkedPattern(pattern).tokens, values);
}

/** Expands the checked tokens of `pattern` (read once by a caller that expands it several times). */
function expandTokens(pattern: string, tokens: readonly Token[], values: InternalNumberValues): string {
  const date = compactDate(parseIsoDate(values.decisionDate, 'decisionDate'));
  const text = tokens
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
): AllocatedCtesId {
  return ctesIdAllocator(pattern).allocate(values, context, existingIds);
}

/** An act's internal number, its @ctes identifier, and the sequence value it took (null without `{SEQ:n}`). */
export interface AllocatedCtesId {
  internalNumber: string;
  id: string;
  sequence: number | null;
}

/**
 * `allocateCtesId` for many acts numbered with one pattern (a séance, an import of years): the
 * pattern is read and checked here, once, and a broken one refused here. `sequenceWidth` says
 * whether it holds a `{SEQ:n}`.
 */
export function ctesIdAllocator(pattern: string): {
  sequenceWidth: number | null;
  allocate: (values: InternalNumberValues, context: CtesIdContext, existingIds: readonly string[]) => AllocatedCtesId;
} {
  const {
    tokens,
    info: { sequenceWidth },
  } = checkedPattern(pattern);
  return { sequenceWidth, allocate: (values, context, existingIds) => allocateWith(pattern, tokens, sequenceWidth, values, context, existingIds) };
}

function allocateWith(
  pattern: string,
  tokens: readonly Token[],
  sequenceWidth: number | null,
  values: InternalNumberValues,
  context: CtesIdContext,
  existingIds: readonly string[],
): AllocatedCtesId {
  const build = (sequence: number | undefined) => {
    const internalNumber = expandTokens(pattern, tokens, { ...values, sequence });
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
