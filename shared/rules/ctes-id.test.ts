import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import {
  CTES_ID_XSD_PATTERN,
  DEFAULT_INTERNAL_NUMBER_PATTERN,
  NATURES,
  allocateCtesId,
  buildCtesId,
  checkCtesIdUnique,
  checkInternalNumberPattern,
  ctesFileName,
  expandInternalNumber,
  findCtesIdCollision,
  isValidCtesId,
  isValidSiren,
  natureFromNumber,
  natureNumber,
  parseCtesId,
  printedReference,
  type CtesIdParts,
} from './ctes-id';

const G1: CtesIdParts = {
  departmentCode: '083',
  siren: '228300018',
  decisionDate: '2023-10-16',
  internalNumber: 'lmc172330',
  nature: 'DE',
};
const G1_ID = '083-228300018-20231016-lmc172330-DE';
const VAR = { departmentCode: '083', siren: '228300018', nature: 'DE' } as const;

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('buildCtesId', () => {
  it('builds the identifier of G1 as in the technical reference', () => {
    expect(buildCtesId(G1)).toBe(G1_ID);
  });

  it('gives identifiers the official XSD pattern accepts', () => {
    expect(CTES_ID_XSD_PATTERN.test(buildCtesId(G1))).toBe(true);
    expect(buildCtesId({ ...G1, departmentCode: '02A', internalNumber: 'CP231016_G25', nature: 'CC' })).toBe(
      '02A-228300018-20231016-CP231016_G25-CC',
    );
  });

  it('refuses each wrong part with a French message naming it', () => {
    expect(errorOf(() => buildCtesId({ ...G1, departmentCode: '83' })).field).toBe('departmentCode');
    expect(() => buildCtesId({ ...G1, departmentCode: '01A' })).toThrow('Code département « 01A » invalide');
    expect(() => buildCtesId({ ...G1, siren: '22830001' })).toThrow('neuf chiffres attendus');
    expect(() => buildCtesId({ ...G1, siren: '228300019' })).toThrow('formule de Luhn');
    expect(() => buildCtesId({ ...G1, decisionDate: '2023-02-30' })).toThrow('Date « 2023-02-30 » invalide');
    expect(() => buildCtesId({ ...G1, internalNumber: 'LMC-172330' })).toThrow(
      'Numéro interne @ctes « LMC-172330 » invalide',
    );
    expect(() => buildCtesId({ ...G1, internalNumber: 'A234567890123456' })).toThrow('1 à 15 caractères');
    expect(() => buildCtesId({ ...G1, internalNumber: '' })).toThrow(AppError);
    expect(() => buildCtesId({ ...G1, nature: 'XX' as 'DE' })).toThrow(
      "Nature d'acte « XX » inconnue : attendu DE, AR, AI, CC, BF, AU.",
    );
  });
});

describe('isValidCtesId', () => {
  it('applies the XSD pattern', () => {
    expect(isValidCtesId(G1_ID)).toBe(true);
    expect(isValidCtesId('974-228300018-20231016-X-AU')).toBe(true);
    expect(isValidCtesId(`${G1_ID}-1-1`)).toBe(false);
    expect(isValidCtesId('83-228300018-20231016-lmc172330-DE')).toBe(false);
    expect(isValidCtesId('083-228300018-20231016-lmc172330-de')).toBe(false);
    expect(isValidCtesId('083-228300018-20231016-lmc-172330-DE')).toBe(false);
  });

  it('keeps the quirk of the XSD, where "|" is a literal inside brackets', () => {
    expect(isValidCtesId('|83-228300018-20231016-lmc172330-DE')).toBe(true);
    expect(() => parseCtesId('|83-228300018-20231016-lmc172330-DE')).toThrow('Code département');
  });
});

describe('parseCtesId', () => {
  it('reads the parts back', () => {
    expect(parseCtesId(G1_ID)).toEqual(G1);
  });

  it('refuses what is not an identifier', () => {
    expect(() => parseCtesId(`${G1_ID}-1-1`)).toThrow(`Identifiant @ctes « ${G1_ID}-1-1 » invalide`);
    expect(() => parseCtesId('083-228300018-20230230-lmc172330-DE')).toThrow('Date « 2023-02-30 » invalide');
  });
});

describe('printedReference', () => {
  it('appends the transmission message code as printed on the extracts', () => {
    expect(printedReference(G1_ID)).toBe('083-228300018-20231016-lmc172330-DE-1-1');
  });
});

describe('natures', () => {
  it('maps the six nature codes to CodeNatureActe 1–6', () => {
    expect(NATURES.map((n) => [n.code, natureNumber(n.code)])).toEqual([
      ['DE', 1],
      ['AR', 2],
      ['AI', 3],
      ['CC', 4],
      ['BF', 5],
      ['AU', 6],
    ]);
    for (const n of NATURES) expect(natureFromNumber(n.number)).toBe(n.code);
    expect(() => natureFromNumber(7)).toThrow('attendu un entier de 1 à 6');
  });
});

