import { describe, expect, it } from 'vitest';
import { AppError, messagesByField, refuseAll, validationError } from './errors';

describe('refusals of several fields', () => {
  it('refuseAll runs every check and refuses with all their messages, each on its field', () => {
    let error: unknown;
    try {
      refuseAll([
        () => {
          throw validationError('Code département « 5 » invalide.', 'departmentCode');
        },
        () => undefined,
        () => {
          throw validationError('SIREN « 1 » invalide.', 'siren');
        },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toInfo()).toEqual({
      type: 'validation',
      message: 'Code département « 5 » invalide ; SIREN « 1 » invalide.',
      field: 'departmentCode',
      issues: [
        { field: 'departmentCode', message: 'Code département « 5 » invalide.' },
        { field: 'siren', message: 'SIREN « 1 » invalide.' },
      ],
    });
    expect(() => refuseAll([() => undefined])).not.toThrow();
  });

  it('messagesByField puts each message under its field and the others under « general »', () => {
    const error = { type: 'validation' as const, message: 'x', issues: [{ field: 'name', message: 'Nom : obligatoire' }, { field: 'other', message: 'Autre : faux.' }] };
    expect(messagesByField(error, ['name'])).toEqual({ name: 'Nom : obligatoire', general: 'Autre : faux.' });
    expect(messagesByField({ type: 'validation', message: 'Lieu : obligatoire.', field: 'place' }, ['place'])).toEqual({ place: 'Lieu : obligatoire.' });
    expect(messagesByField({ type: 'locked', message: 'Séance verrouillée.' }, ['place'])).toEqual({ general: 'Séance verrouillée.' });
  });
});
