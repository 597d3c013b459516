import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { errorOf } from '../testing/error-of';
import {
  CTES_ID_XSD_PATTERN,
  NATURES,
  buildCtesId,
  checkCtesIdUnique,
  ctesFileName,
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