describe('isValidSiren', () => {
  it('accepts the SIREN of the Département du Var and refuses a typo', () => {
    expect(isValidSiren('228300018')).toBe(true);
    expect(isValidSiren('228300081')).toBe(false);
    expect(isValidSiren('22830001')).toBe(false);
    expect(isValidSiren('22830001A')).toBe(false);
    expect(isValidSiren('732829320')).toBe(true);
  });
});

describe('ctesFileName', () => {
  it('names the act PDF with the default piece type', () => {
    expect(ctesFileName(G1_ID, 1, 'pdf')).toBe('99_DE-083-228300018-20231016-lmc172330-DE-1-1_1.pdf');
  });

  it('names the XML message without a piece type', () => {
    expect(ctesFileName(G1_ID, 0, 'xml')).toBe('083-228300018-20231016-lmc172330-DE-1-1_0.xml');
  });

  it('names the annexes, with a piece type from the classification when given', () => {
    expect(ctesFileName(G1_ID, 2, '.PDF')).toBe('99_DE-083-228300018-20231016-lmc172330-DE-1-1_2.pdf');
    expect(ctesFileName(G1_ID, 3, 'pdf', { pieceType: '22_CO' })).toBe(
      '22_CO-083-228300018-20231016-lmc172330-DE-1-1_3.pdf',
    );
  });

  it('refuses a message that is not XML, a negative piece number and a bad piece type', () => {
    expect(() => ctesFileName(G1_ID, 0, 'pdf')).toThrow('la pièce 0 est le message XML');
    expect(() => ctesFileName(G1_ID, -1, 'pdf')).toThrow('Numéro de pièce @ctes -1 invalide');
    expect(() => ctesFileName(G1_ID, 1, 'pdf', { pieceType: '99-DE' })).toThrow('Type de pièce @ctes « 99-DE »');
    expect(() => ctesFileName(G1_ID, 1, 'p/df')).toThrow('Extension de fichier');
  });
});

describe('checkInternalNumberPattern', () => {
  it('accepts the default pattern and says how long its numbers can be', () => {
    expect(checkInternalNumberPattern(DEFAULT_INTERNAL_NUMBER_PATTERN)).toEqual({
      minLength: 11,
      maxLength: 15,
      sequenceWidth: null,
    });
    expect(checkInternalNumberPattern('LMC{SEQ:6}')).toEqual({ minLength: 9, maxLength: 9, sequenceWidth: 6 });
  });

  it('refuses a pattern that can exceed 15 characters, naming the pattern and the rule', () => {
    const error = errorOf(() => checkInternalNumberPattern('{ORGANE}{AAAA}{MM}{JJ}_{SERIE}{NUM}'));
    expect(error.type).toBe('validation');
    expect(error.field).toBe('internalNumberPattern');
    expect(error.message).toContain('« {ORGANE}{AAAA}{MM}{JJ}_{SERIE}{NUM} »');
    expect(error.message).toContain('peut atteindre 17 caractères, @ctes en permet 15 au plus');
    // The same with a bounded act number fits exactly.
    expect(checkInternalNumberPattern('{ORGANE}{AAAA}{MM}{JJ}_{SERIE}{NUM:3}').maxLength).toBe(15);
  });

  it('refuses characters other than A–Z, 0–9 and _', () => {
    expect(() => checkInternalNumberPattern('CP-{NUM}')).toThrow('le caractère « - » n\'est pas permis');
    expect(() => checkInternalNumberPattern('cp{NUM}')).toThrow('le caractère « c » n\'est pas permis');
    expect(() => checkInternalNumberPattern('DÉL{NUM}')).toThrow('le caractère « É » n\'est pas permis');
  });

  it('refuses unknown or malformed tokens', () => {
    expect(() => checkInternalNumberPattern('CP{ANNEE}{NUM}')).toThrow('jeton « {ANNEE} » inconnu');
    expect(() => checkInternalNumberPattern('CP{SEQ}')).toThrow('doit préciser sa largeur');
    expect(() => checkInternalNumberPattern('CP{NUM:6}')).toThrow('jeton « {NUM:6} » inconnu');
    expect(() => checkInternalNumberPattern('CP{NUM')).toThrow('accolade « { » non fermée');
    expect(() => checkInternalNumberPattern('CP}{NUM}')).toThrow('le caractère « } »');
  });

  it('refuses a pattern that cannot tell the acts of a séance apart, or too short', () => {
    expect(() => checkInternalNumberPattern('CP{AAAA}{MM}{JJ}')).toThrow('doit contenir {NUM}, {NUM:n} ou {SEQ:n}');
    expect(() => checkInternalNumberPattern('')).toThrow('doit contenir {NUM}');
    expect(() => checkInternalNumberPattern('{NUM}')).toThrow('les TdT en exigent 2 au moins');
    expect(() => checkInternalNumberPattern('{SEQ:3}{SEQ:3}')).toThrow('un seul jeton {SEQ:n}');
  });
});

