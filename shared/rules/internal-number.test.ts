import { describe, expect, it } from 'vitest';
import { errorOf } from '../testing/error-of';
import {
  DEFAULT_INTERNAL_NUMBER_PATTERN,
  allocateCtesId,
  checkInternalNumberPattern,
  expandInternalNumber,
} from './internal-number';

const VAR = { departmentCode: '083', siren: '228300018', nature: 'DE' } as const;

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