describe('expandInternalNumber', () => {
  const values = { decisionDate: '2023-10-16', body: 'CP', series: 'G', actNumber: 25, sequence: 172330 } as const;

  it('expands every token', () => {
    expect(expandInternalNumber(DEFAULT_INTERNAL_NUMBER_PATTERN, values)).toBe('CP231016_G25');
    expect(expandInternalNumber('{ORGANE}{AAAA}{MM}{JJ}_{SERIE}{NUM:3}', values)).toBe('CP20231016_G025');
    expect(expandInternalNumber('LMC{SEQ:6}', values)).toBe('LMC172330');
    expect(expandInternalNumber('{SERIE}{NUM:2}_{SEQ:4}', { ...values, actNumber: 1, sequence: 7 })).toBe('G01_0007');
  });

  it('refuses values that do not fit or are missing', () => {
    expect(() => expandInternalNumber('{SERIE}{NUM:2}', { ...values, actNumber: 100 })).toThrow(
      "le numéro d'acte 100 dépasse 2 chiffres",
    );
    expect(() => expandInternalNumber('LMC{SEQ:3}', { ...values, sequence: 1000 })).toThrow('la séquence 1000 dépasse 3');
    expect(() => expandInternalNumber('{ORGANE}{NUM}', { decisionDate: '2023-10-16', actNumber: 1 })).toThrow(
      "l'organe (CP ou CD) est nécessaire",
    );
    expect(() => expandInternalNumber('{SERIE}{NUM}', { ...values, series: 'g' })).toThrow('lettre majuscule');
    expect(() => expandInternalNumber('{SERIE}{NUM}', { ...values, decisionDate: '2023-02-30' })).toThrow(
      'Date « 2023-02-30 » invalide',
    );
  });
});

describe('findCtesIdCollision', () => {
  it('compares internal numbers regardless of case', () => {
    expect(findCtesIdCollision('083-228300018-20231016-LMC172330-DE', [G1_ID])).toBe(G1_ID);
    expect(findCtesIdCollision('083-228300018-20231016-LMC172330-CC', [G1_ID])).toBeNull();
    expect(findCtesIdCollision('083-228300018-20231017-LMC172330-DE', [G1_ID])).toBeNull();
  });
});

describe('checkCtesIdUnique', () => {
  it('throws a conflict for an identifier already given', () => {
    const error = errorOf(() => checkCtesIdUnique(G1_ID.toUpperCase(), [G1_ID]));
    expect(error.type).toBe('conflict');
    expect(() => checkCtesIdUnique(G1_ID, [])).not.toThrow();
  });
});

describe('allocateCtesId', () => {
  const cpG1 = { decisionDate: '2023-10-16', body: 'CP', series: 'G', actNumber: 1 } as const;

  it('gives G1 of the CP and A1 of the CD of the same day two identifiers', () => {
    const cp = allocateCtesId(DEFAULT_INTERNAL_NUMBER_PATTERN, cpG1, VAR, []);
    const cd = allocateCtesId(
      DEFAULT_INTERNAL_NUMBER_PATTERN,
      { decisionDate: '2023-10-16', body: 'CD', series: 'A', actNumber: 1 },
      VAR,
      [cp.id],
    );
    expect(cp).toEqual({ internalNumber: 'CP231016_G1', id: '083-228300018-20231016-CP231016_G1-DE', sequence: null });
    expect(cd.id).toBe('083-228300018-20231016-CD231016_A1-DE');
  });

  it('refuses a collision of two séances of the same day when the pattern has no sequence', () => {
    const first = allocateCtesId(DEFAULT_INTERNAL_NUMBER_PATTERN, cpG1, VAR, []);
    const error = errorOf(() => allocateCtesId(DEFAULT_INTERNAL_NUMBER_PATTERN, cpG1, VAR, [first.id]));
    expect(error.type).toBe('conflict');
    expect(error.message).toContain(`« ${DEFAULT_INTERNAL_NUMBER_PATTERN} » ne distingue pas ces deux actes`);
    expect(error.message).toContain('{SEQ:n}');
  });

  it('lets the sequence resolve collisions of two séances of the same day', () => {
    const pattern = '{ORGANE}{AA}{MM}{JJ}{SEQ:3}';
    const morning = allocateCtesId(pattern, { ...cpG1, sequence: 1 }, VAR, []);
    const afternoon = allocateCtesId(pattern, { ...cpG1, sequence: 1 }, VAR, [morning.id]);
    expect(morning).toMatchObject({ internalNumber: 'CP231016001', sequence: 1 });
    expect(afternoon).toMatchObject({ internalNumber: 'CP231016002', sequence: 2 });
  });

  it('says when the sequence is exhausted', () => {
    const taken = ['083-228300018-20231016-LMC8-DE', '083-228300018-20231016-LMC9-DE'];
    expect(() => allocateCtesId('LMC{SEQ:1}', { ...cpG1, sequence: 8 }, VAR, taken)).toThrow(
      'la séquence {SEQ:1} est épuisée',
    );
  });

  it('keeps the same number for another nature or another date', () => {
    const first = allocateCtesId(DEFAULT_INTERNAL_NUMBER_PATTERN, cpG1, VAR, []);
    const convention = allocateCtesId(DEFAULT_INTERNAL_NUMBER_PATTERN, cpG1, { ...VAR, nature: 'CC' }, [first.id]);
    expect(convention.id).toBe('083-228300018-20231016-CP231016_G1-CC');
  });
});
